import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { getCard, planAnswer, writeAnswer } from './answers';
import { getQuestion, saveDeck } from './decks';
import { makeDeck, openTestDb } from '$tests/helpers/test-db';
import { amendAnswer } from './undo';

const NOW = Date.UTC(2026, 1, 1, 10);
type Db = Awaited<ReturnType<typeof openTestDb>>;

async function plan(db: Db, id: string, correct: boolean, at: number) {
	const question = (await getQuestion(db, id))!;
	const answer = String(question.answer);
	return planAnswer({
		question,
		articleId: question.articleId,
		card: await getCard(db, id),
		grade: { correct, expected: answer, given: correct ? answer : 'nope' },
		now: at,
		retention: 0.9
	});
}

const snapshot = async (db: Db) =>
	JSON.stringify([await db.getAll('cards'), await db.getAll('reviews')]);

describe('amendAnswer', () => {
	it('takes an answer back: cards and review log as they were, byte for byte', async () => {
		const db = await openTestDb('undo');
		await saveDeck(db, makeDeck('a1', 3), 'text', 'imported', NOW);
		await writeAnswer(db, await plan(db, 'a1-q0', false, NOW), undefined);
		const before = await snapshot(db);

		// A second answer to a card that exists, then one that creates a card.
		for (const [id, at] of [
			['a1-q0', NOW + 60_000],
			['a1-q1', NOW + 120_000]
		] as const) {
			const previous = await getCard(db, id);
			await writeAnswer(db, await plan(db, id, true, at), undefined);
			expect(await snapshot(db)).not.toBe(before);
			await amendAnswer(db, { questionId: id, previous, reviewAt: at }, null, null);
			expect(await snapshot(db)).toBe(before);
		}
	});

	it('replaces a wrong answer with a right one, from the card as it was before', async () => {
		const db = await openTestDb('undo-right');
		await saveDeck(db, makeDeck('a1', 2), 'text', 'imported', NOW);
		const wrong = await plan(db, 'a1-q0', false, NOW);
		await writeAnswer(db, wrong, undefined);
		const right = planAnswer({ ...(await planInput(db)), now: NOW });
		await amendAnswer(db, { questionId: 'a1-q0', previous: undefined, reviewAt: NOW }, right, null);
		const reviews = await db.getAll('reviews');
		expect(reviews.map((r) => r.correct)).toEqual([true]);
		expect(await getCard(db, 'a1-q0')).toEqual(right.card);
		expect(right.card.fsrs.due).toBeGreaterThan(wrong.card.fsrs.due);
	});
});

async function planInput(db: Db) {
	const question = (await getQuestion(db, 'a1-q0'))!;
	const answer = String(question.answer);
	return {
		question,
		articleId: question.articleId,
		card: undefined,
		grade: { correct: true, expected: answer, given: 'V0 (typed)' },
		retention: 0.9
	};
}
