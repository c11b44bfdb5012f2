import type { Page } from '@playwright/test';

/**
 * What end-to-end tests read and write straight in the page's IndexedDB, with raw
 * IndexedDB calls at whatever version the app left the database: what is stored, not what
 * the app shows. The one place e2e tests open the app's database by hand.
 */

/** The app's database (src/lib/store/db.ts). */
const DB = 'factdeck';

/** One object store: its keys and its records, in key order. */
export interface StoreContents {
	keys: IDBValidKey[];
	values: unknown[];
}

/**
 * Reads stores in one transaction: `stores`, or every store but those in `skip`. A store the
 * database lacks is left out; with no database yet, nothing is read and none is made.
 */
export function readStores(
	page: Page,
	{ stores, skip = [] }: { stores?: string[]; skip?: string[] } = {}
): Promise<Record<string, StoreContents>> {
	return page.evaluate(
		([name, wanted, skipped]) =>
			new Promise<Record<string, StoreContents>>((resolve, reject) => {
				const open = indexedDB.open(name);
				// Made here, an empty version 1 would be what the app then upgrades.
				open.onupgradeneeded = () => open.transaction?.abort();
				open.onerror = () => (open.error?.name === 'AbortError' ? resolve({}) : reject(open.error));
				open.onsuccess = () => {
					const db = open.result;
					const names = (wanted ?? [...db.objectStoreNames]).filter(
						(n) => db.objectStoreNames.contains(n) && !skipped.includes(n)
					);
					const out: Record<string, StoreContents> = {};
					if (names.length === 0) {
						db.close();
						return resolve(out);
					}
					const tx = db.transaction(names);
					for (const n of names) {
						const store = tx.objectStore(n);
						const keys = store.getAllKeys();
						const values = store.getAll();
						values.onsuccess = () => (out[n] = { keys: keys.result, values: values.result });
					}
					tx.oncomplete = () => {
						db.close();
						resolve(out);
					};
					tx.onerror = () => reject(tx.error);
				};
			}),
		[DB, stores ?? null, skip] as const
	);
}

/** Every record of one store; a store that is not there is an error, not an empty list. */
export async function readStore(page: Page, store: string): Promise<unknown[]> {
	const read = (await readStores(page, { stores: [store] }))[store];
	if (!read) throw new Error(`The database has no store "${store}"`);
	return read.values;
}

/**
 * Stores as text, to compare before and after: keys and records, every number spelled out
 * (JSON would print Infinity and NaN as null).
 */
export async function dumpStores(
	page: Page,
	which: { stores?: string[]; skip?: string[] } = {}
): Promise<string> {
	return JSON.stringify(await readStores(page, which), (_k, v) =>
		typeof v === 'number' ? `#${v}` : v
	);
}

export interface StoredReview {
	id: number;
	questionId: string;
	correct: boolean;
	at: number;
}

/** The review log: what is there after a crash, not what the app shows. */
export async function readReviews(page: Page): Promise<StoredReview[]> {
	return ((await readStore(page, 'reviews')) as StoredReview[]).map(
		({ id, questionId, correct, at }) => ({ id, questionId, correct, at })
	);
}

/** Ids of the stored articles, sorted; none before the app has made its database. */
export async function storedArticleIds(page: Page): Promise<string[]> {
	const { articles } = await readStores(page, { stores: ['articles'] });
	return ((articles?.keys ?? []) as string[]).sort();
}

/** Number of stored answers (the review log); none before the app has made its database. */
export async function storedReviewCount(page: Page): Promise<number> {
	const { reviews } = await readStores(page, { stores: ['reviews'] });
	return reviews?.keys.length ?? 0;
}

/** The database's version, or undefined if there is none. */
export function databaseVersion(page: Page): Promise<number | undefined> {
	return page.evaluate(
		async (name) => (await indexedDB.databases()).find((d) => d.name === name)?.version,
		DB
	);
}

/** Writes one record as it is, past the app's checks: a store an older app or a hand edit left. */
export function putRecord(page: Page, store: string, record: unknown): Promise<void> {
	return page.evaluate(
		([name, storeName, value]) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open(name);
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const tx = db.transaction(storeName, 'readwrite');
					tx.objectStore(storeName).put(value);
					tx.oncomplete = () => {
						db.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
			}),
		[DB, store, record] as const
	);
}

/** Deletes the database; the app lets go of its connection when another one deletes it. */
export function deleteDatabase(page: Page): Promise<void> {
	return page.evaluate(
		(name) =>
			new Promise<void>((resolve, reject) => {
				const del = indexedDB.deleteDatabase(name);
				del.onsuccess = () => resolve();
				del.onerror = () => reject(del.error);
			}),
		DB
	);
}
