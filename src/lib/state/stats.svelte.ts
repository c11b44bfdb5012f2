import { loadStats, type Stats } from '$lib/store';
import { getDb, messageOf, timezoneOffset } from './db';

export type { DayCount, KindAccuracy, Retention, Stats, ArticleStats } from '$lib/store';

/** The stats page. Days are the learner's local calendar days. */
export class StatsState {
	#stats = $state<Stats | null>(null);
	#loading = $state(false);
	#error = $state<string | null>(null);

	get stats(): Stats | null {
		return this.#stats;
	}

	get loading(): boolean {
		return this.#loading;
	}

	get error(): string | null {
		return this.#error;
	}

	async load(now = Date.now()): Promise<void> {
		this.#loading = true;
		try {
			this.#stats = await loadStats(await getDb(), now, timezoneOffset(now));
			this.#error = null;
		} catch (error) {
			this.#error = messageOf(error);
		} finally {
			this.#loading = false;
		}
	}
}
