import { OTHER_ABBREVIATIONS, TITLE_ABBREVIATIONS } from '../article/abbreviations';
import type { Token } from './types';

// Tried in order: e-mail, URL, dotted abbreviation (U.S., Ph.D.), word or number with inner
// joiners (non-avian, O'Reilly, AT&T, 40,000, 08:00), runs of dashes or dots, any one character.
const ADDRESSES = [
	String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`,
	String.raw`https?:\/\/[^\s"“”'’<>()\[\]]+[^\s"“”'’<>()\[\].,;:!?]`
];
const OTHERS = [
	String.raw`(?:\p{L}{1,2}\.){2,}`,
	String.raw`[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:(?:[-'’&]|(?<=\p{N})[.,:/](?=\p{N}))[\p{L}\p{M}\p{N}]+)*%?`,
	String.raw`-{2,}|\.{2,}`,
	String.raw`\S`
];
const TOKEN = new RegExp([...ADDRESSES, ...OTHERS].join('|'), 'gu');
// Most text has no address: trying those patterns at every word costs more than the rest.
const TOKEN_NO_ADDRESS = new RegExp(OTHERS.join('|'), 'gu');

// PTB contractions: "Russia's" → "Russia" + "'s", "don't" → "do" + "n't".
const NEGATION = /^(.+?)(n['’]t)$/iu;
const CLITIC = /^(.+?)(['’](?:s|re|ve|ll|d|m))$/iu;

/** Splits `text[start, end)` into tokens close to the Penn Treebank style of the training data. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
	const out: Token[] = [];
	const slice = text.slice(start, end);
	const pattern = slice.includes('@') || slice.includes('://') ? TOKEN : TOKEN_NO_ADDRESS;
	pattern.lastIndex = 0;
	for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
		let word = m[0];
		let from = start + m.index;
		if (/^[\p{L}\p{N}]/u.test(word)) {
			if (slice[m.index + word.length] === '.' && isAbbreviation(word)) {
				word += '.';
				pattern.lastIndex++;
			}
			const clitic = NEGATION.exec(word) ?? CLITIC.exec(word);
			if (clitic && !word.includes('@')) {
				out.push({ text: clitic[1], start: from, end: from + clitic[1].length });
				from += clitic[1].length;
				word = clitic[2];
			}
		}
		out.push({ text: word, start: from, end: from + word.length });
	}
	return out;
}

/** A title, a known abbreviation or a single-letter initial keeps its period. */
function isAbbreviation(word: string): boolean {
	const lower = word.toLowerCase();
	return /^\p{Lu}$/u.test(word) || TITLE_ABBREVIATIONS.has(lower) || OTHER_ABBREVIATIONS.has(lower);
}
