import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { newCard, scheduleAnswer } from '$lib/core/schedule';
import { openFactdeckDb } from './db';
import { listArticleSummaries } from './library';
import { listMissed } from './missed';
import { nextDue } from './queries';
import { DB_VERSION } from './schema';
import { getSettings, saveSettings } from './settings';

const NOW = Date.UTC(2026, 1, 1);
const DAY = 86_400_000;

/** The database exactly as version 1 of the app created it, with some data. */
async function createVersion1(name: string) {
	const db = await openDB(name, 1, {
		upgrade(db) {
			db.createObjectStore('articles', { keyPath: 'id' }).createIndex('by-created', 'createdAt');
			db.createObjectStore('questions', { keyPath: 'id' }).createIndex('by-article', [
				'articleId',
				'order'
			]);
			db.createObjectStore('facts', { keyPath: 'articleId' });
			const cards = db.createObjectStore('cards', { keyPath: 'questionId' });
			cards.createIndex('by-due', 'dueAt');
			cards.createIndex('by-article', 'articleId');
			const reviews = db.createObjectStore('reviews', { keyPath: 'id', autoIncrement: true });
			reviews.createIndex('by-question', 'questionId');
			reviews.createIndex('by-time', 'at');
			db.createObjectStore('settings');
			db.createObjectStore('session', { keyPath: 'key' });
			db.createObjectStore('meta', { keyPath: 'key' });
		}
	});
	const right = scheduleAnswer(newCard(NOW), true, NOW, { retention: 0.9 }).card;
	const wrong = scheduleAnswer(newCard(NOW), false, NOW, { retention: 0.9 }).card;
	await db.put('articles', {
		id: 'a1',
		title: 'T',
		text: 'x',
		words: 1,
		source: 'imported',
		createdAt: NOW,
		generator: 1,
		questionCount: 3
	});
	for (let order = 0; order < 3; order++)
		await db.put('questions', {
			id: `q${order}`,
			articleId: 'a1',
			order,
			type: 'cloze',
			prompt: `P${order}`,
			answer: `A${order}`,
			factIds: [],
			source: `S${order}`,
			kind: 'date'
		});
	// Version 1 cards carry only dueAt among the derived fields.
	await db.put('cards', {
		questionId: 'q0',
		articleId: 'a1',
		fsrs: right,
		retired: false,
		dueAt: right.due,
		lastCorrect: true
	});
	await db.put('cards', {
		questionId: 'q1',
		articleId: 'a1',
		fsrs: wrong,
		retired: false,
		dueAt: wrong.due,
		lastCorrect: false,
		lastGiven: 'B1'
	});
	await db.put('reviews', {
		questionId: 'q1',
		articleId: 'a1',
		kind: 'date',
		rating: 1,
		correct: false,
		given: 'B1',
		seenBefore: false,
		at: NOW
	});
	await db.put('reviews', {
		questionId: 'q0',
		articleId: 'a1',
		kind: 'date',
		rating: 3,
		correct: true,
		given: 'A0',
		seenBefore: true,
		at: NOW + DAY
	});
	await db.put('settings', { sessionLength: 15, retention: 0.85, theme: 'dark' }, 'settings');
	db.close();
}

describe('openFactdeckDb', () => {
	it('upgrades a version 1 database step by step, keeping every record', async () => {
		await createVersion1('upgrade-1');
		const db = await openFactdeckDb({ name: 'upgrade-1' });
		expect(db.version).toBe(DB_VERSION);
		expect(await db.count('articles')).toBe(1);
		expect(await db.count('questions')).toBe(3);
		expect(await db.count('reviews')).toBe(2);
		// Version 3 marks the reviews of cards seen before, for the retention count.
		expect((await db.getAll('reviews')).map((r) => r.seen)).toEqual([undefined, 1]);
		// The text moved from the article record to the facts record.
		expect(await db.get('articles', 'a1')).not.toHaveProperty('text');
		expect(await db.get('facts', 'a1')).toEqual({ articleId: 'a1', text: 'x', facts: [] });
		expect(await getSettings(db)).toEqual({ sessionLength: 15, retention: 0.85, theme: 'dark' });
		// The derived fields of version 2 are filled in, so the new indexes see old cards.
		expect(await db.get('cards', 'q1')).toMatchObject({
			level: 'learning',
			missedAt: NOW,
			lastGiven: 'B1'
		});
		expect((await listMissed(db, null)).map((m) => [m.questionId, m.given, m.expected])).toEqual([
			['q1', 'B1', 'A1']
		]);
		const [a] = await listArticleSummaries(db, NOW + DAY);
		expect(a.counts).toEqual({ total: 3, new: 1, learning: 2, mastered: 0, due: 2, suspended: 0 });
		expect(
			(await nextDue(db, { articleId: 'a1', dueBy: NOW + DAY, limit: 5 })).map((d) => d.id)
		).toEqual(['q1', 'q0']);
		db.close();
	});

	it('closes its connection and reports when another tab upgrades the database', async () => {
		let reported = 0;
		const db = await openFactdeckDb({ name: 'vc-1', onVersionChange: () => reported++ });
		// Resolves only if the old connection closed: otherwise the open stays blocked.
		const newer = await openDB('vc-1', DB_VERSION + 1);
		expect(reported).toBe(1);
		await expect(db.get('articles', 'x')).rejects.toThrow();
		newer.close();
	});

	it('reports when its own upgrade waits on an older tab', async () => {
		await createVersion1('blocked-1');
		const old = await openDB('blocked-1', 1);
		let blocked = 0;
		let opened = 0;
		const opening = openFactdeckDb({
			name: 'blocked-1',
			onBlocked: () => blocked++,
			onOpened: () => opened++
		});
		await new Promise((r) => setTimeout(r, 20));
		expect(blocked).toBe(1);
		expect(opened).toBe(0);
		old.close();
		const db = await opening;
		expect(opened).toBe(1);
		expect(db.objectStoreNames.contains('cards')).toBe(true);
		db.close();
	});
});

describe('settings', () => {
	it('defaults to 10 questions, retention 0.9 and the system theme, and keeps values in range', async () => {
		const db = await openFactdeckDb({ name: 'settings-1' });
		expect(await getSettings(db)).toEqual({ sessionLength: 10, retention: 0.9, theme: 'system' });
		const saved = await saveSettings(db, { sessionLength: 500, retention: 2, theme: 'light' });
		expect(saved).toEqual({ sessionLength: 200, retention: 0.99, theme: 'light' });
		expect(await getSettings(db)).toEqual(saved);
		db.close();
	});
});
