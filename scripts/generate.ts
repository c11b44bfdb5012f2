/**
 * npm run --silent generate -- FILE [--format json|tsv]
 * Prints the deck of an article: JSON (see DESIGN.md) or tab-separated front/back lines.
 */
import { readFileSync, statSync } from 'node:fs';
import { generateDeck } from '../src/lib/core/deck';
import { FactdeckError } from '../src/lib/core/errors';
import { deckToTsv } from '../src/lib/core/export';
import { decodeArticleBytes, MAX_FILE_BYTES } from '../src/lib/core/input';

function fail(message: string): never {
	process.stderr.write(`generate: ${message}\n`);
	process.exit(1);
}

const args = process.argv.slice(2);
let format = 'json';
const files: string[] = [];
for (let i = 0; i < args.length; i++) {
	if (args[i] === '--format') format = args[++i] ?? '';
	else if (args[i].startsWith('--format=')) format = args[i].slice('--format='.length);
	else files.push(args[i]);
}
if (format !== 'json' && format !== 'tsv') fail(`unknown format "${format}" (use json or tsv)`);
if (files.length !== 1) fail('usage: npm run --silent generate -- FILE [--format json|tsv]');

const file = files[0];
let size: number;
try {
	const stat = statSync(file);
	if (!stat.isFile()) fail(`${file} is not a file`);
	size = stat.size;
} catch {
	fail(`${file}: no such file`);
}
if (size > MAX_FILE_BYTES) fail(`${file} is larger than 1 MB`);

try {
	const text = decodeArticleBytes(readFileSync(file));
	const deck = generateDeck(text);
	process.stdout.write(format === 'json' ? JSON.stringify(deck, null, 2) + '\n' : deckToTsv(deck));
} catch (error) {
	if (error instanceof FactdeckError) fail(`${file}: ${error.message}`);
	throw error;
}
