import {
	BACKUP_FORMAT,
	BACKUP_VERSION,
	countsOf,
	type BackupData,
	type BackupFile,
	type ImportMode
} from './format';
import { parseBackup } from './validate';
import { reviewWithIndexFields, withIndexFields } from '../card-fields';
import type { CardRecord, ReviewRecord } from '../records';
import type { FactdeckDb } from '../schema';
import { normaliseSettings } from '../settings';
import { commit, DATA_STORES, readDataStores } from '../tx';

/** An import writes the data stores and `session`, which a replace clears (its questions may be gone). */
const WRITE_STORES = [...DATA_STORES, 'session'] as const;

export interface ImportSummary {
	articles: number;
	questions: number;
	cards: number;
	reviews: number;
}

/** Reads everything in one transaction, so the file is one consistent moment of the store. */
export async function exportBackup(db: FactdeckDb, now: number): Promise<BackupFile> {
	const tx = db.transaction(DATA_STORES, 'readonly');
	const data = await commit(tx, async () => {
		const [articles, questions, facts, cards, reviews, settings] = await readDataStores(tx);
		const out: BackupData = {
			articles,
			questions,
			facts,
			cards,
			reviews,
			settings: settings ?? null
		};
		return out;
	});
	return {
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		exportedAt: now,
		counts: countsOf(data),
		data
	};
}

/**
 * Writes a validated backup (see `parseBackup`) in one transaction over every store: if any
 * write fails, a full disk included, the transaction aborts and the store is as it was.
 * The merge reads the store inside the same transaction, so no other tab writes in between.
 */
export async function importBackup(
	db: FactdeckDb,
	backup: BackupFile,
	mode: ImportMode
): Promise<ImportSummary> {
	const tx = db.transaction([...WRITE_STORES], 'readwrite');
	return commit(tx, async () => {
		let data = backup.data;
		if (mode === 'replace') {
			await Promise.all(WRITE_STORES.map((name) => tx.objectStore(name).clear()));
		} else {
			const [articleIds, cards, reviews, settings] = await Promise.all([
				tx.objectStore('articles').getAllKeys(),
				tx.objectStore('cards').getAll(),
				tx.objectStore('reviews').getAll(),
				tx.objectStore('settings').get('settings')
			]);
			data = mergeable(data, {
				articleIds: new Set(articleIds),
				cards: new Map(cards.map((c) => [c.questionId, c])),
				reviews: new Set(reviews.map(reviewKey)),
				hasSettings: settings !== undefined
			});
		}
		const writes: Promise<unknown>[] = [];
		// A put can throw synchronously (DataCloneError): the requests already made then fail
		// with the abort, and must not surface as unhandled rejections.
		const write = (request: Promise<unknown>) => {
			request.catch(() => {});
			writes.push(request);
		};
		for (const a of data.articles) write(tx.objectStore('articles').put(a));
		for (const q of data.questions) write(tx.objectStore('questions').put(q));
		for (const f of data.facts) write(tx.objectStore('facts').put(f));
		for (const c of data.cards) write(tx.objectStore('cards').put(withIndexFields(c)));
		// A replace keeps the review keys, so a round trip gives back the same store (the
		// schema bounds them far below the key generator's limit); a merge lets them be
		// allocated anew after the ones already there.
		for (const r of data.reviews)
			write(
				tx.objectStore('reviews').put(reviewWithIndexFields(mode === 'replace' ? r : withoutId(r)))
			);
		if (data.settings)
			write(tx.objectStore('settings').put(normaliseSettings(data.settings), 'settings'));
		await Promise.all(writes);
		return {
			articles: data.articles.length,
			questions: data.questions.length,
			cards: data.cards.length,
			reviews: data.reviews.length
		};
	});
}

/**
 * Validates a backup file's bytes in full and only then writes it. Throws a BackupFileError
 * (nothing written) or a storage error (transaction aborted, nothing written).
 */
export async function restoreBackup(
	db: FactdeckDb,
	file: Uint8Array | string,
	mode: ImportMode
): Promise<ImportSummary> {
	return importBackup(db, await parseBackup(file), mode);
}

interface Existing {
	articleIds: Set<string>;
	cards: Map<string, CardRecord>;
	reviews: Set<string>;
	hasSettings: boolean;
}

/**
 * The part of a backup a merge writes: articles the store lacks (with their decks), cards
 * the store lacks or that were reviewed later in the file, reviews not yet logged, and the
 * settings only where the learner has none. Pure.
 */
export function mergeable(data: BackupData, existing: Existing): BackupData {
	const isNew = (r: { articleId: string }) => !existing.articleIds.has(r.articleId);
	return {
		articles: data.articles.filter((a) => !existing.articleIds.has(a.id)),
		questions: data.questions.filter(isNew),
		facts: data.facts.filter(isNew),
		cards: data.cards.filter((c) => {
			const mine = existing.cards.get(c.questionId);
			return !mine || (c.fsrs.lastReview ?? -Infinity) > (mine.fsrs.lastReview ?? -Infinity);
		}),
		reviews: data.reviews.filter((r) => !existing.reviews.has(reviewKey(r))),
		settings: existing.hasSettings ? null : data.settings
	};
}

/** A review is the same one when the same question was answered at the same moment. */
function reviewKey(r: ReviewRecord): string {
	return `${r.questionId}\u0000${r.at}`;
}

function withoutId(r: ReviewRecord): ReviewRecord {
	const copy = { ...r };
	delete copy.id;
	return copy;
}
