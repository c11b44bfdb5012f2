import type { DateValue } from '../types';
import { wordNumber } from '../lexical/numbers';

export type Unit = 'day' | 'week' | 'month' | 'year';

/** A date told by its distance from the date before it: "the next day", "two years later". */
export interface RelativeDate {
	start: number;
	end: number;
	date: DateValue;
	shift: { unit: Unit; n: number };
}

const UNIT = '(day|week|month|year)';
const COUNT = '(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,3})';
const PATTERNS: { re: RegExp; sign: number; counted: boolean }[] = [
	{ re: new RegExp(`\\bthe\\s+(?:next|following)\\s+${UNIT}\\b`, 'gi'), sign: 1, counted: false },
	{
		re: new RegExp(`\\bthe\\s+(?:previous|preceding)\\s+${UNIT}\\b`, 'gi'),
		sign: -1,
		counted: false
	},
	{
		re: new RegExp(`\\bthe\\s+${UNIT}\\s+(?:after|before)(?=\\s*[,.;]|\\s+(?:that|this)\\b)`, 'gi'),
		sign: 0,
		counted: false
	},
	{ re: new RegExp(`\\b(?:that|the\\s+same)\\s+${UNIT}\\b`, 'gi'), sign: 0, counted: false },
	{ re: new RegExp(`\\b${COUNT}\\s+${UNIT}s?\\s+later\\b`, 'gi'), sign: 1, counted: true },
	{
		re: new RegExp(`\\b${COUNT}\\s+${UNIT}s?\\s+(?:earlier|before(?=\\s*[,.;]))`, 'gi'),
		sign: -1,
		counted: true
	}
];

/**
 * Finds dates told relative to the one before them. Their value is settled by resolveDates,
 * which needs the earlier date; dates relative to the time of writing ("last year", "two
 * weeks ago") are left out, since an article rarely says when it was written.
 */
export function findRelativeDates(s: string): RelativeDate[] {
	const found: RelativeDate[] = [];
	for (const { re, sign, counted } of PATTERNS) {
		re.lastIndex = 0;
		for (let m = re.exec(s); m; m = re.exec(s)) {
			const unit = (counted ? m[2] : m[1]).toLowerCase() as Unit;
			let n = 1;
			if (counted)
				n = /^an?$/i.test(m[1])
					? 1
					: /^\d/.test(m[1])
						? Number(m[1])
						: wordNumber(m[1].toLowerCase());
			let direction = sign;
			if (sign === 0 && /\bafter$/i.test(m[0])) direction = 1;
			else if (sign === 0 && /\bbefore$/i.test(m[0])) direction = -1;
			if (!Number.isFinite(n)) continue;
			found.push({
				start: m.index,
				end: m.index + m[0].length,
				date: { granularity: unit === 'year' ? 'year' : unit === 'month' ? 'month' : 'day' },
				shift: { unit, n: direction * n }
			});
		}
	}
	return found;
}

/** The date `shift` away from `from`, at the precision the shift needs, or null if `from` lacks it. */
export function shiftDate(from: DateValue, shift: { unit: Unit; n: number }): DateValue | null {
	if (from.year === undefined) return null;
	if (shift.unit === 'year') return { granularity: 'year', year: from.year + shift.n };
	if (from.month === undefined) return null;
	if (shift.unit === 'month') {
		const m = from.year * 12 + (from.month - 1) + shift.n;
		return { granularity: 'month', year: Math.floor(m / 12), month: (m % 12) + 1 };
	}
	if (from.day === undefined || from.granularity !== 'day') return null;
	const days = shift.unit === 'week' ? 7 * shift.n : shift.n;
	const d = new Date(Date.UTC(from.year, from.month - 1, from.day + days));
	return {
		granularity: 'day',
		year: d.getUTCFullYear(),
		month: d.getUTCMonth() + 1,
		day: d.getUTCDate()
	};
}
