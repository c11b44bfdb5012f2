import type { FactdeckDb } from './schema';
import { commit } from './tx';

const BUNDLED = 'bundled-seen';

/** Ids of the bundled articles ever stored, so one the learner deleted stays deleted. */
export async function bundledSeen(db: FactdeckDb): Promise<string[]> {
	const value = (await db.get('meta', BUNDLED))?.value;
	return Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
}

export async function markBundledSeen(db: FactdeckDb, articleId: string): Promise<void> {
	const tx = db.transaction('meta', 'readwrite');
	await commit(tx, async () => {
		const value = (await tx.store.get(BUNDLED))?.value;
		const ids = new Set(Array.isArray(value) ? (value as string[]) : []);
		ids.add(articleId);
		await tx.store.put({ key: BUNDLED, value: [...ids] });
	});
}
