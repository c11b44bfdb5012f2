import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { getCard, getSettings, saveSettings } from '$lib/store';
import { makeDeck, openTestDb } from '$lib/store/test-helpers';
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
		expect(quiz.articleTitle).toBe('Title a1');
		expect(quiz.progress).toMatchObject({ index: 0, total: 3 });

		const feedback = await quiz.submit('wrong', NOW + 1000);
		expect(feedback).toEqual({
			correct: false,
			expected: 'V0',
			given: 'wrong',
			source: 'Sentence 0 with V0.'
		});
		expect(quiz.status).toBe('feedback');
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
