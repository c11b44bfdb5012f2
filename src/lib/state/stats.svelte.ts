import { loadStats, type Stats } from '$lib/store';
import { getDb } from './db';
import { Loadable } from './loadable.svelte';
import { timezoneOffset } from './local-time';

export type { DayCount, KindAccuracy, Retention, Stats, ArticleStats } from '$lib/store';

/** The stats page. Days are the learner's local calendar days. */
export class StatsState extends Loadable<Stats | null> {
	constructor() {
		super(null);
	}

	get stats(): Stats | null {
		return this.value;
	}

	load(now = Date.now()): Promise<void> {
		return this.run(async () => loadStats(await getDb(), now, timezoneOffset(now)));
	}
}
