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

/** The shape with every run collapsed: "Merkel" → "Xx", "Bailey-Ross" → "Xx-Xx". */
export function shortShape(word: string): string {
	let out = '';
	let last = '';
	for (const ch of word) {
		const c = charClass(ch);
		if (c !== last) out += c;
		last = c;
	}
	return out;
}

function charClass(ch: string): string {
	if (/\p{Lu}/u.test(ch)) return 'X';
	if (/\p{L}/u.test(ch)) return 'x';
	if (/\p{N}/u.test(ch)) return 'd';
	return ch;
}

export function isCapitalised(word: string): boolean {
	return /^\p{Lu}/u.test(word);
}
