import { parseSession, type SessionState } from '$lib/core/session';
import type { FactdeckDb } from './schema';
import { commit } from './tx';

/** The running session, if one is stored and still has the current shape. */
export async function loadSession(db: FactdeckDb): Promise<SessionState | null> {
	return parseSession((await db.get('session', 'current'))?.session);
}

export async function saveSession(db: FactdeckDb, session: SessionState): Promise<void> {
	const tx = db.transaction('session', 'readwrite');
	await commit(tx, () => tx.store.put({ key: 'current', session }));
}

export async function clearSession(db: FactdeckDb): Promise<void> {
	const tx = db.transaction('session', 'readwrite');
	await commit(tx, () => tx.store.delete('current'));
}
