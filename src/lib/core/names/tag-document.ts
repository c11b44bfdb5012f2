import { decodeSentence, type Scorer } from './decode';
import { DocumentMemory, documentStats } from './document';
import { sentenceView, type ExtraFeatures } from './features';

/** Tags the sentences of one document in order, each remembering how the ones before went. */
export function tagDocument(
	scorer: Scorer,
	sentences: readonly (readonly string[])[],
	extra?: ExtraFeatures
): string[][] {
	const stats = documentStats(sentences);
	const memory = new DocumentMemory();
	return sentences.map((words) => {
		const tags = decodeSentence(scorer, sentenceView(words), stats, memory, { extra });
		memory.remember(words, tags);
		return tags;
	});
}
