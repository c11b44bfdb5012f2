import type { DocumentMemory, DocumentStats } from './document';
import { isCapitalised, shortShape, wordShape } from './shape';

/** Extra features of one token, e.g. membership of reference lists; empty by default. */
export type ExtraFeatures = (words: readonly string[], i: number) => readonly string[];

/** The words of a sentence with what every feature reads from them, computed once. */
export interface SentenceView {
	words: readonly string[];
	lower: readonly string[];
	shapes: readonly string[];
}

export function sentenceView(words: readonly string[]): SentenceView {
	return {
		words,
		lower: words.map((w) => w.toLowerCase()),
		shapes: words.map(wordShape)
	};
}

/** Features of token `i` that do not depend on the tags predicted so far. */
export function staticFeatures(
	s: SentenceView,
	i: number,
	doc: DocumentStats,
	extra?: ExtraFeatures
): string[] {
	const w = s.words[i];
	const lw = s.lower[i];
	const shape = s.shapes[i];
	const first = i === 0 || /^["“‘'([]$/u.test(s.words[i - 1]) ? '1' : '0';
	const at = (k: number, of: readonly string[]) =>
		k < 0 ? '<s>' : k >= s.words.length ? '</s>' : of[k];
	const f = [
		'b',
		'w=' + w,
		'lw=' + lw,
		'sh=' + shape,
		'ss=' + shortShape(w),
		'first&sh=' + first + shape,
		'w-1=' + at(i - 1, s.lower),
		'w-2=' + at(i - 2, s.lower),
		'w+1=' + at(i + 1, s.lower),
		'w+2=' + at(i + 2, s.lower),
		'sh-1=' + at(i - 1, s.shapes),
		'sh+1=' + at(i + 1, s.shapes),
		'sh-2=' + at(i - 2, s.shapes),
		'sh+2=' + at(i + 2, s.shapes),
		'w-1&w=' + at(i - 1, s.lower) + ' ' + lw,
		'w&w+1=' + lw + ' ' + at(i + 1, s.lower),
		'sh-1&sh&sh+1=' + at(i - 1, s.shapes) + ' ' + shape + ' ' + at(i + 1, s.shapes),
		'sh&w+1=' + shape + ' ' + at(i + 1, s.lower),
		'w-1&sh=' + at(i - 1, s.lower) + ' ' + shape
	];
	for (let n = 1; n <= 4 && n <= w.length; n++) f.push(`p${n}=` + w.slice(0, n));
	for (let n = 1; n <= 4 && n <= lw.length; n++) f.push(`s${n}=` + lw.slice(-n));
	if (isCapitalised(w)) {
		f.push('cap' + first);
		if (doc.lowerSeen.has(lw)) f.push('doc-lower' + first);
		if (doc.capitalisedMidSentence.has(w)) f.push('doc-capmid' + first);
	}
	if (extra) for (const e of extra(s.words, i)) f.push('x=' + e);
	return f;
}

/** Features of token `i` that read the tags already predicted and the document memory. */
export function dynamicFeatures(
	s: SentenceView,
	i: number,
	prev: string,
	prev2: string,
	memory: DocumentMemory
): string[] {
	const f = [
		't-1=' + prev,
		't-2&t-1=' + prev2 + ' ' + prev,
		't-1&w=' + prev + ' ' + s.lower[i],
		't-1&sh=' + prev + ' ' + s.shapes[i]
	];
	const recalled = memory.recall(s.words[i]);
	if (recalled !== undefined) {
		f.push('mem=' + recalled);
		f.push('mem&t-1=' + recalled + ' ' + prev);
	}
	const next = s.words[i + 1];
	if (next !== undefined) {
		const nextRecalled = memory.recall(next);
		if (nextRecalled !== undefined) f.push('mem+1=' + nextRecalled);
	}
	return f;
}
