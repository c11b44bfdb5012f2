import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { buildSession, recordAnswer } from '$lib/core/session';
import { getCard, planAnswer, writeAnswer } from './answers';
import { getQuestion, saveDeck } from './decks';
import { StorageFullError } from './errors';
import { clearMissed, listMissed, missedQuestionIds } from './missed';
import { sessionCandidates } from './queries';
import { loadSession, saveSession } from './session';
import { listSuspended, restoreQuestion, suspendQuestion } from './suspend';
import { replayCard } from './replay';
import { makeDeck, openTestDb } from '$tests/helpers/test-db';
import { commit } from './tx';

const NOW = Date.UTC(2026, 1, 1, 10);
const MIN = 60_000;
type Db = Awaited<ReturnType<typeof openTestDb>>;

async function plan(db: Db, id: string, correct: boolean, at = NOW, given = 'nope') {
	const question = (await getQuestion(db, id))!;
	return planAnswer({
		question,
		articleId: question.articleId,
		card: await getCard(db, id),
		grade: {
			correct,
			expected: String(question.answer),
			given: correct ? String(question.answer) : given
		},
		now: at,
		retention: 0.9
	});
}

async function seeded(n = 5) {
	const db = await openTestDb('answers');
	await saveDeck(db, makeDeck('a1', n), 'text', 'imported', NOW);
	return db;
}

describe('writeAnswer', () => {
	it('writes the card, the review and the session progress together', async () => {
		const db = await seeded();
		const session = buildSession({
			id: 's',
			articleId: 'a1',
			due: [],
			fresh: ['a1-q0', 'a1-q1'].map((id) => ({ id, type: 'cloze', factIds: [id], source: id })),
			suspended: new Set(),
			now: NOW
		});
		await saveSession(db, session);
		const next = recordAnswer(session, 'a1-q0', false);
		await writeAnswer(db, await plan(db, 'a1-q0', false), next);
		const card = await getCard(db, 'a1-q0');
		expect(card).toMatchObject({
			articleId: 'a1',
			lastCorrect: false,
			lastGiven: 'nope',
			missedAt: NOW,
			level: 'learning',
			dueAt: NOW + MIN
		});
		expect(await db.getAll('reviews')).toEqual([
			{
				id: 1,
				questionId: 'a1-q0',
				articleId: 'a1',
				kind: 'date',
				rating: 1,
				correct: false,
				given: 'nope',
				seenBefore: false,
				at: NOW
			}
		]);
		expect(await loadSession(db)).toEqual(next);
		await writeAnswer(db, await plan(db, 'a1-q1', true, NOW + 1), null);
		expect(await loadSession(db)).toBeNull();
	});

	it('leaves nothing half-written when the transaction fails', async () => {
		const db = await seeded();
		const good = await plan(db, 'a1-q0', true);
		// An answer that cannot be cloned makes the writes of the transaction fail.
		const given = (() => 1) as unknown as string;
		const bad = { ...good, input: { ...good.input, grade: { ...good.input.grade, given } } };
		await expect(writeAnswer(db, bad, undefined)).rejects.toThrow();
		expect(await getCard(db, 'a1-q0')).toBeUndefined();
		expect(await db.count('reviews')).toBe(0);
	});

	it('turns a full disk into a StorageFullError with a message for the learner', async () => {
		const quota = new DOMException('quota', 'QuotaExceededError');
		let aborted = false;
		const tx = { done: Promise.reject(quota), abort: () => (aborted = true) };
		tx.done.catch(() => {});
		const error = await commit(tx, async () => 1).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(StorageFullError);
		expect((error as Error).message).toMatch(/no room left/);
		const failing = { done: new Promise<void>(() => {}), abort: () => (aborted = true) };
		await expect(
			commit(failing, async () => {
				throw quota;
			})
		).rejects.toBeInstanceOf(StorageFullError);
		expect(aborted).toBe(true);
	});
});

describe('two tabs answering the same card at once', () => {
	it('keeps both answers in the card: it equals the replay of its review log', async () => {
		const db = await seeded(6);
		for (const [i, id] of ['a1-q0', 'a1-q1', 'a1-q2'].entries()) {
			// Both plans read the card before either write, as two tabs do.
			const first = await plan(db, id, i !== 1, NOW + i);
			const second = await plan(db, id, true, NOW + i);
			await Promise.all([writeAnswer(db, first, undefined), writeAnswer(db, second, undefined)]);
			const card = await getCard(db, id);
			const reviews = await db.getAllFromIndex('reviews', 'by-question', id);
			expect(reviews).toHaveLength(2);
			expect(card?.fsrs.reps).toBe(2);
			expect(card?.fsrs).toEqual(replayCard(reviews, 0.9));
		}
	});
});

describe('missed answers', () => {
	it('lists questions whose last answer was wrong, newest first, with given and expected answers', async () => {
		const db = await seeded();
		await writeAnswer(db, await plan(db, 'a1-q0', false, NOW, 'first'), undefined);
		await writeAnswer(db, await plan(db, 'a1-q1', false, NOW + MIN, 'second'), undefined);
		await writeAnswer(db, await plan(db, 'a1-q2', false, NOW + 2 * MIN), undefined);
		await writeAnswer(db, await plan(db, 'a1-q2', true, NOW + 3 * MIN), undefined);
		const missed = await listMissed(db, null);
		expect(
			missed.map((m) => [m.questionId, m.given, m.expected, m.source, m.articleTitle])
		).toEqual([
			['a1-q1', 'second', 'V1', 'Sentence 1 with V1.', 'Title a1'],
			['a1-q0', 'first', 'V0', 'Sentence 0 with V0.', 'Title a1']
		]);
		expect(await missedQuestionIds(db, 'a1')).toEqual(['a1-q0', 'a1-q1']);
		expect(await listMissed(db, 'other')).toEqual([]);
		await clearMissed(db, 'a1-q1');
		expect((await listMissed(db, null)).map((m) => m.questionId)).toEqual(['a1-q0']);
		// Clearing keeps the schedule.
		expect(await getCard(db, 'a1-q1')).toMatchObject({ lastCorrect: false, level: 'learning' });
	});
});

describe('flagging a bad question', () => {
	it('takes it out of every session and the missed list, and restores it with its progress', async () => {
		const db = await seeded(4);
		await writeAnswer(db, await plan(db, 'a1-q0', false), undefined);
		await suspendQuestion(db, 'a1-q0', 'two right answers', NOW + 1);
		await suspendQuestion(db, 'a1-q1', 'typo', NOW + 2);
		const later = NOW + 60 * MIN;
		const c = await sessionCandidates(db, { articleId: null, dueBy: later, limit: 10 });
		expect(c.due).toEqual([]);
		expect(c.fresh.map((f) => f.id)).toEqual(['a1-q2', 'a1-q3']);
		expect([...c.suspended].sort()).toEqual(['a1-q0', 'a1-q1']);
		expect(await listMissed(db, null)).toEqual([]);
		expect((await listSuspended(db)).map((s) => [s.questionId, s.reason, s.prompt])).toEqual([
			['a1-q1', 'typo', 'Sentence 1 with ____.'],
			['a1-q0', 'two right answers', 'Sentence 0 with ____.']
		]);
		await restoreQuestion(db, 'a1-q0');
		await restoreQuestion(db, 'a1-q1');
		expect(await listSuspended(db)).toEqual([]);
		const after = await sessionCandidates(db, { articleId: 'a1', dueBy: later, limit: 10 });
		expect(after.due.map((d) => d.id)).toEqual(['a1-q0']);
		expect(after.fresh.map((f) => f.id)).toEqual(['a1-q1', 'a1-q2', 'a1-q3']);
		expect((await listMissed(db, null)).map((m) => m.questionId)).toEqual(['a1-q0']);
	});
});

describe('sessionCandidates', () => {
	it('gives due cards earliest first within the limit, then new questions of the oldest article first', async () => {
		const db = await openTestDb('cand');
		await saveDeck(db, makeDeck('b', 3), 'b', 'imported', NOW + 1);
		await saveDeck(db, makeDeck('a', 3), 'a', 'imported', NOW);
		await writeAnswer(db, await plan(db, 'b-q1', false, NOW), undefined);
		await writeAnswer(db, await plan(db, 'a-q2', true, NOW), undefined);
		const due = NOW + 30 * MIN;
		const all = await sessionCandidates(db, { articleId: null, dueBy: due, limit: 4 });
		expect(all.due.map((d) => d.id)).toEqual(['b-q1', 'a-q2']);
		expect(all.fresh.map((f) => f.id)).toEqual(['a-q0', 'a-q1', 'b-q0', 'b-q2']);
		const one = await sessionCandidates(db, { articleId: 'b', dueBy: due, limit: 10 });
		expect(one.due.map((d) => d.id)).toEqual(['b-q1']);
		expect(one.fresh.map((f) => f.id)).toEqual(['b-q0', 'b-q2']);
		const early = await sessionCandidates(db, {
			articleId: null,
			dueBy: NOW + 2 * MIN,
			limit: 10
		});
		expect(early.due.map((d) => d.id)).toEqual(['b-q1']);
	});
});
