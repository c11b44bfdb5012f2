import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BROKEN_BACKUPS, LIBRARY_WORDS, PLAIN } from '$tests/fixtures/backup/broken';
import {
	BackupFileError,
	MAX_REVIEW_ID,
	parseBackup,
	serializeBackup,
	type BackupData,
	type BackupFile
} from '$lib/store/backup';
import { gradeAnswer } from '$lib/core/grading';
import type { Deck, Question } from '$lib/core/types';
import { planAnswer, writeAnswer } from '../answers';
import { exportBackup, importBackup, restoreBackup } from './transfer';
import { openFactdeckDb } from '../db';
import { saveDeck } from '../decks';
import { StorageFullError } from '../errors';
import type { FactdeckDb } from '../schema';
import { saveSettings } from '../settings';
import { suspendQuestion } from '../suspend';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 5, 9);
const ARTICLE = readFileSync(
	new URL('../../content/articles/000_cf6bd1128f7a18e8.txt', import.meta.url),
	'utf8'
);
const OTHER =
	'Lake Town opened a new bridge on 3 March 2021.\n\nThe bridge cost $12 million and carries 4,000 cars a day. Mayor Anna Berg of Lake Town said the Harbour Authority paid half of the bridge’s cost.';

let serial = 0;
const open: FactdeckDb[] = [];
async function freshDb(): Promise<FactdeckDb> {
	const db = await openFactdeckDb({ name: `backup-test-${serial++}` });
	open.push(db);
	return db;
}
afterEach(() => open.splice(0).forEach((db) => db.close()));

/** A deck of every question type, built by hand so the test does not move with the generator. */
function sampleDeck(text: string, size = 14): Deck {
	const id = `article-${text.length}`;
	const facts = Array.from({ length: size }, (_, i) => ({
		id: `${id}-f${i}`,
		kind: 'figure' as const,
		text: text.slice(i, i + 4),
		start: i,
		end: i + 4,
		sentence: text.slice(0, 40),
		sentenceIndex: 0,
		value: String(i),
		figure: { number: i, style: 'digits' as const }
	}));
	const types = ['multiple-choice', 'cloze', 'true-false', 'timeline', 'match'] as const;
	const questions = facts.map((fact, i) => {
		const type = types[i % types.length];
		const base = { id: `${id}-q${i}`, type, prompt: `Question ${i}?`, factIds: [fact.id] };
		const more = { source: fact.sentence, kind: fact.kind };
		if (type === 'timeline') return { ...base, ...more, choices: ['b', 'a'], answer: ['a', 'b'] };
		if (type === 'match')
			return { ...base, ...more, choices: ['b', 'a'], answer: ['a', 'b'], items: ['x', 'y'] };
		if (type === 'cloze') return { ...base, ...more, answer: fact.text, accept: [fact.value] };
		if (type === 'true-false')
			return { ...base, ...more, choices: ['True', 'False'], answer: 'True' };
		return { ...base, ...more, choices: ['1', '2', '3', fact.text], answer: fact.text };
	}) as Question[];
	return { article: { id, title: text.slice(0, 20), words: 40 }, generator: 1, facts, questions };
}

/** A store as weeks of use leave it: two articles, answers right and wrong, a flag, settings. */
async function populate(db: FactdeckDb, text = ARTICLE, answers = 12): Promise<string> {
	const deck = sampleDeck(text);
	await saveDeck(db, deck, text, 'bundled', T0);
	for (const [i, question] of deck.questions.slice(0, answers).entries()) {
		const grade = gradeAnswer(question, i % 3 === 0 ? 'surely wrong' : question.answer);
		const now = T0 + i * DAY;
		const card = await db.get('cards', question.id);
		const plan = planAnswer({
			question,
			articleId: deck.article.id,
			card,
			grade,
			now,
			retention: 0.9
		});
		await writeAnswer(db, plan, undefined);
	}
	const last = deck.questions.at(-1);
	if (last) await suspendQuestion(db, last.id, 'the answer is wrong', T0 + 40 * DAY);
	return deck.article.id;
}

async function snapshot(db: FactdeckDb): Promise<BackupData> {
	return (await exportBackup(db, 0)).data;
}

describe('export then import', () => {
	let db: FactdeckDb;
	let original: BackupData;
	let text: string;
	beforeEach(async () => {
		db = await freshDb();
		await populate(db);
		await populate(db, OTHER, 3);
		await saveSettings(db, { sessionLength: 15, retention: 0.85, theme: 'dark' });
		original = await snapshot(db);
		text = await serializeBackup(await exportBackup(db, T0 + 50 * DAY));
	});

	it('holds every kind of record', async () => {
		expect(original.articles).toHaveLength(2);
		expect(original.questions.length).toBeGreaterThan(5);
		expect(original.facts).toHaveLength(2);
		expect(original.cards.some((c) => c.suspended)).toBe(true);
		expect(original.cards.some((c) => c.missedAt !== undefined)).toBe(true);
		expect(original.reviews.length).toBe(15);
		expect(original.settings).toEqual({ sessionLength: 15, retention: 0.85, theme: 'dark' });
		expect((await parseBackup(text)).data).toEqual(original);
	});

	it('restores an equal store into an empty database', async () => {
		const empty = await freshDb();
		await restoreBackup(empty, text, 'replace');
		expect(await snapshot(empty)).toEqual(original);
		// The indexes work on the restored records, not only the records themselves.
		expect(await empty.countFromIndex('cards', 'by-suspended')).toBe(
			original.cards.filter((c) => c.suspended).length
		);
		expect(await empty.countFromIndex('cards', 'by-missed')).toBeGreaterThan(0);
	});

	it('replace makes the store exactly the file, whatever it held before', async () => {
		const other = await freshDb();
		await populate(other, OTHER, 5);
		await saveSettings(other, { sessionLength: 5, retention: 0.9, theme: 'light' });
		await restoreBackup(other, text, 'replace');
		expect(await snapshot(other)).toEqual(original);
	});

	it('merge adds what is missing, keeps newer progress and never logs a review twice', async () => {
		const other = await freshDb();
		const otherId = await populate(other, 'Paris is in France. ' + OTHER, 2);
		await saveSettings(other, { sessionLength: 5, retention: 0.9, theme: 'light' });
		const before = await snapshot(other);
		await restoreBackup(other, text, 'merge');
		await restoreBackup(other, text, 'merge');
		const after = await snapshot(other);
		expect(after.articles.map((a) => a.id).sort()).toEqual(
			[...new Set([...original.articles.map((a) => a.id), otherId])].sort()
		);
		expect(after.reviews).toHaveLength(before.reviews.length + original.reviews.length);
		expect(after.settings).toEqual(before.settings);
		for (const card of original.cards)
			expect(after.cards.find((c) => c.questionId === card.questionId)).toEqual(card);
	});
});

describe('a refused file leaves the store as it was', () => {
	let db: FactdeckDb;
	let valid: string;
	let before: BackupData;
	beforeEach(async () => {
		db = await freshDb();
		await populate(db, OTHER, 3);
		await saveSettings(db, { sessionLength: 7, retention: 0.9, theme: 'light' });
		valid = await serializeBackup(await exportBackup(db, T0));
		before = await snapshot(db);
	});

	it('has at least 60 broken files', () =>
		expect(BROKEN_BACKUPS.length).toBeGreaterThanOrEqual(60));

	const said: string[] = [];
	afterAll(() => {
		if (process.env.SHOW_REFUSALS) console.log(said.join('\n'));
	});
	for (const broken of BROKEN_BACKUPS)
		it(`refuses ${broken.name}`, async () => {
			const file = broken.make(valid);
			for (const mode of ['replace', 'merge'] as const) {
				const error = await restoreBackup(db, file, mode).then(
					() => null,
					(e: unknown) => e
				);
				expect(error).toBeInstanceOf(BackupFileError);
				if (broken.problem) expect((error as BackupFileError).problem).toBe(broken.problem);
				expect((error as Error).message).toMatch(broken.says);
				expect((error as Error).message).toMatch(PLAIN);
				expect((error as Error).message).not.toMatch(LIBRARY_WORDS);
				if (mode === 'merge') said.push(`${broken.name}: ${(error as Error).message}`);
			}
			expect(await snapshot(db)).toEqual(before);
		});
});

describe('a full disk during the import', () => {
	const proto = globalThis.IDBObjectStore.prototype;
	const realPut = proto.put;
	afterEach(() => {
		proto.put = realPut;
	});

	/** Lets `allowed` puts through, then fails as a browser does when the quota is reached. */
	function quotaAfter(allowed: number): void {
		let calls = 0;
		proto.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
			if (++calls > allowed) throw new DOMException('Quota exceeded', 'QuotaExceededError');
			return realPut.apply(this, args);
		};
	}

	for (const mode of ['replace', 'merge'] as const)
		it(`aborts the whole ${mode}: a clear message and nothing half-written`, async () => {
			const source = await freshDb();
			await populate(source);
			const text = await serializeBackup(await exportBackup(source, T0));
			const db = await freshDb();
			await populate(db, OTHER, 3);
			const before = await snapshot(db);
			quotaAfter(20);
			const error = await restoreBackup(db, text, mode).then(
				() => null,
				(e: unknown) => e
			);
			proto.put = realPut;
			expect(error).toBeInstanceOf(StorageFullError);
			expect((error as Error).message).toMatch(/no room left/);
			expect(await snapshot(db)).toEqual(before);
		});
});

describe('importBackup', () => {
	it('writes a validated file without reading it again', async () => {
		const source = await freshDb();
		await populate(source, OTHER, 2);
		const file = await exportBackup(source, T0);
		const db = await freshDb();
		const summary = await importBackup(db, file, 'replace');
		expect(summary).toEqual({
			articles: 1,
			questions: file.data.questions.length,
			cards: file.data.cards.length,
			reviews: 2
		});
	});
});

describe('files the check accepts', () => {
	let db: FactdeckDb;
	let valid: string;
	let before: BackupData;
	beforeEach(async () => {
		db = await freshDb();
		await populate(db, OTHER, 3);
		valid = await serializeBackup(await exportBackup(db, T0));
		before = await snapshot(db);
	});

	it('reads a version 1 file (no digest) once every record is sound', async () => {
		const { format, exportedAt, data } = JSON.parse(valid) as BackupFile;
		const v1 = JSON.stringify({ format, version: 1, exportedAt, data });
		const other = await freshDb();
		await restoreBackup(other, v1, 'replace');
		expect(await snapshot(other)).toEqual(before);
		const broken = JSON.stringify({
			format,
			version: 1,
			exportedAt,
			data: { ...data, reviews: data.reviews.map((r) => ({ ...r, id: 2 ** 53 })) }
		});
		await expect(restoreBackup(other, broken, 'replace')).rejects.toThrow(
			/answer 1 has an impossible key/
		);
	});

	it('reads a file saved with a UTF-8 byte order mark', async () => {
		const other = await freshDb();
		await restoreBackup(other, '\uFEFF' + valid, 'replace');
		expect(await snapshot(other)).toEqual(before);
	});

	it('keeps answering after a replace with review keys at the top of their range', async () => {
		const file = JSON.parse(valid) as BackupFile;
		file.data.reviews = file.data.reviews.map((r, i, all) => ({
			...r,
			id: MAX_REVIEW_ID - (all.length - 1 - i)
		}));
		const signed = await serializeBackup(file);
		await restoreBackup(db, signed, 'replace');
		const question = (await db.getAll('questions')).at(-2)!;
		const plan = planAnswer({
			question,
			articleId: question.articleId,
			card: undefined,
			grade: gradeAnswer(question, question.answer),
			now: T0 + 60 * DAY,
			retention: 0.9
		});
		await writeAnswer(db, plan, undefined);
		const keys = await db.getAllKeys('reviews');
		expect(keys.at(-1)).toBe(MAX_REVIEW_ID + 1);
	});
});
