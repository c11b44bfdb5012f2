import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { deckToTsv } from './export';
import type { Deck, Question } from './types';

const question = (over: Partial<Question>): Question =>
	({
		id: 'q',
		type: 'cloze',
		prompt: 'On _____, Putin announced\ta mobilisation.',
		answer: 'September 21',
		factIds: ['f'],
		source: 's',
		kind: 'date',
		...over
	}) as Question;
const deck = (questions: Question[]): Deck => ({
	article: { id: 'a', title: 't', words: 1 },
	generator: 1,
	facts: [],
	questions
});

describe('deckToTsv', () => {
	it('writes one front/back line per card, with no tab or newline inside a field', () => {
		const tsv = deckToTsv(
			deck([
				question({}),
				question({
					type: 'multiple-choice',
					prompt: 'Who announced it?\nPick one',
					choices: ['Putin', 'Shoigu', 'Lavrov', 'Peskov'],
					answer: 'Putin'
				}),
				question({ type: 'true-false', prompt: 'Putin announced it.', answer: 'True' }),
				question({
					type: 'timeline',
					prompt: 'Put these events in order',
					choices: ['b', 'a'],
					answer: ['a', 'b']
				}),
				question({
					type: 'match',
					prompt: 'Match',
					items: ['FSB', 'UVZ'],
					choices: ['tanks', 'security'],
					answer: ['security', 'tanks']
				})
			])
		);
		const lines = tsv.split('\n');
		expect(lines.pop()).toBe('');
		expect(lines).toHaveLength(5);
		for (const line of lines) expect(line.split('\t')).toHaveLength(2);
		expect(lines[0]).toBe('On _____, Putin announced a mobilisation.\tSeptember 21');
		expect(lines[1]).toBe('Who announced it? Pick one (Putin / Shoigu / Lavrov / Peskov)\tPutin');
		expect(lines[2]).toBe('True or false: Putin announced it.\tTrue');
		expect(lines[3]).toBe('Put these events in order: b / a\ta → b');
		expect(lines[4]).toBe('Match: FSB / UVZ\tFSB = security; UVZ = tanks');
	});
	it('writes the context a question shows before its front', () => {
		const tsv = deckToTsv(
			deck([question({ context: 'Russia mobilised in 2022.', prompt: 'On _____, he spoke.' })])
		);
		expect(tsv).toBe('Russia mobilised in 2022. — On _____, he spoke.\tSeptember 21\n');
	});
	it('writes nothing for an empty deck', () => {
		expect(deckToTsv(deck([]))).toBe('');
	});
});

const root = fileURLToPath(new URL('../../../', import.meta.url));
const bundled = join(root, 'src/lib/content/articles/000_cf6bd1128f7a18e8.txt');

function generate(...args: string[]) {
	return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/generate.ts', ...args], {
		cwd: root,
		encoding: 'utf8',
		timeout: 60_000
	});
}

describe('npm run generate', { timeout: 120_000 }, () => {
	const dir = mkdtempSync(join(tmpdir(), 'factdeck-'));
	const file = (name: string, content: string | Uint8Array) => {
		const path = join(dir, name);
		writeFileSync(path, content);
		return path;
	};

	it.each([
		['a missing file', () => join(dir, 'nothing.txt')],
		['a folder', () => (mkdirSync(join(dir, 'folder'), { recursive: true }), join(dir, 'folder'))],
		['an empty file', () => file('empty.txt', '')],
		['a blank file', () => file('blank.txt', ' \n\n ')],
		[
			'a binary file',
			() => file('image.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]))
		],
		[
			'invalid UTF-8',
			() => file('latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0xff]))
		],
		['a file over 1 MB', () => file('big.txt', 'word '.repeat(210_000))]
	])('refuses %s with one line on stderr and exit code 1', (_, path) => {
		const run = generate(path());
		expect(run.status).toBe(1);
		expect(run.stdout).toBe('');
		expect(run.stderr.trim().split('\n')).toHaveLength(1);
		expect(run.stderr).toMatch(/^generate: /);
	});

	it('refuses an unknown format', () => {
		const run = generate(bundled, '--format', 'xml');
		expect(run.status).toBe(1);
		expect(run.stderr.trim().split('\n')).toHaveLength(1);
	});

	it('prints the deck as JSON, the same on every run', () => {
		const first = generate(bundled);
		expect(first.status).toBe(0);
		const deck = JSON.parse(first.stdout) as Deck;
		expect(deck.article.id).toMatch(/^[0-9a-f]{16}$/);
		expect(deck.questions.length).toBeGreaterThan(0);
		expect(generate(bundled).stdout).toBe(first.stdout);
	});

	it('prints tab-separated cards with --format tsv', () => {
		const run = generate(bundled, '--format=tsv');
		expect(run.status).toBe(0);
		const lines = run.stdout.trimEnd().split('\n');
		expect(lines.length).toBeGreaterThan(0);
		for (const line of lines) expect(line.split('\t')).toHaveLength(2);
	});
});
