/** "Merkel" → "Xxxxx" (runs cut at 4), "U.S." → "X.X.", "1859" → "dddd". */
export function wordShape(word: string): string {
	let out = '';
	let last = '';
	let run = 0;
	for (const ch of word) {
		const c = charClass(ch);
		run = c === last ? run + 1 : 1;
		last = c;
		if (run <= 4) out += c;
	}
	return out;
}

/** A shape with every run collapsed: "Xxxxx" → "Xx", "Xxxx-Xxxx" → "Xx-Xx". */
export function collapseShape(shape: string): string {
	let out = '';
	for (let i = 0; i < shape.length; i++) if (shape[i] !== shape[i - 1]) out += shape[i];
	return out;
}

// Plain comparisons rather than \p{…} regexes: this runs for every character of an article.
function charClass(ch: string): string {
	const code = ch.charCodeAt(0);
	if (code < 128) {
		if (code >= 65 && code <= 90) return 'X';
		if (code >= 97 && code <= 122) return 'x';
		if (code >= 48 && code <= 57) return 'd';
		return ch;
	}
	if (ch !== ch.toLowerCase()) return 'X';
	if (ch !== ch.toUpperCase()) return 'x';
	if (/\p{L}/u.test(ch)) return 'x';
	if (/\p{N}/u.test(ch)) return 'd';
	return ch;
}

export function isCapitalised(word: string): boolean {
	return word.length > 0 && charClass(word[0]) === 'X';
}
