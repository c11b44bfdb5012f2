import { listArticleSummaries, type ArticleCounts, type ArticleSummary } from '$lib/store';
import { dueCutoff } from '$lib/core/schedule';
import { getDb } from './db';
import { Loadable } from './loadable.svelte';
import { timezoneOffset } from './local-time';

export type { ArticleCounts, ArticleSummary };

const ZERO: ArticleCounts = { total: 0, new: 0, learning: 0, mastered: 0, due: 0, suspended: 0 };

/** The library page: every article with its progress counts, newest first. */
export class LibraryState extends Loadable<ArticleSummary[]> {
	constructor() {
		super([]);
	}

	get articles(): ArticleSummary[] {
		return this.value;
	}

	/** Counts summed over all articles. */
	readonly totals: ArticleCounts = $derived.by(() => {
		const t = { ...ZERO };
		for (const a of this.value)
			for (const k of Object.keys(t) as (keyof ArticleCounts)[]) t[k] += a.counts[k];
		return t;
	});

	load(now = Date.now()): Promise<void> {
		return this.run(async () =>
			listArticleSummaries(await getDb(), dueCutoff(now, timezoneOffset(now)))
		);
	}
}
