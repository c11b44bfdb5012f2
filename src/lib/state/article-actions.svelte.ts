import { deleteArticle, renameArticle } from '$lib/store';
import { getDb } from './db';
import { messageOf } from './errors';

/** Rename and delete for one article; `error` says why the last one failed. */
export class ArticleActions {
	#error = $state<string | null>(null);

	get error(): string | null {
		return this.#error;
	}

	/** Gives the article the learner's own name; an empty name goes back to its title. */
	rename(id: string, name: string): Promise<boolean> {
		return this.#try(async () => renameArticle(await getDb(), id, name));
	}

	/** Deletes the article with its questions, progress and answer history. */
	remove(id: string): Promise<boolean> {
		return this.#try(async () => deleteArticle(await getDb(), id));
	}

	async #try(action: () => Promise<void>): Promise<boolean> {
		try {
			await action();
			this.#error = null;
			return true;
		} catch (error) {
			this.#error = messageOf(error);
			return false;
		}
	}
}
