import { daysIn, formatDate, parseDate as parseFresh, type ParsedDate } from '../../lexical/dates';
import type { Fact } from '../../types';
import { memo } from '../../memo';

type Parts = Omit<ParsedDate, 'format'>;

/** Dates of the article are read again for every question: read each text once. */
const parseDate = memo(parseFresh);

const shape = (d: Parts) =>
	[d.day, d.month, d.year, d.weekday].map((x) => (x === undefined ? '-' : 'x')).join('');

function addMonths(d: Parts, n: number): Parts {
	const zero = (d.month ?? 1) - 1 + n;
	const month = (((zero % 12) + 12) % 12) + 1;
	const year = d.year === undefined ? undefined : d.year + Math.floor(zero / 12);
	const day = d.day === undefined ? undefined : Math.min(d.day, daysIn(month, year));
	return { ...d, day, month, year };
}

/** Nearby dates of the same granularity: a day → a month either side, a week either side. */
function nearby(d: Parts): Parts[] {
	if (d.weekday !== undefined && d.month === undefined)
		return [1, -1, 2, -2, 3].map((n) => ({ weekday: ((((d.weekday ?? 0) + n) % 7) + 7) % 7 }));
	if (d.month === undefined)
		return [1, -1, 2, -3, 4, -2, -4, -5].map((n) => ({ year: (d.year ?? 0) + n }));
	const byMonth = [-1, 1, -2, 2, 3].map((n) => addMonths(d, n));
	if (d.day === undefined) return byMonth;
	const dim = daysIn(d.month, d.year);
	const byDay = [7, -7, 10, -10]
		.map((n) => d.day! + n)
		.filter((day) => day >= 1 && day <= dim)
		.map((day) => ({ ...d, day }));
	return [byMonth[0], byDay[0], byMonth[1], ...byDay.slice(1), ...byMonth.slice(2)].filter(Boolean);
}

const key = (d: Parts) => `${d.day}|${d.month}|${d.year}|${d.weekday}`;

const datedCache = new WeakMap<Fact[], { f: Fact; d: ParsedDate }[]>();

/** The deck's dates that parse, read once per deck. */
function datedFacts(facts: Fact[]): { f: Fact; d: ParsedDate }[] {
	let out = datedCache.get(facts);
	if (!out) {
		out = [];
		for (const f of facts) {
			const d = f.kind === 'date' ? parseDate(f.text) : null;
			if (d) out.push({ f, d });
		}
		datedCache.set(facts, out);
	}
	return out;
}

/**
 * Wrong dates written exactly like the answer: other dates of the article with the same
 * parts first, then nearby ones. Never a date already in the sentence.
 */
export function dateDistractors(answerText: string, fact: Fact, facts: Fact[]): string[] {
	const answer = parseDate(answerText);
	if (!answer) return [];
	const taken = new Set([key(answer)]);
	const dated = datedFacts(facts);
	for (const { f, d } of dated) if (f.sentenceIndex === fact.sentenceIndex) taken.add(key(d));
	const fromArticle: Parts[] = [];
	for (const { f, d } of dated) {
		if (f.id === fact.id) continue;
		// A year far from the answer's is no rival: a 2016 date for a death in the 1940s.
		if (answer.year !== undefined && d.year !== undefined && Math.abs(d.year - answer.year) > 15)
			continue;
		// A year the answer does not show is dropped, so every option has the same parts.
		const parts: Parts = { day: d.day, month: d.month, weekday: d.weekday };
		parts.year = answer.year === undefined ? undefined : d.year;
		if (shape(parts) === shape(answer)) fromArticle.push(parts);
	}
	const out: string[] = [];
	// the year the fact falls in, shown or read from the story, to know its 29 February
	const year = answer.year ?? fact.date?.year;
	const cycle = answer.month === undefined ? editionCycle(fact) : 1;
	const latest = Math.max(...dated.map(({ d }) => d.year ?? 0));
	const near: Parts[] =
		cycle > 1
			? [1, -1, 2, -2, 3].map((n) => ({ year: (answer.year ?? 0) + n * cycle }))
			: nearby(answer);
	const [after, before] = answer.month === undefined ? yearBounds(fact) : [undefined, undefined];
	for (const d of [...fromArticle, ...near]) {
		if (taken.has(key(d))) continue;
		// "re-elected in _____ and 2018", "from 1948 to _____": the order the sentence gives
		if (d.year !== undefined && ((after && d.year <= after) || (before && d.year >= before)))
			continue;
		// "the 2010 Games" has rivals only in years the Games were held
		if (cycle > 1 && d.year !== undefined && (d.year - (answer.year ?? 0)) % cycle !== 0) continue;
		// a year after every one the story names is no rival for a year it has seen
		if (
			d.year !== undefined &&
			answer.year !== undefined &&
			answer.year <= latest &&
			d.year > latest
		)
			continue;
		// "February 29" of a year that has none, or of a year not known, is no date to offer
		const y = d.year ?? year;
		if (d.month === 2 && d.day === 29 && (y === undefined || daysIn(2, y) < 29)) continue;
		taken.add(key(d));
		out.push(formatDate(d, answer.format));
	}
	return out;
}

// Events held every fourth year, named by the year of an edition: "the 2006 Winter Paralympics"
const EDITION =
	/^\s+(?:Winter\s+|Summer\s+)?(?:Olympics|Paralympics|Olympic\s+Games|Paralympic\s+Games|World\s+Cup|Commonwealth\s+Games|Asian\s+Games|Pan\s+American\s+Games|(?:Winter\s+|Summer\s+)Games)\b/;

/**
 * Years between editions of the event a year names, or 1 when it names none. The years of
 * one sentence that are all a whole number of fours apart, two or more beside the answer
 * ("Italy in 1950, Brazil in 1966 and France in 2002"), are editions of one such event too.
 */
function editionCycle(fact: Fact): number {
	const at = fact.sentence.indexOf(fact.text);
	if (at >= 0 && EDITION.test(fact.sentence.slice(at + fact.text.length))) return 4;
	// a year alone, as the answer of such a list is written
	if (!/^(?:1[89]|20)\d\d$/.test(fact.text.trim())) return 1;
	const year = Number(fact.text.trim());
	const others = [...fact.sentence.matchAll(/(?<![\d,.])(1[89]\d\d|20\d\d)(?![\d,.]*\d)/g)]
		.map((m) => Number(m[1]))
		.filter((y) => y !== year);
	return others.length >= 2 && others.every((y) => (y - year) % 4 === 0) ? 4 : 1;
}

const YEAR = '((?:1[5-9]|20)\\d\\d)';
// "2014 and _____", "from 1948 to _____", "1948–_____": a year the answer follows
const YEAR_BEFORE = new RegExp(
	`(?<![\\d,.])${YEAR}\\s*(?:,\\s*(?:and\\s+)?|and\\s+|to\\s+|until\\s+|through\\s+|[–-]\\s*)(?:in\\s+)?$`
);
// "_____ and 2018", "_____ to 1951", "_____–1951": a year the answer comes before
const YEAR_AFTER = new RegExp(
	`^\\s*(?:,\\s*(?:and\\s+)?|and\\s+|to\\s+|until\\s+|through\\s+|[–-]\\s*)(?:in\\s+)?${YEAR}(?![\\d,.]*\\d)`
);

/**
 * The years a year of a list or a span must fall between: English lists years in the order
 * they came and writes a span from its first year ("in 2014 and 2018", "from 1948 to 1951"),
 * so a rival for the first of them must come before the second, and one for the second after
 * the first. Read only where the answer itself keeps that order.
 */
function yearBounds(fact: Fact): [number | undefined, number | undefined] {
	const year = Number(fact.text.trim());
	const at = fact.sentence.indexOf(fact.text);
	if (!/^(?:1[5-9]|20)\d\d$/.test(fact.text.trim()) || at < 0) return [undefined, undefined];
	let after: number | undefined = Number(YEAR_BEFORE.exec(fact.sentence.slice(0, at))?.[1] ?? 0);
	let before: number | undefined = Number(
		YEAR_AFTER.exec(fact.sentence.slice(at + fact.text.length))?.[1] ?? 0
	);
	if (!after || after >= year) after = undefined;
	if (!before || before <= year) before = undefined;
	return [after, before];
}
