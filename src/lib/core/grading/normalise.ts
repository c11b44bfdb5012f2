/**
 * Text as a grader compares it: no case, accents, punctuation, leading "the" or possessive;
 * an acronym's letters joined, whatever dots or spaces stood between them ("U.S." = "US").
 */
export function normaliseAnswer(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/&/g, ' and ')
		.replace(/[’‘`´]/g, "'")
		.replace(/'s\b/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim()
		.replace(/^the\s+/, '')
		.replace(/(?<=^|\s)\p{L}(?: \p{L})+(?=\s|$)/gu, (letters) => letters.replace(/ /g, ''));
}
