import type { ArticleRecord, ArticleSource } from './records';
import type { FactdeckDb } from './schema';

export interface ArticleCounts {
	/** Questions in the current deck. */
	total: number;
	/** Never answered (and not flagged). */
	new: number;
	/** Answered, not yet mastered. */
	learning: number;
	/** FSRS state Review with stability ≥ 21 days. */
	mastered: number;
	/** Due today (answered before, due before the end of the learner's day). */
	due: number;
	/** Flagged as bad. */
	suspended: number;
}

export interface ArticleSummary {
	id: string;
	/** The custom name if the learner gave one, else the title. */
	title: string;
	originalTitle: string;
	customName?: string;
	words: number;
	source: ArticleSource;
	createdAt: number;
	generator: number;
	counts: ArticleCounts;
}

/**
 * Every article with its counts, newest first, read in one transaction. Cards due before
 * `dueBy` (core `dueCutoff`) are due.
 */
export async function listArticleSummaries(
	db: FactdeckDb,
	dueBy: number
): Promise<ArticleSummary[]> {
	const tx = db.transaction(['articles', 'cards']);
	const cards = tx.objectStore('cards');
	const [articles, suspended] = await Promise.all([
		tx.objectStore('articles').getAll(),
		cards.index('by-suspended').getAll()
	]);
	const suspendedBy = new Map<string, number>();
	for (const c of suspended)
		if (!c.retired) suspendedBy.set(c.articleId, (suspendedBy.get(c.articleId) ?? 0) + 1);
	const level = cards.index('by-article-level');
	const due = cards.index('by-article-due');
	const summaries = await Promise.all(
		articles.map(async (a) => {
			const [learning, mastered, dueNow] = await Promise.all([
				level.count([a.id, 'learning']),
				level.count([a.id, 'mastered']),
				due.count(IDBKeyRange.bound([a.id, -Infinity], [a.id, dueBy], false, true))
			]);
			const flagged = suspendedBy.get(a.id) ?? 0;
			return summarise(a, {
				total: a.questionCount,
				new: Math.max(0, a.questionCount - learning - mastered - flagged),
				learning,
				mastered,
				due: dueNow,
				suspended: flagged
			});
		})
	);
	return summaries.sort((x, y) => y.createdAt - x.createdAt || (x.id < y.id ? -1 : 1));
}

function summarise(a: ArticleRecord, counts: ArticleCounts): ArticleSummary {
	const s: ArticleSummary = {
		id: a.id,
		title: a.customName ?? a.title,
		originalTitle: a.title,
		words: a.words,
		source: a.source,
		createdAt: a.createdAt,
		generator: a.generator,
		counts
	};
	if (a.customName) s.customName = a.customName;
	return s;
}
