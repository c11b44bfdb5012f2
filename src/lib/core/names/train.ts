import { seededShuffle } from '../hash';
import { decodeTags } from './decode';
import { DocumentMemory, documentStats, type DocumentStats } from './document';
import {
	emitDynamic,
	sentenceView,
	staticFeatures,
	StringSink,
	type ExtraFeatures,
	type SentenceView
} from './features';
import { AveragedPerceptron } from './perceptron';
import { TAGS } from './tags';

export interface AnnotatedSentence {
	source: string;
	tokens: string[];
	tags: string[];
	spaceAfter?: (boolean | null)[] | null;
}

export type AnnotatedDocument = AnnotatedSentence[];

/**
 * Groups sentences into documents by source, in order. A source that is a whole corpus of
 * short articles with no boundaries (wikigold) is cut into pieces of `piece` sentences, so
 * what the tagger remembers within a document stays roughly within one article.
 */
export function groupDocuments(
	sentences: readonly AnnotatedSentence[],
	piece = 40
): AnnotatedDocument[] {
	const docs: AnnotatedDocument[] = [];
	let current: AnnotatedDocument = [];
	for (const s of sentences) {
		const sameSource = current.length > 0 && current[0].source === s.source;
		const pieceFull = !s.source.includes(':') && current.length >= piece;
		if (current.length > 0 && (!sameSource || pieceFull)) {
			docs.push(current);
			current = [];
		}
		current.push(s);
	}
	if (current.length > 0) docs.push(current);
	return docs;
}

interface PreparedDocument {
	views: SentenceView[];
	gold: number[][];
	stats: DocumentStats;
	statics: string[][][];
}

export interface TrainOptions {
	epochs: number;
	seed: string;
	extra?: ExtraFeatures;
	/** Features seen fewer times than this in training are left out: they only memorise. */
	minCount?: number;
	/** Called after each epoch with the model as averaged so far. */
	afterEpoch?: (epoch: number, model: AveragedPerceptron) => void;
}

/** Trains the tagger on the gold documents, greedily, updating on its own mistakes. */
export function trainTagger(
	docs: readonly AnnotatedDocument[],
	options: TrainOptions
): AveragedPerceptron {
	const prepared = docs.map((d) => prepare(d, options.extra));
	if (options.minCount) dropRare(prepared, options.minCount);
	const model = new AveragedPerceptron();
	for (let epoch = 1; epoch <= options.epochs; epoch++) {
		for (const doc of seededShuffle(prepared, `${options.seed}:${epoch}`)) {
			const memory = new DocumentMemory();
			doc.views.forEach((view, k) => {
				let features: string[] = [];
				const score = (i: number, prev: string, prev2: string, scores: Float64Array) => {
					const sink = new StringSink(doc.statics[k][i].slice());
					emitDynamic(view, i, prev, prev2, memory, sink);
					features = sink.out;
					model.addScores(features, scores);
				};
				const learn = (i: number, guess: number) => model.update(features, doc.gold[k][i], guess);
				memory.remember(view.words, decodeTags(view.words.length, score, learn));
			});
		}
		options.afterEpoch?.(epoch, model);
	}
	return model;
}

function prepare(doc: AnnotatedDocument, extra?: ExtraFeatures): PreparedDocument {
	const stats = documentStats(doc.map((s) => s.tokens));
	const views = doc.map((s) => sentenceView(s.tokens, extra));
	return {
		views,
		stats,
		gold: doc.map((s) => s.tags.map((t) => tagIndex(t))),
		statics: views.map((v) => v.words.map((_, i) => staticFeatures(v, i, stats)))
	};
}

function tagIndex(tag: string): number {
	const k = (TAGS as readonly string[]).indexOf(tag);
	if (k < 0) throw new Error(`Unknown tag in the training data: ${tag}`);
	return k;
}

function dropRare(docs: PreparedDocument[], minCount: number): void {
	const counts = new Map<string, number>();
	for (const d of docs)
		for (const sentence of d.statics)
			for (const token of sentence) for (const f of token) counts.set(f, (counts.get(f) ?? 0) + 1);
	for (const d of docs)
		d.statics = d.statics.map((sentence) =>
			sentence.map((token) => token.filter((f) => counts.get(f)! >= minCount))
		);
}
