/**
 * npm run --silent generate -- FILE [--format json|tsv]
 *   Prints the deck of an article: JSON (see DESIGN.md) or tab-separated front/back lines.
 * npm run --silent generate -- DIR --out DECKS_DIR
 *   Writes one JSON deck per `.txt` of DIR (not recursive) into DECKS_DIR, in one process.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { generateDeck } from '../src/lib/core/deck';
import { FactdeckError } from '../src/lib/core/errors';
import { deckToTsv } from '../src/lib/core/export';
import { decodeArticleBytes, MAX_FILE_BYTES } from '../src/lib/core/input';

const USAGE = 'usage: npm run --silent generate -- FILE [--format json|tsv] | DIR --out DECKS_DIR';

function fail(message: string): never {
	process.stderr.write(`generate: ${message}\n`);
	process.exit(1);
}

const args = process.argv.slice(2);
let format = 'json';
let out: string | undefined;
const files: string[] = [];
for (let i = 0; i < args.length; i++) {
	if (args[i] === '--format') format = args[++i] ?? '';
	else if (args[i].startsWith('--format=')) format = args[i].slice('--format='.length);
	else if (args[i] === '--out') out = args[++i] ?? '';
	else if (args[i].startsWith('--out=')) out = args[i].slice('--out='.length);
	else files.push(args[i]);
}
if (format !== 'json' && format !== 'tsv') fail(`unknown format "${format}" (use json or tsv)`);
if (files.length !== 1) fail(USAGE);

const input = files[0];
let isDir = false;
try {
	isDir = statSync(input).isDirectory();
} catch {
	fail(`${input}: no such file or folder`);
}

if (isDir) {
	if (!out) fail(`${input} is a folder: give --out DECKS_DIR for its decks`);
	mkdirSync(out, { recursive: true });
	const names = readdirSync(input)
		.filter((n) => n.endsWith('.txt'))
		.sort();
	if (!names.length) fail(`${input} holds no .txt file`);
	let failed = 0;
	for (const name of names) {
		const deck = deckOf(join(input, name), (message) => {
			process.stderr.write(`generate: ${message}\n`);
			failed++;
		});
		if (deck) writeFileSync(join(out, basename(name, '.txt') + '.json'), deck);
	}
	process.stderr.write(`generate: ${names.length - failed} decks written to ${out}\n`);
	process.exit(failed ? 1 : 0);
} else {
	if (out) fail('--out is for a folder of articles');
	const deck = deckOf(input, fail);
	process.stdout.write(deck!);
}

/** The deck of one file as text, or undefined after reporting why it has none. */
function deckOf(file: string, report: (message: string) => void): string | undefined {
	const stat = statSync(file);
	if (!stat.isFile()) return void report(`${file} is not a file`);
	if (stat.size > MAX_FILE_BYTES) return void report(`${file} is larger than 1 MB`);
	try {
		const deck = generateDeck(decodeArticleBytes(readFileSync(file)));
		return format === 'json' ? JSON.stringify(deck, null, 2) + '\n' : deckToTsv(deck);
	} catch (error) {
		if (error instanceof FactdeckError) return void report(`${file}: ${error.message}`);
		throw error;
	}
}
