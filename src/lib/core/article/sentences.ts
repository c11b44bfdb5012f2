import { OTHER_ABBREVIATIONS, SENTENCE_STARTERS, TITLE_ABBREVIATIONS } from './abbreviations';

const TERMINATORS = '.!?…';
const CLOSERS = '"”’\'»)]';

export interface Span {
	start: number;
	end: number;
}

/**
 * Splits `text[start, end)` into sentences and returns their trimmed spans. Handles
 * abbreviations, initials, decimals, quotes closing after the stop, and sentences glued
 * with no space after the stop ("illegitimate.As the flotilla").
 */
export function splitSentences(text: string, start: number, end: number): Span[] {
	const spans: Span[] = [];
	let from = skipSpace(text, start, end);
	let i = from;
	while (i < end) {
		if (!TERMINATORS.includes(text[i])) {
			i++;
			continue;
		}
		let j = i + 1;
		while (j < end && TERMINATORS.includes(text[j])) j++;
		let k = j;
		while (k < end && CLOSERS.includes(text[k])) k++;
		if (k < end && endsSentence(text, i, k, end)) {
			pushTrimmed(text, from, k, spans);
			from = skipSpace(text, k, end);
			i = from;
		} else i = Math.max(k, i + 1);
	}
	if (from < end) pushTrimmed(text, from, end, spans);
	return spans;
}

/** Whether the stop at `stop` (closers up to `after`) ends the sentence. */
function endsSentence(text: string, stop: number, after: number, end: number): boolean {
	const next = text[after];
	if (!/\s/.test(next)) return isGlued(text, stop, after);
	const m = skipSpace(text, after, end);
	if (m >= end) return true;
	const first = text[m];
	if (/\p{Ll}/u.test(first)) return false;
	if (text[stop] !== '.' || after > stop + 1) return true;
	const word = wordBefore(text, stop);
	const lower = word.toLowerCase();
	if (/^\p{Lu}$/u.test(word)) return false; // an initial: "J. K. Rowling"
	if (TITLE_ABBREVIATIONS.has(lower)) return false;
	if (OTHER_ABBREVIATIONS.has(lower) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) {
		if (/\p{N}/u.test(first)) return false;
		return SENTENCE_STARTERS.has(nextWord(text, m).toLowerCase());
	}
	return true;
}

/** "Russia.The" or "illegitimate.As": a stop, then a capitalised word with no space. */
function isGlued(text: string, stop: number, after: number): boolean {
	if (text[stop] !== '.') return false;
	if (!/\p{Lu}/u.test(text[after] ?? '') || !/\p{Ll}/u.test(text[after + 1] ?? '')) return false;
	const word = wordBefore(text, stop);
	return /\p{Ll}{2,}$/u.test(word) && !/[/@]/.test(word) && !word.includes('.');
}

// Words are short; a bounded look-back keeps runs like "a.a.a.a…" linear.
const MAX_WORD = 40;

function wordBefore(text: string, stop: number): string {
	let s = stop;
	while (s > 0 && stop - s < MAX_WORD && /[\p{L}\p{N}.\-/@]/u.test(text[s - 1])) s--;
	return text.slice(s, stop).replace(/^[.-]+/, '');
}

function nextWord(text: string, from: number): string {
	const m = /^[\p{L}']+/u.exec(text.slice(from, from + 40));
	return m ? m[0] : '';
}

function skipSpace(text: string, from: number, end: number): number {
	while (from < end && /\s/.test(text[from])) from++;
	return from;
}

function pushTrimmed(text: string, from: number, to: number, spans: Span[]): void {
	while (to > from && /\s/.test(text[to - 1])) to--;
	while (from < to && /\s/.test(text[from])) from++;
	if (to > from) spans.push({ start: from, end: to });
}
