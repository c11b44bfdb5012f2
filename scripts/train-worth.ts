/**
 * npm run train:worth [-- --split | --cv]
 *   Trains the worth model (src/lib/core/questions/worth/model.json) on the blind ratings of
 *   data/ratings/ratings.jsonl. Each rated question is matched to the question the generator
 *   now drafts from the same article (same type, sentences and answer, or statement); its features are read
 *   from the draft, its label from the rating. `--split` trains on the earlier rounds only
 *   and reports on the later ones, whose articles the model has not seen; `--cv` scores every
 *   question by a model trained on the other four fifths of the articles.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../src/lib/core/article/parse';
import { extractFacts } from '../src/lib/core/facts';
import { decodeArticleBytes } from '../src/lib/core/input';
import { draftQuestions } from '../src/lib/core/questions';
import { normText } from '../src/lib/core/questions/text';
import {
	fitLogistic,
	articleView,
	probability,
	questionFeatures,
	type Example,
	type LogisticModel
} from '../src/lib/core/questions/worth';
import type { Question } from '../src/lib/core/types';

interface Rating {
	round: number;
	article: string;
	type: string;
	prompt?: string;
	answer?: string;
	source?: string;
	acceptable: boolean;
}

const CORPUS = 'corpus/unseen';
const OUT = 'src/lib/core/questions/worth/model.json';
const ratings: Rating[] = readFileSync('data/ratings/ratings.jsonl', 'utf8')
	.split('\n')
	.filter(Boolean)
	.map((l) => JSON.parse(l));

interface Labelled extends Example {
	round: number;
	article: string;
}

const drafts = new Map<string, { q: Question; x: Example['x'] }[]>();
function draftsOf(name: string) {
	let out = drafts.get(name);
	if (out) return out;
	const article = parseArticle(decodeArticleBytes(readFileSync(join(CORPUS, name + '.txt'))));
	const { questions, ctx } = draftQuestions(article, extractFacts(article));
	const view = articleView(ctx);
	// the model judges questions of one fact: timelines and matches follow their own rules
	out = questions
		.filter((q) => q.factIds.length === 1)
		.map((q) => ({ q, x: questionFeatures(q, view) }));
	drafts.set(name, out);
	return out;
}

const same = (a?: string, b?: string) => !!a && !!b && normText(a) === normText(b);
const answerOf = (q: Question) => ('answer' in q ? String(q.answer) : '');

const data: Labelled[] = [];
for (const r of ratings) {
	const found = draftsOf(r.article).find(
		({ q }) =>
			q.type === r.type &&
			same(q.source, r.source) &&
			(q.type === 'true-false' ? same(q.prompt, r.prompt) : same(answerOf(q), r.answer))
	);
	if (found) data.push({ x: found.x, y: r.acceptable ? 1 : 0, round: r.round, article: r.article });
}
const share = (xs: { y: number }[]) => xs.filter((e) => e.y).length / (xs.length || 1);
console.log(
	`ratings ${ratings.length}, matched to today's drafts ${data.length} (${pct(share(data))} acceptable)`
);

// A question of one fact is kept from a chance of 0.6, at most one per 50 words of the article
// and at least one per 100 (never fewer than 4). A stricter deck (0.65, no floor per 100 words),
// whose cross-validated scores promised 61% acceptable against 57%, was rated blind on 35
// fresh stories against this one: 97/162 (59.9%) against 132/221 (59.7%), a quarter of the
// questions fewer for no measurable gain, so it was not kept.
const FLOOR = 4;
// at most one question of one fact per this many words of the article
const WORDS_PER_QUESTION = 50;
// at least one question of one fact per this many words, however weak
const WORDS_PER_KEPT = 100;
const THRESHOLD = 0.6;
// Questions of one fact are of what the story is about: a fact of its first two paragraphs (a
// body only where the story names it three times or more); others only make up two. Until
// 7cd0f5a "what the story is about" was a fact of the first paragraph, a value that paragraph
// names, or one named three times or more: on the ratings of rounds 26 on, the decks that rule
// keeps were 64.6% acceptable (481/745 readings), those of the two-paragraph rule 67.7%
// (451/666), the same model ranking both. Readers asked
// for a demanding teacher's judgment (rounds 20 on) accepted 60% of such questions against
// 31% of the rest; earlier readers 51–60% against 47–55%. On the held-out p01–p20 (rounds 33
// and 34, rated when others made up four), decks that make up four were 52.1% acceptable
// (73/140 readings, 70 questions); the same decks with the make-up cut to two, chosen before
// the rating, 59.1% (52/88, 44 questions).
//
// Any other question of one fact with a chance of 0.45 or more is asked too,
// wherever its fact stands. On the held-out ratings of rounds 33–46 (874 readings matched to
// today's drafts), each question scored by a model that saw none of its story (five folds by
// article), such questions further down the story were 77% acceptable (17/22), the two made up
// 39% (41/104). On the fresh h01–h10, rated blind by three readers each (rounds 47–49), decks
// with them were 66.7% acceptable (62/93 readings, 31 questions) against 61.7% (50/81, 27
// questions) for the decks before; the four questions they added were accepted by all three
// readers. Making up only one instead of two would have given 70.2% (59/84, 28 questions):
// fewer questions for the learner, so the two stay.
const FEWEST = 2;
const ASIDE = 0.45;
const L2 = Number(process.env.L2 ?? 0.05);

if (process.argv.includes('--cv')) {
	// five folds by article: each question is scored by a model that saw none of its story
	const fold = (a: string) => [...a].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7) % 5;
	const scored: (Labelled & { p: number })[] = [];
	for (let k = 0; k < 5; k++) {
		const model = fitLogistic(
			data.filter((e) => fold(e.article) !== k),
			{ l2: L2 }
		);
		for (const e of data.filter((e) => fold(e.article) === k))
			scored.push({ ...e, p: probability(model, e.x) });
	}
	report('five folds by article', fitLogistic(data, { l2: L2 }), scored, true);
} else if (process.argv.includes('--split')) {
	const train = data.filter((e) => e.round <= 6);
	const test = data.filter((e) => e.round > 6);
	const model = fitLogistic(train, { l2: L2 });
	report(
		`trained on rounds 1–6 (${train.length}), tested on rounds 7 on (${test.length})`,
		model,
		test
	);
} else {
	const model = fitLogistic(data, { l2: L2 });
	const threshold = Number(arg('--threshold') ?? THRESHOLD);
	report(`trained on all ${data.length} (scored on the same)`, model, data);
	writeFileSync(
		OUT,
		JSON.stringify(
			{
				...model,
				threshold,
				floor: FLOOR,
				wordsPerQuestion: WORDS_PER_QUESTION,
				wordsPerKept: WORDS_PER_KEPT,
				fewest: FEWEST,
				aside: ASIDE
			},
			null,
			'\t'
		) + '\n'
	);
	console.log(`wrote ${OUT}`);
}

function report(
	title: string,
	model: LogisticModel,
	test: (Labelled & { p?: number })[],
	prescored = false
) {
	console.log(`\n${title}`);
	const scored = test.map((e) => ({ ...e, p: prescored ? e.p! : probability(model, e.x) }));
	console.log(`AUC ${auc(scored).toFixed(3)}; acceptable among all ${pct(share(test))}`);
	console.log('threshold  kept   acceptable among kept');
	for (const t of [0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7]) {
		const kept = scored.filter((e) => e.p >= t);
		console.log(
			`${t.toFixed(2).padStart(9)}  ${pct(kept.length / test.length).padStart(5)}  ${pct(share(kept))} (${kept.filter((e) => e.y).length}/${kept.length})`
		);
	}
	const top = Object.entries(model.weights).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
	console.log('weights: ' + top.map(([k, v]) => `${k} ${v}`).join(', '));
}

function auc(xs: { p: number; y: number }[]): number {
	const pos = xs.filter((e) => e.y);
	const neg = xs.filter((e) => !e.y);
	let wins = 0;
	for (const a of pos) for (const b of neg) wins += a.p > b.p ? 1 : a.p === b.p ? 0.5 : 0;
	return wins / (pos.length * neg.length || 1);
}

function pct(x: number): string {
	return `${(x * 100).toFixed(1)}%`;
}

function arg(name: string): string | undefined {
	const i = process.argv.indexOf(name);
	return i >= 0 ? process.argv[i + 1] : undefined;
}
