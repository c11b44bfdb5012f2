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
