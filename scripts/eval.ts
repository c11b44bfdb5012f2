/**
 * npm run eval [-- DIR …] [--decks DECKS_DIR] [--verbose]
 * Generates the deck of every keyed article (NAME.txt beside NAME.facts.json) of each folder
 * and scores its facts against the key: recall, precision and coverage per article, per kind
 * and their means. Default folders: corpus/keyed and corpus/keyed/gum.
 * With --decks, reads DECKS_DIR/NAME.json instead of generating.
 *
 * The GUM articles are the name tagger's development text, so they are scored with a model
 * that never trained on them: data/ner/model-train-only.json (written by `npm run
 * train:names`) when it exists, or the one given with --model PATH.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { generateDeck } from '../src/lib/core/deck';
import { createNameTagger, type NameModel } from '../src/lib/core/names';
import type { Deck } from '../src/lib/core/types';
import { KINDS, scoreDeck, type Key, type Score } from './eval/score';

const args = process.argv.slice(2);
let decksDir: string | undefined;
let verbose = false;
let modelPath = 'data/ner/model-train-only.json';
const dirs: string[] = [];
for (let i = 0; i < args.length; i++) {
	if (args[i] === '--decks') decksDir = args[++i];
	else if (args[i] === '--verbose') verbose = true;
	else if (args[i] === '--model') modelPath = args[++i];
	else dirs.push(args[i]);
}
if (!dirs.length) dirs.push('corpus/keyed', 'corpus/keyed/gum');

const tagger = existsSync(modelPath)
	? createNameTagger(JSON.parse(readFileSync(modelPath, 'utf8')) as NameModel)
	: createNameTagger();
console.log(`names: ${existsSync(modelPath) ? modelPath : 'the shipped model'}\n`);

const rows: { name: string; score: Score; questions: number }[] = [];
for (const dir of dirs) {
	for (const file of readdirSync(dir)
		.filter((n) => n.endsWith('.txt'))
		.sort()) {
		const name = basename(file, '.txt');
		const keyPath = join(dir, `${name}.facts.json`);
		if (!existsSync(keyPath)) continue;
		const key = JSON.parse(readFileSync(keyPath, 'utf8')) as Key;
		const deck: Deck = decksDir
			? JSON.parse(readFileSync(join(decksDir, `${name}.json`), 'utf8'))
			: generateDeck(readFileSync(join(dir, file), 'utf8'), { tagger });
		const score = scoreDeck(deck, key);
		rows.push({ name, score, questions: deck.questions.length });
		if (verbose)
			for (const k of score.kinds) {
				if (k.missed.length) console.log(`${name} missed ${k.kind}: ${k.missed.join(' | ')}`);
				if (k.wrong.length) console.log(`${name} wrong ${k.kind}: ${k.wrong.join(' | ')}`);
			}
	}
}
if (!rows.length) {
	console.error('eval: no keyed article (NAME.txt beside NAME.facts.json) in ' + dirs.join(', '));
	process.exit(1);
}

const f3 = (x: number) => x.toFixed(3);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
console.log(`${'article'.padEnd(34)} recall precision coverage questions`);
for (const r of rows)
	console.log(
		`${r.name.padEnd(34)} ${f3(r.score.recall)}     ${f3(r.score.precision)}    ${f3(r.score.coverage)} ${String(r.questions).padStart(9)}`
	);
console.log(
	`${'mean'.padEnd(34)} ${f3(mean(rows.map((r) => r.score.recall)))}     ${f3(mean(rows.map((r) => r.score.precision)))}    ${f3(mean(rows.map((r) => r.score.coverage)))}`
);
console.log(`\n${'kind'.padEnd(14)} key found asked generated correct  recall precision`);
for (const kind of KINDS) {
	const ks = rows.map((r) => r.score.kinds.find((k) => k.kind === kind)!);
	const sum = (f: (k: (typeof ks)[number]) => number) => ks.reduce((a, k) => a + f(k), 0);
	const [key, found, asked, gen, correct] = [
		sum((k) => k.key),
		sum((k) => k.found),
		sum((k) => k.asked),
		sum((k) => k.generated),
		sum((k) => k.correct)
	];
	console.log(
		`${kind.padEnd(14)}${String(key).padStart(4)}${String(found).padStart(6)}${String(asked).padStart(6)}${String(gen).padStart(10)}${String(correct).padStart(8)}   ${f3(key ? found / key : 1)}     ${f3(gen ? correct / gen : 1)}`
	);
}
