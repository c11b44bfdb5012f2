import { listSuspended, restoreQuestion, type SuspendedEntry } from '$lib/store';
import { getDb } from './db';
import { Loadable } from './loadable.svelte';

export type { SuspendedEntry };

/** The list of questions flagged as bad, to restore them. */
export class FlaggedState extends Loadable<SuspendedEntry[]> {
	constructor() {
		super([]);
	}

	get items(): SuspendedEntry[] {
		return this.value;
	}

	async load(): Promise<void> {
		return this.run(async () => listSuspended(await getDb()));
	}

	/** Puts the question back into sessions, with the progress it had. */
	async restore(questionId: string): Promise<void> {
		await restoreQuestion(await getDb(), questionId);
		this.value = this.value.filter((s) => s.questionId !== questionId);
	}
}
