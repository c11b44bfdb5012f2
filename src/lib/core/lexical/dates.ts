/**
 * Reading a date as news text writes it ("21 September", "Sept. 21", "November 2022"), and
 * writing another date the same way.
 */
import { monthNumber, MONTHS, ordinalSuffix, WEEKDAYS } from './calendar';

const MONTH_RE =
	'(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(\\.?)';
const DAY_RE = '(\\d{1,2})(st|nd|rd|th)?';
const YEAR_RE = '((?:1[5-9]|20)\\d\\d)';

/** How a date was written, so another date can be written the same way. */
export interface DateFormat {
	prefix: string;
	suffix: string;
	/** 'dm': "21 September", 'md': "September 21"; absent without a day. */
	order?: 'dm' | 'md';
	monthStyle: 'long' | 'short';
	/** "Sept." rather than "Sept". */
	dot: boolean;
	ordinal: boolean;
	/** "21st of September". */
	of: boolean;
	/** "September 21, 2022". */
	comma: boolean;
}

export interface ParsedDate {
	day?: number;
	/** 1–12 */
	month?: number;
	year?: number;
	/** 0 (Sunday) – 6 */
	weekday?: number;
	format: DateFormat;
}

const PATTERNS: {
	re: RegExp;
	read: (m: RegExpExecArray) => Omit<ParsedDate, 'format'> & Partial<DateFormat>;
}[] = [
	{
		re: new RegExp(`\\b${DAY_RE}(\\s+of)?\\s+${MONTH_RE}(?:(,?)\\s+${YEAR_RE})?\\b`, 'i'),
		read: (m) => ({
			day: +m[1],
			month: monthNumber(m[4]),
			year: m[7] ? +m[7] : undefined,
			order: 'dm',
			ordinal: !!m[2],
			of: !!m[3],
			comma: !!m[6],
			...style(m[4], m[5])
		})
	},
	{
		re: new RegExp(`\\b${MONTH_RE}\\s+${DAY_RE}(?!\\d)(?:(,?)\\s+${YEAR_RE})?\\b`, 'i'),
		read: (m) => ({
			day: +m[3],
			month: monthNumber(m[1]),
			year: m[6] ? +m[6] : undefined,
			order: 'md',
			ordinal: !!m[4],
			comma: !!m[5],
			...style(m[1], m[2])
		})
	},
	{
		re: new RegExp(`\\b${MONTH_RE}(?:(,?)\\s+${YEAR_RE})?\\b`, 'i'),
		read: (m) => ({
			month: monthNumber(m[1]),
			year: m[4] ? +m[4] : undefined,
			comma: !!m[3],
			...style(m[1], m[2])
		})
	},
	{ re: new RegExp(`\\b${YEAR_RE}\\b`), read: (m) => ({ year: +m[1] }) },
	{
		re: /\b(?:(sun|mon|tues|wednes|thurs|fri|satur)day\b|(Sun|Mon|Tue|Wed|Thu|Fri|Sat)\.)/i,
		read: (m) => ({
			weekday: WEEKDAYS.findIndex((d) =>
				d.toLowerCase().startsWith((m[1] ?? m[2]).toLowerCase().slice(0, 3))
			)
		})
	}
];

function style(month: string, dot: string): Partial<DateFormat> {
	// "May" is its own short form: only a name shorter than the month's is short.
	const full = MONTHS[monthNumber(month) - 1] ?? month;
	return { monthStyle: month.length < full.length ? 'short' : 'long', dot: !!dot };
}

/** Finds the first date in `text`, or null. Day numbers must fit the month. */
export function parseDate(text: string): ParsedDate | null {
	for (const { re, read } of PATTERNS) {
		const m = re.exec(text);
		if (!m) continue;
		const { day, month, year, weekday, ...fmt } = read(m);
		if (day !== undefined && (day < 1 || day > daysIn(month ?? 1, year))) continue;
		return {
			day,
			month,
			year,
			weekday,
			format: {
				prefix: text.slice(0, m.index),
				suffix: text.slice(m.index + m[0].length),
				monthStyle: 'long',
				dot: false,
				ordinal: false,
				of: false,
				comma: false,
				...fmt
			}
		};
	}
	return null;
}

/** Days in a month; February has 29 when the year is unknown. */
export function daysIn(month: number, year?: number): number {
	if (month === 2)
		return year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))
			? 29
			: 28;
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Writes a date the way `format` says, with the same parts as given. */
export function formatDate(d: Omit<ParsedDate, 'format'>, format: DateFormat): string {
	let body = '';
	if (d.weekday !== undefined && d.month === undefined && d.year === undefined)
		body = WEEKDAYS[d.weekday];
	else {
		const full = d.month ? MONTHS[d.month - 1] : '';
		const month =
			format.monthStyle === 'short' && full
				? (full === 'September' && format.dot ? 'Sept' : full.slice(0, 3)) + (format.dot ? '.' : '')
				: full;
		const day = d.day !== undefined ? `${d.day}${format.ordinal ? ordinalSuffix(d.day) : ''}` : '';
		if (day && month)
			body = format.order === 'md' ? `${month} ${day}` : `${day}${format.of ? ' of' : ''} ${month}`;
		else body = month;
		if (d.year !== undefined)
			body = body ? `${body}${format.comma ? ',' : ''} ${d.year}` : String(d.year);
	}
	return format.prefix + body + format.suffix;
}
