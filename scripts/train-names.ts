/**
 * Trains the name tagger on data/ner/train.jsonl, writes src/lib/core/names/model.json and
 * scores the written model on data/ner/dev.jsonl (entity level, as conlleval counts).
 *
 *   npm run train:names                 train, write the model, score it on dev
 *   npm run train:names -- --eval-only  score the committed model on dev
 *   npm run train:names -- --sweep      also score every epoch on dev (to choose --epochs)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { formatScores, scoreNames } from '../src/lib/core/names/evaluate';
import { packModel, PackedScorer } from '../src/lib/core/names/model-format';
import type { Scorer } from '../src/lib/core/names/decode';
import { tagDocument } from '../src/lib/core/names/tag-document';
import { groupDocuments, trainTagger, type AnnotatedSentence } from '../src/lib/core/names/train';
import type { NameModel } from '../src/lib/core/names/types';

const MODEL_PATH = 'src/lib/core/names/model.json';
const EPOCHS = 10;
const LEVELS = 1000;
const MINIMUM = 2;

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
	const k = args.indexOf(name);
	return k >= 0 ? Number(args[k + 1]) : fallback;
};

function readSentences(path: string): AnnotatedSentence[] {
	return readFileSync(path, 'utf8')
		.split('\n')
		.filter((line) => line.trim())
		.map((line) => JSON.parse(line) as AnnotatedSentence);
}

function evaluate(scorer: Scorer, dev: AnnotatedSentence[]) {
	const docs = groupDocuments(dev);
	const predicted = docs.flatMap((d) =>
		tagDocument(
			scorer,
			d.map((s) => s.tokens)
		)
	);
	return scoreNames(
		docs.flatMap((d) => d.map((s) => s.tags)),
		predicted
	);
}

const dev = readSentences('data/ner/dev.jsonl');

if (args.includes('--eval-only')) {
	const model = JSON.parse(readFileSync(MODEL_PATH, 'utf8')) as NameModel;
	console.log(formatScores(evaluate(new PackedScorer(model), dev)));
} else {
	const epochs = option('--epochs', EPOCHS);
	const levels = option('--levels', LEVELS);
	const minimum = option('--min', MINIMUM);
	const sweep = args.includes('--sweep');
	const train = groupDocuments(readSentences('data/ner/train.jsonl'));
	const started = Date.now();
	const trained = trainTagger(train, {
		epochs,
		seed: 'names',
		afterEpoch: (epoch, model) => {
			if (!sweep) return console.log(`epoch ${epoch} done`);
			const overall = evaluate({ addScores: scorerOf(model.averaged()) }, dev);
			console.log(
				`epoch ${epoch}: ` + overall.map((r) => `${r.label} ${(100 * r.f1).toFixed(2)}`).join(', ')
			);
		}
	});
	const model = packModel(trained.averaged(), levels, minimum);
	const text = JSON.stringify(model, null, '\t') + '\n';
	writeFileSync(MODEL_PATH, text);
	const scorer = new PackedScorer(model);
	console.log(
		`trained ${epochs} epochs in ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
			`${scorer.size} features, ${text.length} bytes, ${gzipSync(text).length} gzipped`
	);
	console.log(formatScores(evaluate(scorer, dev)));
}

function scorerOf(weights: Map<string, Float64Array>): Scorer['addScores'] {
	return (features, scores) => {
		for (const f of features) {
			const w = weights.get(f);
			if (w) for (let t = 0; t < scores.length; t++) scores[t] += w[t];
		}
	};
}
