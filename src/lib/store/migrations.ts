import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { reviewWithIndexFields, withIndexFields } from './card-fields';
import type { ArticleRecord, CardRecord } from './records';
import type { FactdeckDB } from './schema';

type UpgradeDb = IDBPDatabase<FactdeckDB>;
type UpgradeTx = IDBPTransaction<FactdeckDB, StoreNames<FactdeckDB>[], 'versionchange'>;

/**
 * One step per version, walked in order from the version on disk. A step never changes
 * once released: a later change is a new step.
 */
const STEPS: Record<number, (db: UpgradeDb, tx: UpgradeTx) => void> = {
	1: (db) => {
		const articles = db.createObjectStore('articles', { keyPath: 'id' });
		articles.createIndex('by-created', 'createdAt');
		const questions = db.createObjectStore('questions', { keyPath: 'id' });
		questions.createIndex('by-article', ['articleId', 'order']);
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
	},
	// Version 2: indexes for per-article counts, flagged and missed lists; fills in the
	// derived fields they read on the cards stored by version 1; moves the article text from
	// the article record (read for every library listing) to the facts record.
	2: (_db, tx) => {
		const cards = tx.objectStore('cards');
		cards.createIndex('by-article-due', ['articleId', 'dueAt']);
		cards.createIndex('by-article-level', ['articleId', 'level']);
		cards.createIndex('by-suspended', 'suspendedAt');
		cards.createIndex('by-missed', 'missedAt');
		tx.objectStore('reviews').createIndex('by-article', 'articleId');
		void backfillCards(tx);
		void moveTexts(tx);
	},
	// Version 3: indexes that let the stats count reviews instead of reading them all.
	3: (_db, tx) => {
		const reviews = tx.objectStore('reviews');
		reviews.createIndex('by-kind-rating', ['kind', 'rating']);
		reviews.createIndex('by-seen-rating', ['seen', 'rating']);
		void backfillReviews(tx);
	}
};

async function backfillReviews(tx: UpgradeTx): Promise<void> {
	let cursor = await tx.objectStore('reviews').openCursor();
	while (cursor) {
		if (cursor.value.seenBefore) await cursor.update(reviewWithIndexFields(cursor.value));
		cursor = await cursor.continue();
	}
}

async function backfillCards(tx: UpgradeTx): Promise<void> {
	let cursor = await tx.objectStore('cards').openCursor();
	while (cursor) {
		const card = cursor.value as CardRecord;
		const missed =
			card.lastCorrect === false && card.missedAt === undefined
				? { missedAt: card.fsrs.lastReview ?? card.fsrs.due }
				: {};
		await cursor.update(withIndexFields({ ...card, ...missed }));
		cursor = await cursor.continue();
	}
}

async function moveTexts(tx: UpgradeTx): Promise<void> {
	const facts = tx.objectStore('facts');
	let cursor = await tx.objectStore('articles').openCursor();
	while (cursor) {
		const { text, ...article } = cursor.value as ArticleRecord & { text?: string };
		if (typeof text === 'string') {
			const body = await facts.get(article.id);
			await facts.put({ articleId: article.id, facts: body?.facts ?? [], text });
			await cursor.update(article);
		}
		cursor = await cursor.continue();
	}
}

/** Walks the steps from `oldVersion` + 1 to `newVersion` inside the versionchange transaction. */
export function migrate(
	db: UpgradeDb,
	oldVersion: number,
	newVersion: number,
	tx: UpgradeTx
): void {
	for (let v = oldVersion + 1; v <= newVersion; v++) {
		const step = STEPS[v];
		if (!step) throw new Error(`No migration to database version ${v}.`);
		step(db, tx);
	}
}
