const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** A wait as a learner reads it: "10 min", "3 hours", "4 days", "2 months". */
export function formatWait(ms: number): string {
	if (ms < HOUR) return `${Math.max(1, Math.round(ms / MIN))} min`;
	if (ms < DAY) return plural(Math.round(ms / HOUR), 'hour');
	const days = Math.round(ms / DAY);
	if (days < 60) return plural(days, 'day');
	if (days < 730) return plural(Math.round(days / 30), 'month');
	return plural(Math.round(days / 365), 'year');
}
