import { listSuspended, restoreQuestion, suspendQuestion, type SuspendedEntry } from '$lib/store';
import { getDb, messageOf } from './db';

export type { SuspendedEntry };

/** Flags a bad question outside a quiz (e.g. from the article page): it leaves every session. */
export async function flagQuestion(
	questionId: string,
	reason: string,
	now = Date.now()
): Promise<void> {
	await suspendQuestion(await getDb(), questionId, reason, now);
}

/** The list of questions flagged as bad, to restore them. */
export class FlaggedState {
	#items = $state<SuspendedEntry[]>([]);
	#loading = $state(false);
	#error = $state<string | null>(null);

	get items(): SuspendedEntry[] {
		return this.#items;
	}

	get loading(): boolean {
		return this.#loading;
	}

	get error(): string | null {
		return this.#error;
	}

	async load(): Promise<void> {
		this.#loading = true;
		try {
			this.#items = await listSuspended(await getDb());
			this.#error = null;
		} catch (error) {
			this.#error = messageOf(error);
		} finally {
			this.#loading = false;
		}
	}

	/** Puts the question back into sessions, with the progress it had. */
	async restore(questionId: string): Promise<void> {
		await restoreQuestion(await getDb(), questionId);
		this.#items = this.#items.filter((s) => s.questionId !== questionId);
	}
}
