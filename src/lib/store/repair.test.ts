import 'fake-indexeddb/auto';
import { openDB, type IDBPDatabase } from 'idb';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
	ArticleRecordSchema,
	CardRecordSchema,
	QuestionRecordSchema,
	ReviewRecordSchema
} from '$lib/store/backup/records.schema';
import { planAnswer, writeAnswer } from './answers';
import { openFactdeckDb } from './db';
import { getQuestion, saveDeck } from './decks';
import { migrate } from './migrations';
import type { CardRecord, ReviewRecord } from './records';
import { replayCard } from './replay';
import { DB_VERSION, type FactdeckSchema } from './schema';
import { makeDeck } from '$tests/helpers/test-db';

const NOW = Date.UTC(2026, 3, 1, 12);
const TOP = 2 ** 53;
let serial = 0;

/** A database as schema version 3 left it, made by the migration steps of that time. */
async function version3(): Promise<string> {
	const name = `repair-${serial++}`;
	const db = (await openDB<FactdeckSchema>(name, 3, {
		upgrade(database, oldVersion, _new, tx) {
			migrate(database, oldVersion, 3, tx);
		}
	})) as IDBPDatabase<FactdeckSchema>;
	db.close();
	return name;
}

async function answer(db: Awaited<ReturnType<typeof openFactdeckDb>>, id: string, at: number) {
	const question = (await getQuestion(db, id))!;
	const plan = planAnswer({
		question,
		articleId: question.articleId,
		card: await db.get('cards', id),
		grade: { correct: true, expected: String(question.answer), given: String(question.answer) },
		now: at,
		retention: 0.9
	});
	return writeAnswer(db, plan, undefined);
}

/** What an edited backup, imported by an older version, could leave behind. */
async function poison(name: string): Promise<void> {
	const raw = await openDB(name, 3);
	const review = (id: number, questionId: string, at: number): ReviewRecord => ({
		id,
		questionId,
		articleId: 'a1',
		kind: 'date',
		rating: 3,
		correct: true,
		given: 'V0',
		seenBefore: false,
		at
	});
	await raw.put('reviews', review(TOP, 'a1-q0', NOW));
	await raw.put('reviews', { ...review(5, 'a1-q1', NOW), at: Infinity });
	await raw.put('reviews', review(7, 'a1-q2', NOW + 1000));
	const card = (await raw.get('cards', 'a1-q2')) as CardRecord;
	await raw.put('cards', { ...card, fsrs: { ...card.fsrs, reps: -1, due: 1e308 } });
	const q = await raw.get('questions', 'a1-q3');
	await raw.put('questions', { ...q, type: 'multiple-choice' }); // no choices
	const article = await raw.get('articles', 'a1');
	await raw.put('articles', { ...article, words: -5, createdAt: Infinity });
	raw.close();
}

describe('the repair at open (database version 4)', () => {
	it('repairs a poisoned version 3 store at the next open', async () => {
		const name = await version3();
		const seed = await openDB<FactdeckSchema>(name, 3);
		// saveDeck only needs the stores; the version-3 connection has them all.
		await saveDeck(seed as never, makeDeck('a1', 5), 'x'.repeat(80), 'imported', NOW);
		const q2 = (await seed.get('questions', 'a1-q2'))!;
		await seed.put('cards', {
			questionId: q2.id,
			articleId: 'a1',
			retired: false,
			fsrs: { ...replayCard([], 0.9), due: NOW } as never
		});
		seed.close();
		await poison(name);

		// The poisoned store fails every answer, as the old app did.
		const stuck = await openDB(name, 3);
		await expect(stuck.add('reviews', { questionId: 'a1-q4', at: NOW } as never)).rejects.toThrow();
		stuck.close();

		const db = await openFactdeckDb({ name });
		const reviews = await db.getAll('reviews');
		// The impossible review is gone, the one at the top of the key range has a fresh key.
		expect(reviews.map((r) => r.questionId).sort()).toEqual(['a1-q0', 'a1-q2']);
		for (const r of reviews) expect(v.is(ReviewRecordSchema, r)).toBe(true);
		for (const c of await db.getAll('cards')) expect(v.is(CardRecordSchema, c)).toBe(true);
		for (const q of await db.getAll('questions')) expect(v.is(QuestionRecordSchema, q)).toBe(true);
		const [article] = await db.getAll('articles');
		expect(v.is(ArticleRecordSchema, article)).toBe(true);
		expect(article.questionCount).toBe(4);
		// The damaged card is its review log replayed.
		const card = await db.get('cards', 'a1-q2');
		const log = reviews.filter((r) => r.questionId === 'a1-q2');
		expect(card?.fsrs).toEqual(replayCard(log, 0.9));

		// And answering works again.
		await answer(db, 'a1-q4', NOW + 5000);
		await answer(db, 'a1-q4', NOW + 60_000);
		expect(await db.count('reviews')).toBe(4);
		db.close();
	});

	it('repairs an old store that appeared after the version check', async () => {
		const name = await version3();
		const raw = await openDB(name, 3);
		await raw.put('reviews', { id: TOP, questionId: 'q', at: NOW } as never);
		raw.close();
		// The check sees no database, so the repair code is not loaded for the first attempt.
		const databases = indexedDB.databases;
		indexedDB.databases = async () => [];
		try {
			const db = await openFactdeckDb({ name });
			expect(db.version).toBe(DB_VERSION);
			expect(await db.getAllKeys('reviews')).toEqual([]);
			db.close();
		} finally {
			indexedDB.databases = databases;
		}
	});
});
