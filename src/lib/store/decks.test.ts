import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { planAnswer, writeAnswer } from './answers';
import {
	deleteArticle,
	getArticleBody,
	getFacts,
	getQuestions,
	renameArticle,
	saveDeck
} from './decks';
import { listArticleSummaries } from './library';
import { makeDeck, openTestDb } from '$tests/helpers/test-db';

const NOW = Date.UTC(2026, 1, 1);

async function answer(
	db: Awaited<ReturnType<typeof openTestDb>>,
	articleId: string,
	i: number,
	correct: boolean,
	at = NOW
) {
	const [q] = (await getQuestions(db, articleId)).filter((x) => x.id === `${articleId}-q${i}`);
	const card = await db.get('cards', q.id);
	const plan = planAnswer({
		question: q,
		articleId,
		card,
		grade: { correct, expected: String(q.answer), given: correct ? String(q.answer) : 'nope' },
		now: at,
		retention: 0.9
	});
	await writeAnswer(db, plan, undefined);
}

describe('saveDeck', () => {
	it('stores the article, its questions in deck order and its facts', async () => {
		const db = await openTestDb();
		const result = await saveDeck(db, makeDeck('a1', 5), 'the text', 'imported', NOW);
		expect(result).toEqual({ articleId: 'a1', created: true, questions: 5, kept: 0, retired: 0 });
		const article = await db.get('articles', 'a1');
		expect(await getArticleBody(db, 'a1')).toMatchObject({ text: 'the text' });
		expect(article).toMatchObject({
			source: 'imported',
			createdAt: NOW,
			generator: 1,
			questionCount: 5
		});
		expect((await getQuestions(db, 'a1')).map((q) => q.id)).toEqual([
			'a1-q0',
			'a1-q1',
			'a1-q2',
			'a1-q3',
			'a1-q4'
		]);
		expect(await getFacts(db, 'a1')).toHaveLength(5);
	});

	it('keeps one article when the same text is saved twice, with its name and date', async () => {
		const db = await openTestDb();
		await saveDeck(db, makeDeck('a1', 3), 'text', 'imported', NOW);
		await renameArticle(db, 'a1', '  My article ');
		const again = await saveDeck(db, makeDeck('a1', 3), 'text', 'imported', NOW + 1000);
		expect(again.created).toBe(false);
		expect(await db.count('articles')).toBe(1);
		expect(await db.get('articles', 'a1')).toMatchObject({
			customName: 'My article',
			createdAt: NOW
		});
		await renameArticle(db, 'a1', '');
		expect((await db.get('articles', 'a1'))?.customName).toBeUndefined();
	});

	it('keeps card states of questions still in a regenerated deck and retires, never deletes, the rest', async () => {
		const db = await openTestDb();
		await saveDeck(db, makeDeck('a1', 4), 'text', 'bundled', NOW);
		await answer(db, 'a1', 0, true);
		await answer(db, 'a1', 1, false);
		const before = await db.get('cards', 'a1-q0');
		const result = await saveDeck(db, makeDeck('a1', 5, 2, [1]), 'text', 'bundled', NOW + 1);
		expect(result).toMatchObject({ questions: 4, kept: 1, retired: 1 });
		expect(await db.get('cards', 'a1-q0')).toEqual(before);
		const retired = await db.get('cards', 'a1-q1');
		expect(retired).toMatchObject({ retired: true });
		expect(retired?.dueAt).toBeUndefined();
		expect(await db.get('questions', 'a1-q1')).toBeUndefined();
		expect(await db.count('reviews')).toBe(2);
		const [summary] = await listArticleSummaries(db, NOW + 1);
		expect(summary.counts).toMatchObject({ total: 4, new: 3, learning: 1 });
		// The question comes back in a later version: so does its progress.
		await saveDeck(db, makeDeck('a1', 5, 3), 'text', 'bundled', NOW + 2);
		expect(await db.get('cards', 'a1-q1')).toMatchObject({ retired: false, level: 'learning' });
	});
});

describe('deleteArticle', () => {
	it('deletes the article with its questions, facts, cards and reviews, and only those', async () => {
		const db = await openTestDb();
		await saveDeck(db, makeDeck('a1', 3), 'one', 'imported', NOW);
		await saveDeck(db, makeDeck('a2', 3), 'two', 'imported', NOW);
		await answer(db, 'a1', 0, true);
		await answer(db, 'a2', 0, true);
		await deleteArticle(db, 'a1');
		expect(await db.getAllKeys('articles')).toEqual(['a2']);
		expect(await db.count('questions')).toBe(3);
		expect(await db.get('facts', 'a1')).toBeUndefined();
		expect(await db.getAllKeys('cards')).toEqual(['a2-q0']);
		expect((await db.getAll('reviews')).map((r) => r.articleId)).toEqual(['a2']);
	});
});

describe('listArticleSummaries', () => {
	it('counts new, learning, mastered, due and flagged per article, newest first', async () => {
		const db = await openTestDb();
		await saveDeck(db, makeDeck('old', 2), 'old', 'bundled', NOW - 1000);
		await saveDeck(db, makeDeck('a1', 6), 'text', 'imported', NOW);
		await answer(db, 'a1', 0, true);
		await answer(db, 'a1', 1, false);
		// A mastered card: rewrite q2's card as a long-stable review card.
		await answer(db, 'a1', 2, true);
		const card = (await db.get('cards', 'a1-q2'))!;
		const { withIndexFields } = await import('./card-fields');
		await db.put(
			'cards',
			withIndexFields({
				...card,
				fsrs: { ...card.fsrs, state: 2, stability: 30, due: NOW + 30 * 86_400_000 }
			})
		);
		const { suspendQuestion } = await import('./suspend');
		await suspendQuestion(db, 'a1-q5', 'wrong answer', NOW);
		const list = await listArticleSummaries(db, NOW + 60 * 60_000);
		expect(list.map((a) => a.id)).toEqual(['a1', 'old']);
		expect(list[0].counts).toEqual({
			total: 6,
			new: 2,
			learning: 2,
			mastered: 1,
			due: 2,
			suspended: 1
		});
		expect(list[1].counts).toEqual({
			total: 2,
			new: 2,
			learning: 0,
			mastered: 0,
			due: 0,
			suspended: 0
		});
	});
});
