import type { DocumentMemory, DocumentStats } from './document';
import { headClass } from './head-words';
import { collapseShape, isCapitalised, wordShape } from './shape';

/**
 * Receives features as a name and up to five parts, the feature being their concatenation.
 * Training collects the strings; tagging hashes the parts as they come, building no string.
 */
export interface FeatureSink {
	add(name: string, a?: string, b?: string, c?: string, d?: string, e?: string): void;
}

/** Extra features of each token of a sentence, e.g. membership of reference lists. */
export type ExtraFeatures = (words: readonly string[]) => readonly (readonly string[])[];

/** The words of a sentence with what every feature reads from them, computed once. */
export interface SentenceView {
	words: readonly string[];
	lower: readonly string[];
	shapes: readonly string[];
	collapsed: readonly string[];
	extras: readonly (readonly string[])[];
	/** For each token in a run of capitalised words, where its run starts and ends; else -1. */
	runStart: readonly number[];
	runEnd: readonly number[];
}

export function sentenceView(words: readonly string[], extra?: ExtraFeatures): SentenceView {
	const shapes = words.map(wordShape);
	const { runStart, runEnd } = capitalisedRuns(words, shapes);
	return {
		words,
		extras: extra ? extra(words) : [],
		lower: words.map((w) => w.toLowerCase()),
		shapes,
		collapsed: shapes.map(collapseShape),
		runStart,
		runEnd
	};
}

// Words that may join the capitalised parts of one name: "Bank of England", "Bailey - Ross".
const JOINERS = new Set([
	'of',
	'de',
	'for',
	'the',
	'von',
	'van',
	'da',
	'di',
	'del',
	'la',
	'du',
	'&',
	'-'
]);

/** Maximal runs of capitalised words (with joiners inside), which are candidate names. */
function capitalisedRuns(words: readonly string[], shapes: readonly string[]) {
	const runStart = words.map(() => -1);
	const runEnd = words.map(() => -1);
	const starts = shapes.map(startsName);
	let i = 0;
	while (i < words.length) {
		if (!starts[i]) {
			i++;
			continue;
		}
		let end = i + 1;
		for (;;) {
			if (end < words.length && starts[end]) end++;
			else if (end + 1 < words.length && JOINERS.has(words[end].toLowerCase()) && starts[end + 1])
				end += 2;
			else break;
		}
		for (let k = i; k < end; k++) {
			runStart[k] = i;
			runEnd[k] = end;
		}
		i = end;
	}
	return { runStart, runEnd };
}

function startsName(shape: string): boolean {
	return (shape[0] === 'X' || shape[0] === 'd') && (shape.includes('X') || shape.includes('x'));
}

const OPENERS = new Set(['"', '“', '‘', "'", '(', '[']);

/*
 * Feature names are one or two characters, as they are looked up for every token and stored
 * in the model: B bias; w word (lower case); h shape; c collapsed shape; f sentence-initial and
 * shape; [ { ] } words before and after; < ( > ) their shapes; v previous and this word; n this
 * and next word; k shapes around; j shape and next word; q previous word and shape; 1-4
 * prefixes; -1 to -4 suffixes; C capitalised; L also in lower case in the document; M also
 * capitalised mid-sentence; rf rl rs rp rn ro the capitalised run (first, last word, its
 * suffix, word before, word after, position); rh rg rw organisation and place head words
 * (the run's last word, its first, this word); x X extra features (alone, with sentence start);
 * t T previous tags; u s previous tag with word, with shape; m e E the document memory.
 */

/** Features of token `i` that do not depend on the tags predicted so far. */
export function emitStatic(s: SentenceView, i: number, doc: DocumentStats, f: FeatureSink): void {
	const w = s.words[i];
	const lw = s.lower[i];
	const shape = s.shapes[i];
	const first = i === 0 || OPENERS.has(s.words[i - 1]) ? '1' : '0';
	const prev = at(i - 1, s.lower);
	const next = at(i + 1, s.lower);
	f.add('B');
	f.add('w', lw);
	f.add('h', shape);
	f.add('c', s.collapsed[i]);
	f.add('f', first, shape);
	f.add('[', prev);
	f.add('{', at(i - 2, s.lower));
	f.add(']', next);
	f.add('}', at(i + 2, s.lower));
	f.add('<', at(i - 1, s.shapes));
	f.add('>', at(i + 1, s.shapes));
	f.add('(', at(i - 2, s.shapes));
	f.add(')', at(i + 2, s.shapes));
	f.add('v', prev, ' ', lw);
	f.add('n', lw, ' ', next);
	f.add('k', at(i - 1, s.shapes), ' ', shape, ' ', at(i + 1, s.shapes));
	f.add('j', shape, ' ', next);
	f.add('q', prev, ' ', shape);
	for (let n = 1; n <= 4 && n <= w.length; n++) f.add(PREFIX[n], w.slice(0, n));
	for (let n = 1; n <= 4 && n <= lw.length; n++) f.add(SUFFIX[n], lw.slice(-n));
	if (isCapitalised(w)) {
		f.add('C', first);
		if (doc.lowerSeen.has(lw)) f.add('L', first);
		if (doc.capitalisedMidSentence.has(w)) f.add('M', first);
	}
	const start = s.runStart[i];
	if (start >= 0) {
		const end = s.runEnd[i];
		const last = s.lower[end - 1];
		const pos = end - start === 1 ? 'S' : i === start ? 'B' : i === end - 1 ? 'E' : 'I';
		f.add('rf', s.lower[start]);
		f.add('rl', last);
		f.add('rs', last.slice(-3));
		f.add('rp', at(start - 1, s.lower));
		f.add('rn', at(end, s.lower));
		f.add('ro', pos, RUN_LENGTH[Math.min(end - start, 4)]);
		const head = headClass(last);
		if (head) f.add('rh', head, pos);
		const opener = headClass(s.lower[start]);
		if (opener && end - start > 1) f.add('rg', opener, pos);
		const own = headClass(lw);
		if (own) f.add('rw', own, pos);
	}
	const extras = s.extras[i];
	if (extras)
		for (const e of extras) {
			f.add('x', e);
			f.add('X', first, e);
		}
}

const PREFIX = ['', '1', '2', '3', '4'];
const SUFFIX = ['', '-1', '-2', '-3', '-4'];
const RUN_LENGTH = ['0', '1', '2', '3', '4'];

function at(k: number, of: readonly string[]): string {
	return k < 0 ? '<s>' : k >= of.length ? '</s>' : of[k];
}

/** Features of token `i` that read the tags already predicted and the document memory. */
export function emitDynamic(
	s: SentenceView,
	i: number,
	prev: string,
	prev2: string,
	memory: DocumentMemory,
	f: FeatureSink
): void {
	f.add('t', prev);
	f.add('T', prev2, ' ', prev);
	f.add('u', prev, ' ', s.lower[i]);
	f.add('s', prev, ' ', s.shapes[i]);
	const recalled = memory.recall(s.words[i]);
	if (recalled !== undefined) {
		f.add('m', recalled);
		f.add('e', recalled, ' ', prev);
	}
	const next = s.words[i + 1];
	if (next !== undefined) {
		const nextRecalled = memory.recall(next);
		if (nextRecalled !== undefined) f.add('E', nextRecalled);
	}
}

/** Collects features as strings, as training needs them. */
export class StringSink implements FeatureSink {
	constructor(readonly out: string[] = []) {}

	add(name: string, a = '', b = '', c = '', d = '', e = ''): void {
		this.out.push(name + a + b + c + d + e);
	}
}

export function staticFeatures(s: SentenceView, i: number, doc: DocumentStats): string[] {
	const sink = new StringSink();
	emitStatic(s, i, doc, sink);
	return sink.out;
}
