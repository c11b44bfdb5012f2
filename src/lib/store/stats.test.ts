import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { getCard, planAnswer, writeAnswer } from './answers';
import { getQuestion, saveDeck } from './decks';
import { loadStats } from './stats';
import { makeDeck, openTestDb } from '$tests/helpers/test-db';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 4, 20, 12);

describe('loadStats', () => {
	it('reads answers per day, due cards, accuracy by kind, retention, streak and article counts', async () => {
		const db = await openTestDb('stats');
		await saveDeck(db, makeDeck('a1', 5), 'text', 'imported', NOW - 10 * DAY);
		const answer = async (i: number, correct: boolean, at: number) => {
			const question = (await getQuestion(db, `a1-q${i}`))!;
			const card = await getCard(db, question.id);
			const grade = { correct, expected: 'x', given: 'y' };
			const plan = planAnswer({ question, articleId: 'a1', card, grade, now: at, retention: 0.9 });
			await writeAnswer(db, plan, undefined);
		};
		await answer(0, true, NOW - 2 * DAY);
		await answer(0, true, NOW - DAY);
		await answer(1, false, NOW - DAY);
		await answer(0, false, NOW);
		const stats = await loadStats(db, NOW, 0);
		expect(stats.totalAnswers).toBe(4);
		expect(stats.answersPerDay.slice(-3).map((d) => d.count)).toEqual([1, 2, 1]);
		expect(stats.streak).toBe(3);
		// q0 is kind 'date', q1 'figure'; only q0's 2nd and 3rd answers had seen the card before.
		expect(stats.accuracyByKind.find((k) => k.kind === 'date')).toMatchObject({
			answered: 3,
			correct: 2
		});
		expect(stats.accuracyByKind.find((k) => k.kind === 'figure')).toMatchObject({
			answered: 1,
			correct: 0
		});
		expect(stats.retention).toEqual({ reviews: 2, correct: 1, rate: 0.5 });
		expect(stats.duePerDay[0].count).toBe(2);
		expect(stats.duePerDay.reduce((n, d) => n + d.count, 0)).toBe(2);
		// An article's due count is today's bar: the same cards, learning steps included.
		expect(stats.articles).toEqual([
			{
				articleId: 'a1',
				title: 'Title a1',
				counts: { total: 5, new: 3, learning: 2, mastered: 0, due: 2, suspended: 0 }
			}
		]);
	});

	it('follows a streak longer than the 30-day chart', async () => {
		const db = await openTestDb('streak');
		await saveDeck(db, makeDeck('a1', 1), 'text', 'imported', NOW - 100 * DAY);
		const tx = db.transaction('reviews', 'readwrite');
		for (let d = 1; d <= 45; d++)
			void tx.store.add({
				questionId: 'a1-q0',
				articleId: 'a1',
				kind: 'date',
				rating: 3,
				correct: true,
				given: 'V0',
				seenBefore: true,
				seen: 1,
				at: NOW - d * DAY
			});
		void tx.store.add({
			questionId: 'a1-q0',
			articleId: 'a1',
			kind: 'date',
			rating: 3,
			correct: true,
			given: 'V0',
			seenBefore: true,
			seen: 1,
			at: NOW - 47 * DAY
		});
		await tx.done;
		const stats = await loadStats(db, NOW, 0);
		expect(stats.streak).toBe(45);
		expect(stats.answersPerDay[29].count).toBe(0);
		expect(stats.totalAnswers).toBe(46);
		expect(stats.retention).toEqual({ reviews: 46, correct: 46, rate: 1 });
	});
});
