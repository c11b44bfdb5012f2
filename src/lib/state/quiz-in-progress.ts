import { isFinished } from '$lib/core/session';
import { loadSession } from '$lib/store';
import { getDb } from './db';

/** Whether a quiz session is stored and not finished: an update must not cut into it. */
export async function quizInProgress(): Promise<boolean> {
	try {
		const session = await loadSession(await getDb());
		return session !== null && session !== undefined && !isFinished(session);
	} catch {
		// Unsure: treat it as running, the offer stays available either way.
		return true;
	}
}
