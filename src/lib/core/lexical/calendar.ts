/** The English calendar words that dates are read and written with. */

export const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
] as const;

/** 0 is Sunday, as `Date.getDay` counts. */
export const WEEKDAYS = [
	'Sunday',
	'Monday',
	'Tuesday',
	'Wednesday',
	'Thursday',
	'Friday',
	'Saturday'
] as const;

/** Regular-expression alternatives: the full month names, and the short forms news text uses. */
export const MONTH_NAMES = MONTHS.join('|');
export const MONTH_SHORT = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';

const LOWER_MONTHS = MONTHS.map((m) => m.toLowerCase());

/** 1–12 for a month name or its short form ("Sept.", "jan"); 0 when it is none. */
export function monthNumber(word: string): number {
	const key = word.toLowerCase().replace('.', '').slice(0, 3);
	return LOWER_MONTHS.findIndex((m) => m.startsWith(key)) + 1;
}

/** A month name, written in full. */
export function isMonthName(word: string): boolean {
	return LOWER_MONTHS.includes(word.toLowerCase());
}

/** "first" … "twenty-first": the ordinals a century is written with. */
export const ORDINAL_WORDS = [
	'first',
	'second',
	'third',
	'fourth',
	'fifth',
	'sixth',
	'seventh',
	'eighth',
	'ninth',
	'tenth',
	'eleventh',
	'twelfth',
	'thirteenth',
	'fourteenth',
	'fifteenth',
	'sixteenth',
	'seventeenth',
	'eighteenth',
	'nineteenth',
	'twentieth',
	'twenty-first'
];

/** "st", "nd", "rd" or "th" after a day number. */
export function ordinalSuffix(day: number): string {
	if (day % 100 >= 11 && day % 100 <= 13) return 'th';
	return ['th', 'st', 'nd', 'rd'][day % 10] ?? 'th';
}
