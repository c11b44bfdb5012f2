import { allowedAfter, TAGS } from './tags';

/** Adds the score of every tag for token `i` to `scores`, given the two tags chosen before. */
export type TokenScorer = (i: number, prev: string, prev2: string, scores: Float64Array) => void;

/**
 * Greedy left-to-right decoding over BIO: each token gets the best tag allowed after the one
 * before it, so an I- tag never opens a name. `chosen` sees each choice (training learns
 * from it); `scores` is the buffer handed to `score`.
 */
export function decodeTags(
	length: number,
	score: TokenScorer,
	chosen?: (i: number, tag: number) => void,
	scores = new Float64Array(TAGS.length)
): string[] {
	const tags: string[] = [];
	for (let i = 0; i < length; i++) {
		const prev = i > 0 ? tags[i - 1] : '<s>';
		const prev2 = i > 1 ? tags[i - 2] : '<s>';
		scores.fill(0);
		score(i, prev, prev2, scores);
		const before = prev === '<s>' ? 'O' : prev;
		let best = 0;
		for (let t = 1; t < TAGS.length; t++)
			if (scores[t] > scores[best] && allowedAfter(TAGS[t], before)) best = t;
		chosen?.(i, best);
		tags.push(TAGS[best]);
	}
	return tags;
}

/** Tag sequences kept per sentence by the committed model, in training and tagging. */
export const BEAM_WIDTH = 4;

/** One tag sequence of the beam, as a chain back to its first tag. */
export interface Path<T = undefined> {
	tag: number;
	score: number;
	before: Path<T> | null;
	/** What training keeps of each step (its features); nothing when tagging. */
	data: T;
	length: number;
}

export function pathTags<T>(p: Path<T> | null): number[] {
	const out: number[] = [];
	for (; p; p = p.before) out.push(p.tag);
	return out.reverse();
}

/**
 * One step of beam decoding: extends every path of `beam` by each tag allowed after its last
 * tag and keeps the `width` best. `score` fills the scores of token `i` after a path and
 * returns what the path keeps of the step.
 */
export function beamStep<T>(
	beam: readonly (Path<T> | null)[],
	i: number,
	score: (prev: string, prev2: string, scores: Float64Array) => T,
	width: number,
	scores = new Float64Array(TAGS.length)
): Path<T>[] {
	const next: Path<T>[] = [];
	for (const p of beam) {
		const prev = p ? TAGS[p.tag] : '<s>';
		const prev2 = p?.before ? TAGS[p.before.tag] : '<s>';
		scores.fill(0);
		const data = score(prev, prev2, scores);
		const before = p ? prev : 'O';
		const base = p ? p.score : 0;
		for (let t = 0; t < TAGS.length; t++)
			if (allowedAfter(TAGS[t], before) && scores[t] > -Infinity)
				next.push({ tag: t, score: base + scores[t], before: p, data, length: i + 1 });
	}
	next.sort((a, b) => b.score - a.score);
	if (next.length > width) next.length = width;
	return next;
}
