import { decodeTags } from './decode';
import { DocumentMemory, documentStats } from './document';
import { emitDynamic, emitStatic, sentenceView, type ExtraFeatures } from './features';
import type { HashedModel } from './model-format';
import { TAGS } from './tags';

const POSSESSIVE = /^['’]s$/i;

/** Tags the sentences of one document in order, each remembering how the ones before went. */
export function tagDocument(
	model: HashedModel,
	sentences: readonly (readonly string[])[],
	extra?: ExtraFeatures
): string[][] {
	const stats = documentStats(sentences);
	const memory = new DocumentMemory();
	const scores = new Float64Array(TAGS.length);
	const sink = model.sink(scores);
	return sentences.map((words) => {
		const view = sentenceView(words, extra);
		const score = (i: number, prev: string, prev2: string) => {
			emitStatic(view, i, stats, sink);
			emitDynamic(view, i, prev, prev2, memory, sink);
			// A name ends before its possessive: "Merkel's" gives "Merkel", never "Merkel's".
			if (POSSESSIVE.test(words[i])) scores.fill(-Infinity, 1);
		};
		const tags = decodeTags(words.length, score, undefined, scores);
		memory.remember(words, tags);
		return tags;
	});
}
