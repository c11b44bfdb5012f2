import { openFactdeckDb, ReloadRequiredError, type FactdeckDb } from '$lib/store';
import { connection } from './connection.svelte';

let pending: Promise<FactdeckDb> | null = null;

/**
 * The app's one database connection, opened on first use. State classes call this;
 * components never do.
 */
export function getDb(): Promise<FactdeckDb> {
	// The connection was closed for another tab's upgrade: every call must say "reload".
	if (connection.reloadNeeded) return Promise.reject(new ReloadRequiredError());
	pending ??= openFactdeckDb({
		onVersionChange: () => connection.markReloadNeeded(),
		onBlocked: () => connection.setBlocked(true),
		onOpened: () => connection.setBlocked(false)
	}).catch((error: unknown) => {
		pending = null;
		connection.setError(error instanceof Error ? error.message : String(error));
		throw error;
	});
	return pending;
}

/** Tests and benchmarks: use this connection instead of opening the default database. */
export function useDb(db: FactdeckDb | null): void {
	pending = db ? Promise.resolve(db) : null;
}
