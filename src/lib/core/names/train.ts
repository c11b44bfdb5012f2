import { seededShuffle } from '../hash';
import { beamStep, decodeTags, pathTags, type Path } from './decode';
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
	/** Tag sequences kept per sentence; above 1, training updates on whole sequences. */
	beam?: number;
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
				if ((options.beam ?? 1) > 1) {
					const tags = trainBeam(model, view, doc.statics[k], doc.gold[k], memory, options.beam!);
					return memory.remember(view.words, tags);
				}
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

/**
 * Beam search with early update and restart (LaSO): when the gold sequence falls out of the
 * beam, the model learns from the best path against the gold one so far, and the search goes
 * on from the gold path alone. Returns the tags it chose, for the document memory.
 */
function trainBeam(
	model: AveragedPerceptron,
	view: SentenceView,
	statics: readonly string[][],
	gold: readonly number[],
	memory: DocumentMemory,
	width: number
): string[] {
	let beam: (Path<string[]> | null)[] = [null];
	let goldPath: Path<string[]> | null = null;
	let from = 0;
	const learn = (best: Path<string[]>, truth: Path<string[]> | null) => {
		const a = steps(truth, from);
		const b = steps(best, from);
		model.updateSequence(
			a.map((p) => p.data),
			a.map((p) => p.tag),
			b.map((p) => p.data),
			b.map((p) => p.tag)
		);
	};
	const features = (i: number, prev: string, prev2: string) => {
		const sink = new StringSink(statics[i].slice());
		emitDynamic(view, i, prev, prev2, memory, sink);
		return dropRareWord(sink.out, view, i, statics[i]);
	};
	for (let i = 0; i < gold.length; i++) {
		const score = (prev: string, prev2: string, scores: Float64Array) => {
			const f = features(i, prev, prev2);
			model.addScores(f, scores);
			return f;
		};
		beam = beamStep(beam, i, score, width);
		const prev = goldPath ? TAGS[goldPath.tag] : '<s>';
		const prev2 = goldPath?.before ? TAGS[goldPath.before.tag] : '<s>';
		const next: Path<string[]> = {
			tag: gold[i],
			score: 0,
			before: goldPath,
			data: features(i, prev, prev2),
			length: i + 1
		};
		const kept = beam.find((p) => p && sameTags(p, next, from));
		goldPath = next;
		model.tick();
		if (!kept) {
			learn(beam[0]!, goldPath);
			beam = [goldPath];
			from = i + 1;
		}
	}
	const best = beam[0];
	if (best && !sameTags(best, goldPath, from)) learn(best, goldPath);
	return pathTags(best).map((t) => TAGS[t]);
}

/**
 * A word too rare to keep its own feature keeps none with the tag before it either: with
 * every tag before it seen in the beam, those features would fill the model.
 */
function dropRareWord(
	features: string[],
	view: SentenceView,
	i: number,
	statics: readonly string[]
): string[] {
	if (statics.includes('w' + view.lower[i])) return features;
	return features.filter((f) => f[0] !== 'u');
}

/** The steps of a path from token `from` on, in order. */
function steps<T>(p: Path<T> | null, from: number): Path<T>[] {
	const out: Path<T>[] = [];
	for (; p && p.length > from; p = p.before) out.push(p);
	return out.reverse();
}

function sameTags<T>(a: Path<T> | null, b: Path<T> | null, from: number): boolean {
	for (; a && b && a.length > from; a = a.before, b = b.before) if (a.tag !== b.tag) return false;
	return true;
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
