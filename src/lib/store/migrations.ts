import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { reviewWithIndexFields, withIndexFields } from './card-fields';
import type { ArticleRecord, CardRecord } from './records';
import type { repairStores } from './repair';
import type { FactdeckSchema } from './schema';

type UpgradeDb = IDBPDatabase<FactdeckSchema>;
type UpgradeTx = IDBPTransaction<FactdeckSchema, StoreNames<FactdeckSchema>[], 'versionchange'>;

/**
 * What a step may need besides the database. The repair code (and the schema library with
 * it) is loaded only when a database older than version 4 is opened, so the first page of
 * every other visit does not carry it.
 */
export interface MigrationContext {
	/** Settles when the data work of the earlier steps is done. */
	before: Promise<unknown>;
	/** The version on disk before this upgrade (0: a new database). */
	oldVersion: number;
	repair?: typeof repairStores;
	/** Called when a step needs `repair` and it was not loaded: the upgrade is aborted. */
	onRepairMissing?: () => void;
}

/**
 * One step per version, walked in order from the version on disk. A step never changes
 * once released: a later change is a new step.
 */
const STEPS: Record<number, (db: UpgradeDb, tx: UpgradeTx, ctx: MigrationContext) => unknown> = {
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
		return Promise.all([backfillCards(tx), moveTexts(tx)]);
	},
	// Version 3: indexes that let the stats count reviews instead of reading them all.
	3: (_db, tx) => {
		const reviews = tx.objectStore('reviews');
		reviews.createIndex('by-kind-rating', ['kind', 'rating']);
		reviews.createIndex('by-seen-rating', ['seen', 'rating']);
		return backfillReviews(tx);
	},
	// Version 4: records are bounded by what they mean; a store that an edited backup filled
	// with impossible values or spent review keys is repaired. A failed repair aborts the
	// upgrade, so the store is never left half-repaired. A new database has nothing to repair.
	4: (db, tx, { before, oldVersion, repair, onRepairMissing }) => {
		if (oldVersion === 0) return;
		if (!repair) {
			onRepairMissing?.();
			abort(tx);
			return;
		}
		return before.then(() => repair(db, tx, Date.now())).catch(() => abort(tx));
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

function abort(tx: UpgradeTx): void {
	// The open request reports the abort; the transaction's own promise need not.
	tx.done.catch(() => {});
	try {
		tx.abort();
	} catch {
		// Already finished.
	}
}

/** Walks the steps from `oldVersion` + 1 to `newVersion` inside the versionchange transaction. */
export function migrate(
	db: UpgradeDb,
	oldVersion: number,
	newVersion: number,
	tx: UpgradeTx,
	options: Pick<MigrationContext, 'repair' | 'onRepairMissing'> = {}
): void {
	let before: Promise<unknown> = Promise.resolve();
	for (let v = oldVersion + 1; v <= newVersion; v++) {
		const step = STEPS[v];
		if (!step) throw new Error(`No migration to database version ${v}.`);
		const work = Promise.resolve(step(db, tx, { ...options, before, oldVersion })).catch(() => {});
		before = Promise.all([before, work]);
	}
}
