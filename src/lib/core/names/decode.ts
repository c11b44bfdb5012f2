import type { DocumentMemory, DocumentStats } from './document';
import { dynamicFeatures, staticFeatures, type ExtraFeatures, type SentenceView } from './features';
import { allowedAfter, TAGS } from './tags';

/** Anything that adds the weights of a list of features to a score per tag. */
export interface Scorer {
	addScores(features: readonly string[], scores: Float64Array): void;
}

/** Called at every token while decoding; training uses it to update on mistakes. */
export type OnToken = (features: readonly string[], guess: number, i: number) => void;

/**
 * Greedy left-to-right decoding over BIO: each token gets the best tag allowed after the one
 * before it, so an I- tag never opens a name.
 */
export function decodeSentence(
	scorer: Scorer,
	s: SentenceView,
	doc: DocumentStats,
	memory: DocumentMemory,
	options: { extra?: ExtraFeatures; statics?: readonly string[][]; onToken?: OnToken } = {}
): string[] {
	const tags: string[] = [];
	const scores = new Float64Array(TAGS.length);
	for (let i = 0; i < s.words.length; i++) {
		const prev = i > 0 ? tags[i - 1] : '<s>';
		const prev2 = i > 1 ? tags[i - 2] : '<s>';
		const statics = options.statics?.[i] ?? staticFeatures(s, i, doc, options.extra);
		const features = statics.concat(dynamicFeatures(s, i, prev, prev2, memory));
		scores.fill(0);
		scorer.addScores(features, scores);
		let best = 0;
		for (let t = 1; t < TAGS.length; t++) {
			if (scores[t] > scores[best] && allowedAfter(TAGS[t], prev === '<s>' ? 'O' : prev)) best = t;
		}
		options.onToken?.(features, best, i);
		tags.push(TAGS[best]);
	}
	return tags;
}
