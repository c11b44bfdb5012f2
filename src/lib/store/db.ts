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

type Repair = typeof import('./repair').repairStores;

/** Before version 4, records were not bounded: such a store may need the repair step. */
const REPAIRED_FROM = 4;

/** The repair code, loaded only when the database on disk is old (or its version unknown). */
async function repairFor(name: string): Promise<Repair | undefined> {
	const known = await indexedDB.databases?.().catch(() => undefined);
	const version = known?.find((d) => d.name === name)?.version;
	if (known && (version === undefined || version >= REPAIRED_FROM)) return undefined;
	return loadRepair();
}

async function loadRepair(): Promise<Repair> {
	return (await import('./repair')).repairStores;
}

/** Opens (creating or upgrading) the database. The only place that calls `openDB`. */
export async function openFactdeckDb(options: OpenOptions = {}): Promise<FactdeckDb> {
	if (typeof indexedDB === 'undefined') throw new StorageUnavailableError('no IndexedDB');
	const name = options.name ?? DB_NAME;
	const repair = await repairFor(name);
	try {
		return await openOnce(name, options, repair);
	} catch (error) {
		// An old database appeared after the check (another tab of an old version): again,
		// with the repair code this time.
		if (error instanceof RepairMissing) return openOnce(name, options, await loadRepair());
		throw error;
	}
}

class RepairMissing extends Error {}

async function openOnce(
	name: string,
	options: OpenOptions,
	repair: Repair | undefined
): Promise<FactdeckDb> {
	let db: FactdeckDb;
	let repairMissing = false;
	try {
		db = await openDB(name, DB_VERSION, {
			upgrade(database, oldVersion, newVersion, tx) {
				migrate(database, oldVersion, newVersion ?? DB_VERSION, tx, {
					repair,
					onRepairMissing: () => (repairMissing = true)
				});
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
		if (repairMissing) throw new RepairMissing();
		const kind = (error as { name?: string } | null)?.name;
		if (kind === 'VersionError') throw new ReloadRequiredError();
		throw new StorageUnavailableError(error instanceof Error ? error.message : String(error));
	}
	options.onOpened?.();
	return db;
}
