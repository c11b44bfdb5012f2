import { clearMissed, listMissed, type MissedEntry } from '$lib/store';
import { getDb } from './db';
import { Loadable } from './loadable.svelte';

export type { MissedEntry };

/** The missed-answers page: every question whose last answer was wrong, newest first. */
export class MissedState extends Loadable<MissedEntry[]> {
	constructor() {
		super([]);
	}

	get items(): MissedEntry[] {
		return this.value;
	}

	get count(): number {
		return this.value.length;
	}

	/** Loads the missed questions of one article, or of all articles (null). */
	load(articleId: string | null = null): Promise<void> {
		return this.run(async () => listMissed(await getDb(), articleId));
	}

	/** Takes one question off the list (its schedule is unchanged). */
	async clear(questionId: string): Promise<void> {
		await clearMissed(await getDb(), questionId);
		this.value = this.value.filter((m) => m.questionId !== questionId);
	}
}
