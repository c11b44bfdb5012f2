import type { FactKind } from '../types';

const DAY = 86_400_000;

export interface DayCount {
	/** Local calendar day, YYYY-MM-DD. */
	day: string;
	count: number;
}

export interface KindAccuracy {
	kind: FactKind;
	answered: number;
	correct: number;
	/** correct / answered, or null with no answers. */
	accuracy: number | null;
}

export interface Retention {
	/** Answers to questions seen before. */
	reviews: number;
	correct: number;
	/** correct / reviews, or null with none. */
	rate: number | null;
}

/** A local calendar day and the instants it spans, [start, end). */
export interface DaySpan {
	day: string;
	start: number;
	end: number;
}

/**
 * Local day number of an instant. `offsetMinutes` is `Date#getTimezoneOffset()` (UTC minus
 * local), passed in so the functions here stay pure.
 */
export function localDay(at: number, offsetMinutes: number): number {
	return Math.floor((at - offsetMinutes * 60_000) / DAY);
}

export function dayLabel(day: number): string {
	return new Date(day * DAY).toISOString().slice(0, 10);
}

/** `count` local days starting `from` days after the day of `now` (negative: before). */
export function daySpans(
	now: number,
	offsetMinutes: number,
	from: number,
	count: number
): DaySpan[] {
	const first = localDay(now, offsetMinutes) + from;
	return Array.from({ length: count }, (_, i) => {
		const start = (first + i) * DAY + offsetMinutes * 60_000;
		return { day: dayLabel(first + i), start, end: start + DAY };
	});
}

/**
 * The streak in answer counts per day, today first and going back: consecutive days with an
 * answer, ending today or yesterday. `open` says the streak may go on before the oldest day.
 */
export function streakOf(countsTodayFirst: readonly number[]): { days: number; open: boolean } {
	const start = countsTodayFirst[0] > 0 ? 0 : 1;
	let days = 0;
	while (start + days < countsTodayFirst.length && countsTodayFirst[start + days] > 0) days++;
	return { days, open: days > 0 && start + days === countsTodayFirst.length };
}

export function kindAccuracy(kind: FactKind, answered: number, correct: number): KindAccuracy {
	return { kind, answered, correct, accuracy: answered ? correct / answered : null };
}

export function retention(reviews: number, correct: number): Retention {
	return { reviews, correct, rate: reviews ? correct / reviews : null };
}

/**
 * Cards due before this instant are due: the end of the learner's local day. Cards in
 * learning steps (due in minutes) count as due, as the day's stats count them.
 */
export function dueCutoff(now: number, offsetMinutes: number): number {
	return daySpans(now, offsetMinutes, 0, 1)[0].end;
}
