import { clearMissed, listMissed, type MissedEntry } from '$lib/store';
import { getDb, messageOf } from './db';

export type { MissedEntry };

/** The missed-answers page: every question whose last answer was wrong, newest first. */
export class MissedState {
	#items = $state<MissedEntry[]>([]);
	#loading = $state(false);
	#error = $state<string | null>(null);

	get items(): MissedEntry[] {
		return this.#items;
	}

	get count(): number {
		return this.#items.length;
	}

	get loading(): boolean {
		return this.#loading;
	}

	get error(): string | null {
		return this.#error;
	}

	/** Loads the missed questions of one article, or of all articles (null). */
	async load(articleId: string | null = null): Promise<void> {
		this.#loading = true;
		try {
			this.#items = await listMissed(await getDb(), articleId);
			this.#error = null;
		} catch (error) {
			this.#error = messageOf(error);
		} finally {
			this.#loading = false;
		}
	}

	/** Takes one question off the list (its schedule is unchanged). */
	async clear(questionId: string): Promise<void> {
		await clearMissed(await getDb(), questionId);
		this.#items = this.#items.filter((m) => m.questionId !== questionId);
	}
}
