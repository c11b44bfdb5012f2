/**
 * Generator stages benchmark: `npx tsx scripts/bench/stages.ts`.
 * Times each stage of the generator (parse, facts, questions) on a 5,000-word article made of
 * the keyed corpus's paragraphs (the same recipe as the import benchmark), medians of warm
 * runs, and writes bench-results/stages.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArticle } from '../../src/lib/core/article/parse';
import { extractFacts } from '../../src/lib/core/facts';
import { buildQuestions } from '../../src/lib/core/questions';
import { longArticle, median } from './long-article';

const RUNS = Number(process.env.BENCH_RUNS ?? 11);

const { text } = longArticle();
const samples = { parse: [] as number[], facts: [] as number[], questions: [] as number[] };
let facts = 0;
let questions = 0;
for (let i = 0; i < RUNS + 2; i++) {
	const t0 = performance.now();
	const article = parseArticle(text);
	const t1 = performance.now();
	const f = extractFacts(article);
	const t2 = performance.now();
	const q = buildQuestions(article, f);
	const t3 = performance.now();
	if (i < 2) continue; // warm-up
	samples.parse.push(t1 - t0);
	samples.facts.push(t2 - t1);
	samples.questions.push(t3 - t2);
	facts = f.length;
	questions = q.length;
}
const result = {
	what: 'generator stages on a 5,000-word article, Node.js, medians of warm runs',
	words: text.split(/\s+/).length,
	runs: RUNS,
	medianMs: {
		parse: +median(samples.parse).toFixed(1),
		facts: +median(samples.facts).toFixed(1),
		questions: +median(samples.questions).toFixed(1)
	},
	facts,
	questions,
	node: process.version,
	date: new Date().toISOString()
};
console.log(
	`${result.words} words: parse ${result.medianMs.parse} ms, facts ${result.medianMs.facts} ms, questions ${result.medianMs.questions} ms (${facts} facts, ${questions} questions; medians of ${RUNS})`
);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/stages.json', JSON.stringify(result, null, '\t') + '\n');
