import { deleteArticle, renameArticle } from '$lib/store';
import { getDb } from '$lib/state/db';

/** Gives an article the learner's own name; an empty name goes back to its title. */
export async function renameStoredArticle(id: string, name: string): Promise<void> {
	await renameArticle(await getDb(), id, name);
}

/** Deletes an article with its questions, progress and answer history. */
export async function deleteStoredArticle(id: string): Promise<void> {
	await deleteArticle(await getDb(), id);
}
