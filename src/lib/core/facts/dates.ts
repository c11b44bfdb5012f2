import type { DateValue } from '../types';
import { LAW_YEAR_BEFORE } from './figures';
import type { Found } from './found';
import {
	isMonthName,
	MONTH_NAMES,
	MONTH_SHORT,
	monthNumber,
	ORDINAL_WORDS,
	WEEKDAYS
} from '../lexical/calendar';
import { findRelativeDates, shiftDate, type Unit } from './relative-dates';

const MONTH = `(?:${MONTH_NAMES}|(?:${MONTH_SHORT})\\.?)`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(1[0-9]{3}|20[0-9]{2}|21[0-9]{2})';
const END = '(?![\\p{L}\\p{N}]|[.,]\\d|:\\d)';

const PATTERNS: { re: RegExp; make: (m: RegExpExecArray) => DateValue | null }[] = [
	{
		// 25 November 2018 · 31 October · 9th of May
		re: new RegExp(`(?<![\\p{N}.,])${DAY}(?:\\s+of)?\\s+(${MONTH})(?:,?\\s+${YEAR})?${END}`, 'gu'),
		make: (m) => dayDate(m[1], m[2], m[3])
	},
	{
		// September 21, 2022 · January 9th
		re: new RegExp(`(${MONTH})\\s+${DAY}(?:,?\\s+${YEAR})?${END}`, 'gu'),
		make: (m) => dayDate(m[2], m[1], m[3])
	},
	{
		// November 2022
		re: new RegExp(`(${MONTH}),?\\s+${YEAR}${END}`, 'gu'),
		make: (m) => ({ granularity: 'month', month: monthNumber(m[1]), year: Number(m[2]) })
	}
];

// A month alone counts only after a word that makes it a time: "in December", "since May".
const LONE_MONTH = new RegExp(
	`\\b(?:in|since|by|until|till|from|during|through|before|after|last|next|this|early|late|mid|of|on|between|and|to|or|until)[\\s-]+(${MONTH_NAMES})\\b(?!\\s+\\d)`,
	'gu'
);
// A clock time ("1830 GMT", "0900 local time", "(2024 Friday, UTC)") looks like a year but is
// not one.
const CLOCK_AFTER =
	/^\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|PST|PDT|IST|JST|hrs\b|hours\b|h\b|local\s+time)/;
// A measure ("1770 km", "1200 feet") is a figure, though its number could be a year's.
const MEASURE_AFTER =
	/^\s*(?:km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|feet|foot|ft|inch(?:es)?|yards?|tonnes?|tons?|barrels?|kg|kilograms?|grams?|lit(?:re|er)s?|gallons?|acres?|hectares?|mph|km\/h|megawatts?|gigawatts?|MW|GW)\b/;
// "the 20th century", "the nineteenth century", "the early 21st century"
const CENTURY = new RegExp(
	`\\b(?:(?:early|mid|late)[\\s-]+)?(?:(\\d{1,2})(?:st|nd|rd|th)|(${ORDINAL_WORDS.join('|')}))[\\s-]+century\\b`,
	'giu'
);
// "the 1940s", "the late 1950s", "the '90s"
const DECADE_PREFIX = /\b(?:early|mid|late)[\s-]+$/i;
const YEAR_ALONE = new RegExp(
	`(?<![\\p{L}\\p{N}$£€¥₽.,/:])${YEAR}(s?)(?![\\p{L}\\p{N}%]|[.,]\\d|\\s*(?:bn|m|k|tn|million|billion|thousand|trillion|per ?cent|percent)\\b)`,
	'gu'
);
const YEAR_BEFORE =
	/(?:\b(?:in|since|of|by|until|till|from|to|the|a|its|their|his|her|during|before|after|between|and|or|year|late|early|mid|around|circa|c\.|'s|’s)\s*|[(\-–—]\s*)$/i;
const QUANTITY_BEFORE =
	/\b(?:roughly|approximately|nearly|almost|some|over|more than|fewer than|less than|at least|up to|an estimated|as many as)\s+$/i;
const CAP_BEFORE = /(\p{Lu}[\p{L}\p{N}]*)\s+$/u;
// Capitalised words that open a sentence or phrase without naming anything ("His 2010 season").
const NOT_NAME =
	/^(?:In|On|By|Since|Until|Till|From|Of|The|A|And|Between|After|Before|During|Around|Circa|Late|Early|Mid|Through|Throughout|For|At|To|With|His|Her|Its|Their|Our|My|Your|This|That|These|Those|Every|Each|Last|Next)$/;

/**
 * Finds dates in a sentence: full dates, day + month, month + year, months after a
 * preposition, weekdays, and years. A number is a year only where it reads as one:
 * not money ("$2017bn"), not grouped ("2,017"), not part of a name ("UK 007"), and not
 * a count ("2000 soldiers").
 */
export function findDates(text: string, from: number, to: number): Found[] {
	const s = text.slice(from, to);
	const found: Found[] = [];
	const taken = new Uint8Array(s.length + 1);
	const add = (
		start: number,
		end: number,
		date: DateValue | null,
		shift?: { unit: Unit; n: number }
	) => {
		if (!date) return;
		for (let i = start; i < end; i++) if (taken[i]) return;
		taken.fill(1, start, end);
		// a dated event ("In November 2022, …") sets the year; "since 2017" looks back
		const anchor =
			date.year !== undefined &&
			(date.granularity === 'day' || date.granularity === 'month') &&
			!/\b(?:since|from|until|till|before)\s+$/i.test(s.slice(Math.max(0, start - 8), start));
		const f: Found = {
			kind: 'date',
			start: from + start,
			end: from + end,
			value: '',
			date,
			anchor
		};
		if (shift) f.shift = shift;
		found.push(f);
	};
	for (const { re, make } of PATTERNS) {
		re.lastIndex = 0;
		for (let m = re.exec(s); m; m = re.exec(s)) add(m.index, m.index + m[0].length, make(m));
	}
	LONE_MONTH.lastIndex = 0;
	for (let m = LONE_MONTH.exec(s); m; m = LONE_MONTH.exec(s)) {
		const at = m.index + m[0].length - m[1].length;
		add(at, at + m[1].length, { granularity: 'month', month: monthNumber(m[1]) });
	}
	CENTURY.lastIndex = 0;
	for (let m = CENTURY.exec(s); m; m = CENTURY.exec(s)) {
		const n = m[1] ? Number(m[1]) : ORDINAL_WORDS.indexOf(m[2].toLowerCase()) + 1;
		if (n >= 1 && n <= 22)
			add(m.index, m.index + m[0].length, { granularity: 'period', year: (n - 1) * 100 });
	}
	YEAR_ALONE.lastIndex = 0;
	for (let m = YEAR_ALONE.exec(s); m; m = YEAR_ALONE.exec(s)) {
		const year = Number(m[1]);
		if (!readsAsYear(s, m.index, m.index + m[0].length, year)) continue;
		if (!m[2] && CLOCK_AFTER.test(s.slice(m.index + m[0].length))) continue;
		if (!m[2] && MEASURE_AFTER.test(s.slice(m.index + m[0].length))) continue;
		// a decade keeps the words that place it: "the late 1950s"
		const lead = m[2]
			? (DECADE_PREFIX.exec(s.slice(Math.max(0, m.index - 16), m.index))?.[0] ?? '')
			: '';
		add(m.index - lead.length, m.index + m[0].length, {
			granularity: m[2] ? 'period' : 'year',
			year
		});
		// "2014–16": the second year of a short range
		const range = /^\s?[-–]\s?(\d{2})(?!\p{N}|[.,:]\d|%)/u.exec(
			s.slice(m.index + m[0].length, m.index + 14)
		);
		if (range && !m[2]) {
			const second = Math.floor(year / 100) * 100 + Number(range[1]);
			const at = m.index + m[0].length + range[0].length - 2;
			if (second > year) add(at, at + 2, { granularity: 'year', year: second });
		}
	}
	for (const r of findRelativeDates(s)) add(r.start, r.end, r.date, r.shift);
	found.sort((a, b) => a.start - b.start);
	return found;
}

function readsAsYear(s: string, start: number, end: number, year: number): boolean {
	const before = s.slice(Math.max(0, start - 24), start);
	const cap = CAP_BEFORE.exec(before);
	if (cap && !NOT_NAME.test(cap[1]) && !isMonthName(cap[1])) return false;
	// "the Communications Act of 2003", "the 1998 Act": the year is part of a law's name
	if (LAW_YEAR_BEFORE.test(before)) return false;
	if (/^\s+Acts?\b/.test(s.slice(end, end + 6))) return false;
	// "roughly 2000 Thai stores", "more than 1500 of them": a quantity word counts
	if (QUANTITY_BEFORE.test(before)) return false;
	const introduced = YEAR_BEFORE.test(before) || start === 0;
	if (year < 1800 && !introduced) return false;
	// "2000 soldiers": a count, unless the year is introduced ("in 2014 troops …")
	const next = /^\s+([\p{Ll}][\p{L}-]*)/u.exec(s.slice(end, end + 40));
	if (next && /[^s]s$/.test(next[1]) && !introduced) return false;
	return true;
}

function dayDate(day: string, month: string, year?: string): DateValue | null {
	const d = Number(day);
	const mo = monthNumber(month);
	if (d < 1 || d > 31 || !mo) return null;
	return year
		? { granularity: 'day', day: d, month: mo, year: Number(year) }
		: { granularity: 'day', day: d, month: mo };
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Fills in missing years from the nearest dated event before each date (a day or month with
 * its year, not introduced by "since"), then writes the
 * ISO-like value: 2018-11-25, 2022-11, 2017, --09-21 (year unknown), Thursday.
 */
export function resolveDates(dates: Found[]): void {
	let lastYear: number | undefined;
	let previous: Found | undefined;
	for (const f of dates) {
		const d = f.date;
		if (!d) continue;
		if (f.shift) {
			// told from the date before it; with none to count from it is no fact
			const settled = previous?.date && shiftDate(previous.date, f.shift);
			if (settled && previous) {
				f.date = { ...settled, relativeTo: previous.value };
				f.value = dateValue(f.date);
				previous = f;
			} else f.value = '';
			continue;
		}
		if (f.anchor) lastYear = d.year;
		const year =
			d.year ?? (d.granularity === 'day' || d.granularity === 'month' ? lastYear : undefined);
		if (year !== undefined && d.year === undefined) d.year = year;
		f.value = dateValue(d);
		previous = f;
	}
}

export function dateValue(d: DateValue): string {
	const y = d.year !== undefined ? String(d.year) : '-';
	switch (d.granularity) {
		case 'day':
			return `${y}-${pad(d.month ?? 0)}-${pad(d.day ?? 0)}`;
		case 'month':
			return `${y}-${pad(d.month ?? 0)}`;
		case 'weekday':
			return WEEKDAYS[d.weekday ?? 0];
		case 'period':
			return `${d.year}s`;
		default:
			return y;
	}
}
