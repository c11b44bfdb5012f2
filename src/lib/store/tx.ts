import type { IDBPTransaction, StoreNames } from 'idb';
import type { FactdeckSchema } from './schema';
import { mapStorageError } from './errors';

/**
 * Runs a transaction body and awaits its completion, so a caller only goes on once the data
 * is stored. Any failure aborts the whole transaction (nothing half-written) and surfaces as
 * one of the store's typed errors.
 */
export async function commit<T>(
	tx: { done: Promise<void>; abort(): void },
	body: () => Promise<T>
): Promise<T> {
	try {
		const [result] = await Promise.all([
			body().catch((error: unknown) => {
				try {
					tx.abort();
				} catch {
					// Already finished or aborted: the done promise carries the error.
				}
				throw error;
			}),
			tx.done
		]);
		return result;
	} catch (error) {
		throw mapStorageError(error);
	}
}

/**
 * Collects the requests of a transaction body. Each one is marked handled as it is issued:
 * if a later request throws and the transaction aborts, the earlier ones reject with
 * AbortError, and that must not surface as an unhandled rejection.
 */
export class Requests {
	#pending: Promise<unknown>[] = [];

	add(request: Promise<unknown>): void {
		request.catch(() => {});
		this.#pending.push(request);
	}

	async done(): Promise<void> {
		await Promise.all(this.#pending);
	}
}

/** The stores that hold the learner's data: what a backup carries and a repair checks. */
export const DATA_STORES: StoreNames<FactdeckSchema>[] = [
	'articles',
	'questions',
	'facts',
	'cards',
	'reviews',
	'settings'
];

/** Every record of every data store, read in `tx` (which must span them all). */
export function readDataStores<Mode extends IDBTransactionMode>(
	tx: IDBPTransaction<FactdeckSchema, StoreNames<FactdeckSchema>[], Mode>
) {
	return Promise.all([
		tx.objectStore('articles').getAll(),
		tx.objectStore('questions').getAll(),
		tx.objectStore('facts').getAll(),
		tx.objectStore('cards').getAll(),
		tx.objectStore('reviews').getAll(),
		tx.objectStore('settings').get('settings')
	]);
}
