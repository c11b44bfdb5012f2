/** Text as a grader compares it: no case, accents, punctuation, leading "the" or possessive. */
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
		.replace(/^the\s+/, '');
}
