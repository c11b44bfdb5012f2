/**
 * "a" or "an" before a phrase, by the sound it opens on: "an 80-day", "an 11-point", "an
 * eight-year", "an hour", "an MRI"; "a 100-day", "a one-off", "a US$72 million", "a university".
 * Undefined where the spelling does not tell.
 */
export function indefiniteArticle(phrase: string): 'a' | 'an' | undefined {
	const p = phrase.trim().replace(/^["“‘'(]+/, '');
	// a sum is read by its number: "an $8 million deal", "a US$72 million aircraft"
	const number = /^(?:(?:US|A|C|NZ|HK)?[$£€¥]\s?)?(\d[\d,]*)(?:\.\d+)?/.exec(p);
	if (number) {
		const digits = number[1].replace(/,/g, '');
		if (digits.startsWith('8')) return 'an';
		// "11" and "18" are said "eleven", "eighteen", and so is the head of 11,000 or 18 million
		const head = digits.length % 3 === 2 ? digits.slice(0, 2) : '';
		return head === '11' || head === '18' ? 'an' : 'a';
	}
	const word = /^\p{L}+/u.exec(p)?.[0];
	if (!word) return undefined;
	const lower = word.toLowerCase();
	// an abbreviation read letter by letter: "an FBI agent", "a CNN report"; one read as a
	// word ("NATO", "UNESCO") is not told by its spelling
	if (word === word.toUpperCase()) {
		if (word.length > 1 && /[AEIOU]/.test(word.slice(1, -1))) return undefined;
		return /^[AEFHILMNORSX]/.test(word) ? 'an' : 'a';
	}
	if (/^(?:hour|honou?r|honest|heir)/.test(lower)) return 'an';
	if (/^(?:uni|use|usu|ura|ure|euro?|eu|one|once|ubiq|utop|uter)/.test(lower)) return 'a';
	return /^[aeiou]/.test(lower) ? 'an' : 'a';
}

/**
 * "a airstrike" → "an airstrike": the article "a" before a word said with a vowel first, as
 * the text a question shows may have it from a slip of the story's writer.
 */
export function mendArticles(text: string): string {
	return text.replace(
		/(?<![\p{L}\p{N}'’-])([Aa])(\s+)(?=([\p{L}\p{N}$£€][\p{L}\p{N}$£€,.'’-]*))/gu,
		(whole, a: string, space: string, _next: string, offset: number, all: string) => {
			// a capital "A" inside a sentence is a letter ("Plan A is"), not the article
			if (a === 'A' && !/(?:^|[.!?:;"“‘(]\s*)$/u.test(all.slice(0, offset))) return whole;
			const next = /^[\p{L}\p{N}$£€][\p{L}\p{N}$£€,.'’-]*/u.exec(
				all.slice(offset + whole.length)
			)?.[0];
			return next && indefiniteArticle(next) === 'an' ? `${a}n${space}` : whole;
		}
	);
}
