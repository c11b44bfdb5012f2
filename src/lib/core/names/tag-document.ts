import { beamStep, decodeTags, pathTags, type Path } from './decode';
import { DocumentMemory, documentStats } from './document';
import { emitDynamic, emitStatic, sentenceView, type ExtraFeatures } from './features';
import type { HashedModel } from './model-format';
import { joinParticles } from './particles';
import { TAGS } from './tags';

const POSSESSIVE = /^['’]s$/i;

/**
 * Tags the sentences of one document in order, each remembering how the ones before went;
 * greedily, or keeping the `width` best tag sequences of each sentence.
 */
export function tagDocument(
	model: HashedModel,
	sentences: readonly (readonly string[])[],
	extra?: ExtraFeatures,
	width = 1
): string[][] {
	const stats = documentStats(sentences);
	const memory = new DocumentMemory();
	const fixed = new Float64Array(TAGS.length);
	const fixedSink = model.sink(fixed);
	const scores = new Float64Array(TAGS.length);
	const sink = model.sink(scores);
	return sentences.map((words) => {
		const view = sentenceView(words, extra);
		let tags: string[];
		if (width <= 1) {
			const score = (i: number, prev: string, prev2: string) => {
				emitStatic(view, i, stats, sink);
				emitDynamic(view, i, prev, prev2, memory, sink);
				// A name ends before its possessive: "Merkel's" gives "Merkel", never "Merkel's".
				if (POSSESSIVE.test(words[i])) scores.fill(-Infinity, 1);
			};
			tags = decodeTags(words.length, score, undefined, scores);
		} else {
			let beam: (Path | null)[] = [null];
			for (let i = 0; i < words.length; i++) {
				// The features that do not read the tags are scored once per token, not per path.
				fixed.fill(0);
				emitStatic(view, i, stats, fixedSink);
				if (POSSESSIVE.test(words[i])) fixed.fill(-Infinity, 1);
				const score = (prev: string, prev2: string, into: Float64Array) => {
					into.set(fixed);
					emitDynamic(view, i, prev, prev2, memory, sink);
					return undefined;
				};
				beam = beamStep(beam, i, score, width, scores);
			}
			tags = pathTags(beam[0]).map((t) => TAGS[t]);
		}
		tags = withoutArticle(words, joinParticles(words, tags));
		memory.remember(words, tags);
		return tags;
	});
}

/**
 * "the Huffington Post", "The Ohio State University": the article before a name of a body, a
 * place or a person is no part of it; a title of a work keeps its own ("The Lovers").
 */
export function withoutArticle(words: readonly string[], tags: string[]): string[] {
	const out = [...tags];
	for (let i = 0; i + 1 < words.length; i++) {
		const label = out[i].slice(2);
		if (!out[i].startsWith('B-') || label === 'MISC' || !/^the$/i.test(words[i])) continue;
		if (out[i + 1] !== `I-${label}`) continue;
		out[i] = 'O';
		out[i + 1] = `B-${label}`;
	}
	return out;
}
