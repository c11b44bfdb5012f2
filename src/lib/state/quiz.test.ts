import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { getCard, getSettings, saveSettings } from '$lib/store';
import { makeDeck, openTestDb } from '$tests/helpers/test-db';
import { useDb } from './db';
import { saveImportedDeck } from './decks';
import { MissedState } from './missed.svelte';
import { QuizState } from './quiz.svelte';

const NOW = Date.UTC(2026, 2, 1, 9);
let db: Awaited<ReturnType<typeof openTestDb>>;

beforeEach(async () => {
	db = await openTestDb('quiz');
	useDb(db);
	await saveImportedDeck(makeDeck('a1', 6), 'text', NOW);
	await saveSettings(db, { ...(await getSettings(db)), sessionLength: 3 });
});

/** The right answer of a hand-made question `a1-qN` is `VN`. */
const right = (quiz: QuizState) => String(quiz.question!.answer);

describe('QuizState', () => {
	it('asks, grades, saves and moves on until the session is done', async () => {
		const quiz = new QuizState();
		await quiz.start({ articleId: 'a1', now: NOW });
		expect(quiz.status).toBe('asking');
		expect(quiz.question?.id).toBe('a1-q0');
		// A title may give the answer away: it shows once the question is answered.
		expect(quiz.articleTitle).toBeNull();
		expect(quiz.progress).toMatchObject({ index: 0, total: 3 });

		const feedback = await quiz.submit('wrong', NOW + 1000);
		expect(feedback).toEqual({
			questionId: 'a1-q0',
			correct: false,
			expected: 'V0',
			given: 'wrong',
			answer: 'wrong',
			source: 'Sentence 0 with V0.',
			nextDue: NOW + 1000 + 60_000,
			answeredAt: NOW + 1000
		});
		expect(quiz.status).toBe('feedback');
		expect(quiz.articleTitle).toBe('Title a1');
		// Stored before submit resolved.
		expect(await getCard(db, 'a1-q0')).toMatchObject({ lastCorrect: false });
		await expect(quiz.submit('again')).rejects.toThrow();

		await quiz.next();
		expect(quiz.question?.id).toBe('a1-q1');
		expect((await quiz.submit(right(quiz), NOW + 2000)).correct).toBe(true);
		await quiz.next();
		await quiz.submit(right(quiz), NOW + 3000);
		await quiz.next();
		expect(quiz.status).toBe('finished');
		expect(quiz.progress).toEqual({ index: 3, total: 3, answered: 3, correct: 2 });
		expect(quiz.missedIds).toEqual(['a1-q0']);
		expect(await db.count('reviews')).toBe(3);
		expect(await new QuizState().resume()).toBe(false);
	});

	it('resumes a session after a reload where it was', async () => {
		const first = new QuizState();
		await first.start({ now: NOW });
		await first.submit(right(first), NOW + 1000);
		const reloaded = new QuizState();
		expect(await reloaded.resume()).toBe(true);
		// The feedback that was on screen shows again, on its question.
		expect(reloaded.status).toBe('feedback');
		expect(reloaded.question?.id).toBe('a1-q0');
		expect(reloaded.feedback).toEqual(first.feedback);
		await reloaded.next();
		expect(await new QuizState().resume()).toBe(true);
		expect(reloaded.status).toBe('asking');
		expect(reloaded.question?.id).toBe('a1-q1');
		expect(reloaded.progress).toMatchObject({ index: 1, total: 3, answered: 1, correct: 1 });
		await reloaded.leave();
		expect(await new QuizState().resume()).toBe(false);
	});

	it('puts due reviews before new questions in the next session', async () => {
		const quiz = new QuizState();
		await quiz.start({ now: NOW });
		await quiz.submit('wrong', NOW);
		await quiz.leave();
		await quiz.start({ now: NOW + 5 * 60_000 });
		expect(quiz.question?.id).toBe('a1-q0');
		await quiz.submit('V0', NOW + 5 * 60_000);
		await quiz.next();
		expect(quiz.question?.id).toBe('a1-q1');
	});

	it('retries missed questions until each is answered right, then they leave the missed list', async () => {
		const quiz = new QuizState();
		await quiz.start({ now: NOW });
		for (let i = 0; i < 3; i++) {
			await quiz.submit('wrong', NOW + i);
			await quiz.next();
		}
		const missed = new MissedState();
		await missed.load();
		expect(missed.count).toBe(3);

		await quiz.start({ mode: 'retry-missed', now: NOW + 10_000 });
		expect(quiz.mode).toBe('retry-missed');
		const asked: string[] = [];
		let wrongOnce = true;
		while (quiz.status === 'asking') {
			asked.push(quiz.question!.id);
			const miss = quiz.question!.id === 'a1-q1' && wrongOnce;
			if (miss) wrongOnce = false;
			await quiz.submit(miss ? 'still wrong' : right(quiz), NOW + 20_000 + asked.length);
			await quiz.next();
		}
		expect(asked).toEqual(['a1-q0', 'a1-q1', 'a1-q2', 'a1-q1']);
		await missed.load();
		expect(missed.count).toBe(0);
	});

	it('says so when there is nothing to ask', async () => {
		const quiz = new QuizState();
		await quiz.start({ mode: 'retry-missed', now: NOW });
		expect(quiz.status).toBe('empty');
	});

	it('when nothing is due, says when the next review is and offers practice', async () => {
		const quiz = new QuizState();
		await saveSettings(db, { ...(await getSettings(db)), sessionLength: 6 });
		const DAY = 86_400_000;
		// Every question learnt today, then reviewed right the next day: none is due after.
		for (const at of [NOW, NOW + DAY]) {
			await quiz.start({ now: at });
			expect(quiz.progress.total).toBe(6);
			while (quiz.status === 'asking') {
				await quiz.submit(right(quiz), at);
				await quiz.next();
			}
		}
		// Learning steps are due today, as the stats count them: the first is asked again.
		const reviews = await db.count('reviews');
		const cards = await db.getAll('cards');
		const nextDue = Math.min(...cards.map((c) => c.fsrs.due));
		expect(nextDue).toBeGreaterThan(NOW + 2 * DAY);
		await quiz.start({ now: NOW + DAY + 60_000 });
		expect(quiz.status).toBe('empty');
		expect(quiz.empty).toEqual({ missed: 0, nextDue });

		// Practice asks anyway and moves no schedule.
		const before = JSON.stringify(await db.getAll('cards'));
		await quiz.start({ mode: 'practice', now: NOW + DAY + 60_000 });
		expect(quiz.mode).toBe('practice');
		expect(quiz.status).toBe('asking');
		const f = await quiz.submit('wrong', NOW + DAY + 60_000);
		expect(f.nextDue).toBeNull();
		expect(JSON.stringify(await db.getAll('cards'))).toBe(before);
		expect(await db.count('reviews')).toBe(reviews);
		// A card is due all day on the day of its next review.
		await quiz.start({ now: nextDue - 1 });
		expect(quiz.status).toBe('asking');
	});

	it('takes the last answer back, card and review log as they were', async () => {
		const quiz = new QuizState();
		await quiz.start({ now: NOW });
		await quiz.submit(right(quiz), NOW);
		await quiz.next();
		const snapshot = async () =>
			JSON.stringify([await db.getAll('cards'), await db.getAll('reviews')]);
		const before = await snapshot();
		const asked = quiz.question!.id;
		await quiz.submit('misclicked', NOW + 1000);
		expect(quiz.canUndo).toBe(true);
		await quiz.undo();
		expect(await snapshot()).toBe(before);
		expect(quiz.status).toBe('asking');
		expect(quiz.question?.id).toBe(asked);
		expect(quiz.progress).toMatchObject({ index: 1, answered: 1, correct: 1 });
		expect(quiz.canUndo).toBe(false);
	});

	it('counts a typed answer the learner says was right as right, and reschedules it', async () => {
		const quiz = new QuizState();
		await quiz.start({ now: NOW });
		const wrong = await quiz.submit('V 0 near miss', NOW);
		expect(wrong.correct).toBe(false);
		expect(quiz.canOverride).toBe(true);
		const fixed = await quiz.markRight();
		expect(fixed).toMatchObject({ correct: true, overridden: true, given: 'V 0 near miss' });
		expect(fixed!.nextDue!).toBeGreaterThan(wrong.nextDue!);
		const reviews = await db.getAll('reviews');
		expect(reviews.map((r) => [r.questionId, r.correct])).toEqual([['a1-q0', true]]);
		expect(await getCard(db, 'a1-q0')).toMatchObject({ lastCorrect: true });
		expect(quiz.progress).toMatchObject({ answered: 1, correct: 1 });
		expect(quiz.missedIds).toEqual([]);
	});

	it('drops a flagged question from the session and from later ones', async () => {
		const quiz = new QuizState();
		await quiz.start({ now: NOW });
		await quiz.flag('the answer is wrong', NOW);
		expect(quiz.question?.id).toBe('a1-q1');
		expect(quiz.progress.total).toBe(2);
		await quiz.leave();
		await quiz.start({ now: NOW + 1 });
		expect(quiz.question?.id).toBe('a1-q1');
	});
});

describe('QuizState.flag after feedback', () => {
	it('keeps the answer and drops the repeat a retry session had queued', async () => {
		const quiz = new QuizState();
		await quiz.start({ now: NOW });
		await quiz.submit('wrong', NOW);
		await quiz.leave();
		await quiz.start({ mode: 'retry-missed', now: NOW + 1 });
		await quiz.submit('wrong again', NOW + 2);
		expect(quiz.progress.total).toBe(2);
		await quiz.flag('ambiguous', NOW + 3);
		expect(quiz.status).toBe('finished');
		expect(quiz.progress).toMatchObject({ total: 1, answered: 1 });
		expect(await db.count('reviews')).toBe(2);
	});
});
