import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateDeck } from '$lib/core/deck';
import { ArticleInputError } from '$lib/core/errors';
import { MAX_ARTICLE_CHARS } from '$lib/core/input';
import { generateWithStages } from './generate';
import type { GenerateStage } from './protocol';

const dir = new URL('../content/articles/', import.meta.url);
const articles = readdirSync(dir)
	.filter((f) => f.endsWith('.txt'))
	.map((f) => readFileSync(new URL(f, dir), 'utf8'));

const problemOf = (run: () => unknown) => {
	try {
		run();
		return null;
	} catch (error) {
		return error instanceof ArticleInputError ? error.problem : 'other';
	}
};

// The real generator on whole articles: seconds each on a busy machine.
describe('generateWithStages', { timeout: 60_000 }, () => {
	it('makes exactly the deck generateDeck makes, reporting each stage in order', () => {
		expect(articles.length).toBeGreaterThan(0);
		for (const text of articles) {
			const stages: GenerateStage[] = [];
			// A bundled article that makes no deck would leave the library empty.
			expect(problemOf(() => generateDeck(text, { maxChars: MAX_ARTICLE_CHARS }))).toBeNull();
			const { deck } = generateWithStages({ text }, MAX_ARTICLE_CHARS, (s) => stages.push(s));
			expect(deck).toEqual(generateDeck(text, { maxChars: MAX_ARTICLE_CHARS }));
			expect(stages).toEqual(['parsing', 'finding-facts', 'writing-questions']);
		}
	});

	it('decodes file bytes, byte order mark dropped, and returns the text it stores', () => {
		const text = articles[0];
		const bytes = new TextEncoder().encode('\uFEFF' + text);
		const stages: GenerateStage[] = [];
		const run = generateWithStages({ bytes }, MAX_ARTICLE_CHARS, (s) => stages.push(s));
		expect(run.text).toBe(text);
		expect(run.deck).toEqual(generateDeck(text, { maxChars: MAX_ARTICLE_CHARS }));
		expect(stages).toEqual(['reading', 'parsing', 'finding-facts', 'writing-questions']);
	});

	it('refuses what generateDeck refuses, with the same problem', () => {
		const cases = ['', '  \n ', 'The cat sat on the mat.', 'x'.repeat(MAX_ARTICLE_CHARS + 1)];
		for (const text of cases)
			expect(problemOf(() => generateWithStages({ text }, MAX_ARTICLE_CHARS, () => {}))).toBe(
				problemOf(() => generateDeck(text, { maxChars: MAX_ARTICLE_CHARS })) ?? 'no-facts'
			);
	});

	it('tells a text whose facts are all in quoted words from one with no facts at all', () => {
		const text =
			'Mayor speaks\n\nThe mayor spoke on Monday. "We met Ana Ruiz in Kelby," he said.\n';
		let error: unknown;
		try {
			generateWithStages({ text }, MAX_ARTICLE_CHARS, () => {});
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(ArticleInputError);
		expect((error as ArticleInputError).problem).toBe('no-questions');
		expect((error as ArticleInputError).message).toMatch(/names 2 facts, but none worth/);
	});

	it('refuses binary bytes', () => {
		const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]);
		expect(problemOf(() => generateWithStages({ bytes }, MAX_ARTICLE_CHARS, () => {}))).toBe(
			'binary'
		);
	});
});

describe('warmUp', { timeout: 60_000 }, () => {
	it('goes through every step: its story makes facts of each kind and questions', async () => {
		const { warmUp } = await import('./generate');
		const deck = warmUp();
		expect(new Set(deck.facts.map((f) => f.kind))).toEqual(
			new Set(['person', 'organisation', 'place', 'date', 'figure'])
		);
		expect(deck.questions.length).toBeGreaterThan(0);
	});
});
