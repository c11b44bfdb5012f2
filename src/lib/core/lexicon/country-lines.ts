/** One country of the lexicon, as its line holds it. */
export interface Country {
	/** ISO 3166-1 alpha-2 */
	code: string;
	name: string;
	official: string;
	/** Other names in English ("UK", "Great Britain"). */
	others: string[];
	demonyms: string[];
	capital: string;
	/** Continent-sized region ("Europe") and sub-region ("Northern Europe"). */
	region: string;
	subregion: string;
}

const list = (s: string | undefined) => (s ? s.split('|') : []);

/**
 * The lexicon's countries, one line each: code, name, official name, other names, demonyms
 * (each list joined by "|"), capital, region, sub-region, separated by tabs.
 */
export function countryLines(text: string): Country[] {
	return text.split('\n').map((line) => {
		const [code, name, official, others, demonyms, capital, region, subregion] = line.split('\t');
		return {
			code,
			name,
			official,
			others: list(others),
			demonyms: list(demonyms),
			capital,
			region,
			subregion
		};
	});
}
