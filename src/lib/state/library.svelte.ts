import {
	deleteArticle,
	listArticleSummaries,
	renameArticle,
	type ArticleCounts,
	type ArticleSummary
} from '$lib/store';
import { dueCutoff } from '$lib/core/schedule';
import { getDb, messageOf, timezoneOffset } from './db';

export type { ArticleCounts, ArticleSummary };

const ZERO: ArticleCounts = { total: 0, new: 0, learning: 0, mastered: 0, due: 0, suspended: 0 };

/** The library page: every article with its progress counts, newest first. */
export class LibraryState {
	#articles = $state<ArticleSummary[]>([]);
	#loading = $state(false);
	#loaded = $state(false);
	#error = $state<string | null>(null);

	get articles(): ArticleSummary[] {
		return this.#articles;
	}

	get loading(): boolean {
		return this.#loading;
	}

	/** True once the first load finished (an empty list then means no articles). */
	get loaded(): boolean {
		return this.#loaded;
	}

	get error(): string | null {
		return this.#error;
	}

	/** Counts summed over all articles. */
	get totals(): ArticleCounts {
		const t = { ...ZERO };
		for (const a of this.#articles)
			for (const k of Object.keys(t) as (keyof ArticleCounts)[]) t[k] += a.counts[k];
		return t;
	}

	async load(now = Date.now()): Promise<void> {
		this.#loading = true;
		try {
			this.#articles = await listArticleSummaries(
				await getDb(),
				dueCutoff(now, timezoneOffset(now))
			);
			this.#error = null;
			this.#loaded = true;
		} catch (error) {
			this.#error = messageOf(error);
		} finally {
			this.#loading = false;
		}
	}

	/** Gives the article a name of the learner's; an empty name goes back to its title. */
	async rename(id: string, name: string): Promise<void> {
		await renameArticle(await getDb(), id, name);
		const trimmed = name.trim();
		this.#articles = this.#articles.map((a) =>
			a.id === id
				? { ...a, customName: trimmed || undefined, title: trimmed || a.originalTitle }
				: a
		);
	}

	/** Deletes the article with its questions, cards and reviews. */
	async remove(id: string): Promise<void> {
		await deleteArticle(await getDb(), id);
		this.#articles = this.#articles.filter((a) => a.id !== id);
	}
}
