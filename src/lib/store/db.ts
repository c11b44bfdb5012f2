import { openDB } from 'idb';
import { ReloadRequiredError, StorageUnavailableError } from './errors';
import { migrate } from './migrations';
import { DB_NAME, DB_VERSION, type FactdeckDb } from './schema';

export interface OpenOptions {
	/** Another database name (tests, benchmarks). */
	name?: string;
	/** A newer version of the app wants to upgrade: this connection was closed. */
	onVersionChange?: () => void;
	/** This connection waits for older tabs to close before it can upgrade. */
	onBlocked?: () => void;
	/** The connection is open (after a wait, if it was blocked). */
	onOpened?: () => void;
}

/** Opens (creating or upgrading) the database. The only place that calls `openDB`. */
export async function openFactdeckDb(options: OpenOptions = {}): Promise<FactdeckDb> {
	if (typeof indexedDB === 'undefined') throw new StorageUnavailableError('no IndexedDB');
	let db: FactdeckDb;
	try {
		db = await openDB(options.name ?? DB_NAME, DB_VERSION, {
			upgrade(database, oldVersion, newVersion, tx) {
				migrate(database, oldVersion, newVersion ?? DB_VERSION, tx);
			},
			blocked() {
				options.onBlocked?.();
			},
			blocking(_current, _blocked, event) {
				// Closing lets the other tab upgrade; this tab must reload to use the new shape.
				(event.target as IDBDatabase).close();
				options.onVersionChange?.();
			},
			terminated() {
				options.onVersionChange?.();
			}
		});
	} catch (error) {
		const name = (error as { name?: string } | null)?.name;
		if (name === 'VersionError') throw new ReloadRequiredError();
		throw new StorageUnavailableError(error instanceof Error ? error.message : String(error));
	}
	options.onOpened?.();
	return db;
}
