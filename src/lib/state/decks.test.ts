import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { deleteArticle, getCard, getQuestion, planAnswer, writeAnswer } from '$lib/store';
import { makeDeck, openTestDb } from '$tests/helpers/test-db';
import { useDb } from './db';
import { seedBundledDecks, type BundledDeckEntry } from './decks';

const NOW = Date.UTC(2026, 2, 1);
let db: Awaited<ReturnType<typeof openTestDb>>;

function server(generator: number) {
	const deck = { ...makeDeck('bund', 4, generator), text: 'bundled text' };
	const index: BundledDeckEntry[] = [
		{
			id: 'bund',
			title: deck.article.title,
			words: 100,
			questions: 4,
			url: '/decks/bund.json',
			generator
		}
	];
	const requested: string[] = [];
	const fetchFn = async (url: string) => {
		requested.push(new URL(url, 'http://localhost/').pathname);
		const body = url.endsWith('index.json') ? index : url.endsWith('bund.json') ? deck : null;
		return { ok: body !== null, status: body ? 200 : 404, json: async () => body };
	};
	return { fetchFn, requested };
}

beforeEach(async () => {
	db = await openTestDb('seed');
	useDb(db);
});

describe('seedBundledDecks', () => {
	it('stores the bundled decks once, and again only when the generator version moves on', async () => {
		const v1 = server(1);
		expect(await seedBundledDecks(v1.fetchFn, '/decks/index.json', NOW)).toEqual({
			added: ['bund'],
			updated: []
		});
		expect((await db.get('facts', 'bund'))?.text).toBe('bundled text');
		expect(await db.get('articles', 'bund')).toMatchObject({
			source: 'bundled',
			generator: 1
		});

		const again = server(1);
		expect(await seedBundledDecks(again.fetchFn, '/decks/index.json', NOW)).toEqual({
			added: [],
			updated: []
		});
		expect(again.requested).toEqual(['/decks/index.json']);

		const q = (await getQuestion(db, 'bund-q0'))!;
		await writeAnswer(
			db,
			planAnswer({
				question: q,
				articleId: 'bund',
				card: undefined,
				grade: { correct: true, expected: 'V0', given: 'V0' },
				now: NOW,
				retention: 0.9
			}),
			undefined
		);
		const card = await getCard(db, 'bund-q0');
		const v2 = server(2);
		expect(await seedBundledDecks(v2.fetchFn, '/decks/index.json', NOW + 1)).toEqual({
			added: [],
			updated: ['bund']
		});
		expect(await db.get('articles', 'bund')).toMatchObject({ generator: 2, createdAt: NOW });
		expect(await getCard(db, 'bund-q0')).toEqual(card);
	});

	it('does not bring back a bundled article the learner deleted', async () => {
		await seedBundledDecks(server(1).fetchFn, '/decks/index.json', NOW);
		await deleteArticle(db, 'bund');
		expect(await seedBundledDecks(server(1).fetchFn, '/decks/index.json', NOW)).toEqual({
			added: [],
			updated: []
		});
		expect(await db.count('articles')).toBe(0);
	});

	it('fails with a clear message when a deck file is missing', async () => {
		const broken = async (url: string) => ({
			ok: url.endsWith('index.json'),
			status: url.endsWith('index.json') ? 200 : 404,
			json: async () => [{ id: 'x', title: 'X', words: 1, questions: 1, url: '/decks/x.json' }]
		});
		await expect(seedBundledDecks(broken, '/decks/index.json', NOW)).rejects.toThrow(/HTTP 404/);
	});
});
