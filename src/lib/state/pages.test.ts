import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeDeck, openTestDb } from '$tests/helpers/test-db';
import { ArticleState } from './article.svelte';
import { connection } from './connection.svelte';
import { getDb, useDb } from './db';
import { saveImportedDeck } from './decks';
import { suspendQuestion } from '$lib/store';
import { FlaggedState } from './flagged.svelte';
import { LibraryState } from './library.svelte';
import { applyTheme, SettingsState } from './settings.svelte';
import { StatsState } from './stats.svelte';

const NOW = Date.UTC(2026, 2, 1, 9);

beforeEach(async () => {
	useDb(await openTestDb('pages'));
	await saveImportedDeck(makeDeck('a1', 4), 'The text of a1.', NOW);
	await saveImportedDeck(makeDeck('a2', 2), 'The text of a2.', NOW + 1);
});

describe('LibraryState', () => {
	it('lists articles newest first with their counts and the totals', async () => {
		const library = new LibraryState();
		await library.load(NOW);
		expect(library.loaded).toBe(true);
		expect(library.articles.map((a) => a.id)).toEqual(['a2', 'a1']);
		expect(library.totals).toMatchObject({ total: 6, new: 6 });
	});
});

describe('ArticleState', () => {
	it('loads the text, the facts in text order and the questions of each fact', async () => {
		const page = new ArticleState();
		await page.load('a1');
		expect(page.title).toBe('Title a1');
		expect(page.text).toBe('The text of a1.');
		expect(page.byFact.map((f) => [f.fact.id, f.questions.map((q) => q.id)])).toEqual([
			['a1-f0', ['a1-q0']],
			['a1-f1', ['a1-q1']],
			['a1-f2', ['a1-q2']],
			['a1-f3', ['a1-q3']]
		]);
		expect(page.questions[0]).not.toHaveProperty('articleId');
		await page.load('nope');
		expect(page.notFound).toBe(true);
	});
});

describe('FlaggedState', () => {
	it('lists flagged questions and restores them', async () => {
		await suspendQuestion(await getDb(), 'a1-q2', 'wrong answer', NOW);
		const flagged = new FlaggedState();
		await flagged.load();
		expect(flagged.items.map((f) => [f.questionId, f.reason, f.articleTitle])).toEqual([
			['a1-q2', 'wrong answer', 'Title a1']
		]);
		await flagged.restore('a1-q2');
		await flagged.load();
		expect(flagged.items).toEqual([]);
	});
});

describe('StatsState', () => {
	it('loads stats with a count per article', async () => {
		const stats = new StatsState();
		await stats.load(NOW);
		expect(stats.error).toBeNull();
		expect(stats.stats?.answersPerDay).toHaveLength(30);
		expect(stats.stats?.articles.map((a) => a.counts.total)).toEqual([2, 4]);
	});
});

describe('SettingsState', () => {
	const root = { dataset: {} as Record<string, string> };
	beforeEach(() => {
		(globalThis as { document?: unknown }).document = { documentElement: root };
	});
	afterEach(() => {
		delete (globalThis as { document?: unknown }).document;
	});

	it('loads defaults, saves changes and applies the theme', async () => {
		const settings = new SettingsState();
		await settings.load();
		expect([settings.sessionLength, settings.retention, settings.theme]).toEqual([
			10,
			0.9,
			'system'
		]);
		expect(root.dataset.theme).toBeUndefined();
		await settings.update({ theme: 'dark', sessionLength: 20 });
		expect(root.dataset.theme).toBe('dark');
		const again = new SettingsState();
		await again.load();
		expect([again.sessionLength, again.theme]).toEqual([20, 'dark']);
		applyTheme('system');
		expect(root.dataset.theme).toBeUndefined();
	});
});

describe('after another tab upgraded the database', () => {
	it('every call asks for a reload', async () => {
		connection.markReloadNeeded();
		await expect(getDb()).rejects.toThrow(/Reload this page/);
	});
});
