/** A word, number or punctuation mark of a sentence, with offsets into the article text. */
export interface Token {
	text: string;
	lower: string;
	start: number;
	end: number;
	kind: 'word' | 'number' | 'punct';
	/** Starts with a capital letter. */
	cap: boolean;
	/** All capitals, two letters or more ("FSB", "U.S."). */
	acronym: boolean;
	/** Followed by a possessive "'s" or "’s" that is not part of `text`. */
	possessive: boolean;
	/** Where a lower-case word glued to this one starts ("theUkrainian" → start of "the"). */
	glueStart?: number;
	/** First word of the sentence, or first after an opening quote, bracket or colon. */
	initial: boolean;
}

const TOKEN = /(\p{L}\.(?:\p{L}\.)+)|([\p{L}\p{M}\p{N}]+(?:['’\-‑][\p{L}\p{M}\p{N}]+)*)|(\S)/gu;
// Bad translation glues a short lower-case word onto a name: "theUkrainian".
const GLUE = /^(the|a|an|of|in|on|to|by|for|and|from|with|at|as)(\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*)$/u;
const AFFIX = /-(based|born|headquartered|listed|owned|registered|made)$/i;
const OPENERS = new Set(['“', '"', '‘', "'", '(', '[', ':', '«', '—', '–', '-']);

/** Splits `text[start, end)` into tokens; the text is never copied out of place. */
export function tokenize(text: string, start: number, end: number): Token[] {
	const tokens: Token[] = [];
	const slice = text.slice(start, end);
	TOKEN.lastIndex = 0;
	for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
		let word = m[0];
		let from = start + m.index;
		if (m[3]) {
			tokens.push(make(word, from, 'punct', tokens));
			continue;
		}
		let possessive = false;
		const pos = /['’]s$/i.exec(word);
		if (pos && word.length > 3) {
			word = word.slice(0, -2);
			possessive = true;
		}
		const glue = GLUE.exec(word);
		let glueStart: number | undefined;
		if (glue) {
			glueStart = from;
			from += glue[1].length;
			word = glue[2];
		}
		// "California-based": the name stands alone, the suffix says what it is
		const suffix = AFFIX.exec(word);
		let tail: string | undefined;
		if (suffix && /^\p{Lu}/u.test(word)) {
			tail = suffix[1];
			word = word.slice(0, -tail.length - 1);
		}
		const kind = /^\p{N}/u.test(word) ? 'number' : 'word';
		const token = make(word, from, kind, tokens);
		token.possessive = possessive;
		if (glueStart !== undefined) {
			token.glueStart = glueStart;
			token.initial = false;
		}
		tokens.push(token);
		if (tail) {
			const hyphen = make('-', token.end, 'punct', tokens);
			hyphen.initial = false;
			tokens.push(hyphen, make(tail, token.end + 1, 'word', [hyphen]));
		}
	}
	return tokens;
}

function make(word: string, from: number, kind: Token['kind'], before: Token[]): Token {
	const prev = before[before.length - 1];
	const cap = /^\p{Lu}/u.test(word);
	return {
		text: word,
		lower: word.toLowerCase(),
		start: from,
		end: from + word.length,
		kind,
		cap,
		acronym: cap && word.replace(/\./g, '').length >= 2 && /^[\p{Lu}\p{N}.]+s?$/u.test(word),
		possessive: false,
		initial: !prev || (prev.kind === 'punct' && OPENERS.has(prev.text))
	};
}
