import {
	daySpans,
	dueCutoff,
	kindAccuracy,
	retention,
	streakOf,
	type DayCount,
	type KindAccuracy,
	type Retention
} from '$lib/core/schedule';
import { FACT_KINDS } from '$lib/core/types';
import { listArticleSummaries, type ArticleCounts } from './library';
import type { FactdeckDb } from './schema';

export type { DayCount, KindAccuracy, Retention } from '$lib/core/schedule';

export interface ArticleStats {
	articleId: string;
	title: string;
	counts: ArticleCounts;
}

export interface Stats {
	/** The last 30 days, oldest first, today last. */
	answersPerDay: DayCount[];
	/** The next 14 days, today first (overdue questions count for today). */
	duePerDay: DayCount[];
	accuracyByKind: KindAccuracy[];
	/** Share of answers to questions seen before that were right. */
	retention: Retention;
	/** Consecutive days with at least one answer, ending today or yesterday. */
	streak: number;
	totalAnswers: number;
	articles: ArticleStats[];
}

const AGAIN = 1;
const GOOD = 3;

/**
 * Everything the stats page shows. Only counts over indexes, never a read of the whole
 * review log: its cost stays flat however long the learner has been using the app.
 */
export async function loadStats(
	db: FactdeckDb,
	now: number,
	offsetMinutes: number
): Promise<Stats> {
	const tx = db.transaction(['reviews', 'cards']);
	const reviews = tx.objectStore('reviews');
	const byTime = reviews.index('by-time');
	const byKind = reviews.index('by-kind-rating');
	const bySeen = reviews.index('by-seen-rating');
	const byDue = tx.objectStore('cards').index('by-due');
	const countDays = (from: number, n: number) =>
		Promise.all(
			daySpans(now, offsetMinutes, from, n).map(async (s) => ({
				day: s.day,
				count: await byTime.count(IDBKeyRange.bound(s.start, s.end, false, true))
			}))
		);
	const dueSpans = daySpans(now, offsetMinutes, 0, 14);
	const [answersPerDay, duePerDay, kinds, seenWrong, seenRight, totalAnswers] = await Promise.all([
		countDays(-29, 30),
		Promise.all(
			dueSpans.map(async (s, i) => ({
				day: s.day,
				// Today's bar includes everything overdue.
				count: await byDue.count(
					i === 0
						? IDBKeyRange.upperBound(s.end, true)
						: IDBKeyRange.bound(s.start, s.end, false, true)
				)
			}))
		),
		Promise.all(
			FACT_KINDS.map(async (kind) => {
				const [wrong, right] = await Promise.all([
					byKind.count([kind, AGAIN]),
					byKind.count([kind, GOOD])
				]);
				return kindAccuracy(kind, wrong + right, right);
			})
		),
		bySeen.count([1, AGAIN]),
		bySeen.count([1, GOOD]),
		reviews.count()
	]);
	const counts = answersPerDay.map((d) => d.count).reverse();
	let streak = streakOf(counts);
	// A streak longer than the chart: look further back, a month at a time.
	while (streak.open) {
		const older = await countDays(-counts.length - 29, 30);
		counts.push(...older.map((d) => d.count).reverse());
		streak = streakOf(counts);
	}
	const articles = (await listArticleSummaries(db, dueCutoff(now, offsetMinutes))).map((a) => ({
		articleId: a.id,
		title: a.title,
		counts: a.counts
	}));
	return {
		answersPerDay,
		duePerDay,
		accuracyByKind: kinds,
		retention: retention(seenWrong + seenRight, seenRight),
		streak: streak.days,
		totalAnswers,
		articles
	};
}
