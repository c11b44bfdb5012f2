/**
 * Adjectives that many names share: of nationality ("Russian") and of public bodies
 * ("federal", "national"). A name's telling words are the others.
 */
export const SHARED_NAME_ADJECTIVES = new Set(
	'russian|ukrainian|british|american|german|french|polish|chinese|turkish|georgian|belarusian|european|western|eastern|soviet|italian|spanish|japanese|indian|iranian|israeli|syrian|canadian|international|national|federal|state|central|foreign|military'.split(
		'|'
	)
);
