/**
 * Generator benchmark: `npx tsx scripts/bench/generator.ts`.
 * Times generateDeck on the bundled article (median of warm runs) beside a plain pass of
 * compromise + compromise-dates over the same text, in the same process, then the article
 * repeated 4× and 16×. Prints a table and writes bench-results/generator.json.
 */
import nlp from 'compromise';
import dates from 'compromise-dates';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateDeck } from '../../src/lib/core/deck';
import { median } from './long-article';

const root = resolve(import.meta.dirname, '../..');
const ARTICLE = join(root, 'src/lib/content/articles/000_cf6bd1128f7a18e8.txt');
const GOALS = { generatorOverCompromise: 0.5, sixteenOverOne: 20 };
const WARMUP = 5;
const RUNS = Number(process.env.BENCH_RUNS ?? 21);

nlp.plugin(dates);

/** Every entity view forced to JSON, as an app relying on compromise alone would do. */
function compromisePass(text: string): number {
	const doc = nlp(text) as ReturnType<typeof nlp> & { dates(): { json(): unknown[] } };
	return (
		doc.dates().json().length +
		doc.numbers().json().length +
		doc.organizations().json().length +
		doc.people().json().length +
		doc.places().json().length
	);
}

function time(fn: () => unknown): number {
	const t = performance.now();
	fn();
	return performance.now() - t;
}

/** Medians of warm runs, the tasks interleaved so both see the same machine load. */
function race(tasks: Record<string, () => unknown>, runs: number): Record<string, number> {
	const names = Object.keys(tasks);
	for (let i = 0; i < WARMUP; i++) for (const n of names) tasks[n]();
	const samples: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
	for (let i = 0; i < runs; i++) for (const n of names) samples[n].push(time(tasks[n]));
	return Object.fromEntries(names.map((n) => [n, median(samples[n])]));
}

const text = readFileSync(ARTICLE, 'utf8');
const repeat = (n: number) => Array.from({ length: n }, () => text).join('\n\n');
const texts = { 1: text, 4: repeat(4), 16: repeat(16) };

const deck = generateDeck(text);
const head = race(
	{ generator: () => generateDeck(text), compromise: () => compromisePass(text) },
	RUNS
);
const scaling = race(
	{
		'1x': () => generateDeck(texts[1]),
		'4x': () => generateDeck(texts[4]),
		'16x': () => generateDeck(texts[16])
	},
	Math.max(5, Math.round(RUNS / 3))
);

const ratio = head.generator / head.compromise;
const growth = scaling['16x'] / scaling['1x'];
const ms = (x: number) => x.toFixed(2).padStart(9);
console.log(
	`article: ${ARTICLE.slice(root.length + 1)} (${text.length} chars, ${deck.questions.length} questions)`
);
console.log(`median of ${RUNS} warm runs (ms)`);
console.log('task                         ms');
console.log(`generateDeck (1x)     ${ms(head.generator)}`);
console.log(`compromise + dates    ${ms(head.compromise)}`);
for (const k of ['1x', '4x', '16x'] as const)
	console.log(
		`generateDeck (${k.padStart(3)})   ${ms(scaling[k])}   ${(texts[k === '1x' ? 1 : k === '4x' ? 4 : 16].length / 1000).toFixed(0)}k chars`
	);
console.log(
	`generator/compromise ${ratio.toFixed(2)} (goal ≤ ${GOALS.generatorOverCompromise}) ${ratio <= GOALS.generatorOverCompromise ? 'ok' : 'MISSED'}`
);
console.log(
	`16x/1x               ${growth.toFixed(1)} (goal ≤ ${GOALS.sixteenOverOne}) ${growth <= GOALS.sixteenOverOne ? 'ok' : 'MISSED'}`
);

mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(
	join(root, 'bench-results/generator.json'),
	JSON.stringify(
		{
			article: ARTICLE.slice(root.length + 1),
			chars: text.length,
			questions: deck.questions.length,
			runs: RUNS,
			medianMs: {
				generator: head.generator,
				compromise: head.compromise,
				generator1x: scaling['1x'],
				generator4x: scaling['4x'],
				generator16x: scaling['16x']
			},
			ratios: { generatorOverCompromise: ratio, sixteenOverOne: growth },
			goals: GOALS,
			met: {
				generatorOverCompromise: ratio <= GOALS.generatorOverCompromise,
				sixteenOverOne: growth <= GOALS.sixteenOverOne
			}
		},
		null,
		2
	) + '\n'
);
