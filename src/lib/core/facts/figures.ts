import type { FigureValue } from '../types';
import { overlapsSorted, type Claimed, type Found } from './found';
import { isMonthName } from '../lexical/calendar';
import { memo } from '../memo';
import { plainNumber, scaleDecimal, SCALES, TENS, UNITS, wordNumber } from '../lexical/numbers';

const QUAL =
	'(?:just\\s+)?(?:over|more\\s+than|nearly|almost|about|around|roughly|approximately|some|close\\s+to|up\\s+to|at\\s+least|fewer\\s+than|less\\s+than|under|as\\s+many\\s+as|an\\s+estimated|at\\s+most)\\s+';
const CUR = 'US\\$|A\\$|C\\$|HK\\$|\\$|£|€|¥|₽|₴|₹';
// ".265": a decimal without its leading zero, as batting averages and probabilities are written
const DIG = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+';
const TEN_WORDS = TENS.slice(2).join('|');
const SMALL = `${UNITS.slice(1).join('|')}|${TEN_WORDS}|dozen`;
const WORDNUM = `(?:(?:${TEN_WORDS})[-‑](?:${UNITS.slice(1, 10).join('|')})|${SMALL})`;
const SCALE = '(?:hundred|thousand|million|billion|trillion)(?:\\s+(?:thousand|million|billion))?';
const MONEY_WORDS =
	'roubles?|rubles?|dollars?|euros?|pounds?(?:\\s+sterling)?|yen|yuan|renminbi|hryvnias?|rupees?|pesos?|francs?';
const MEASURES =
	'days?|hours?|minutes?|seconds?|weeks?|months?|years?|decades?|centuries|km|kilometres?|kilometers?|miles?|metres?|meters?|feet|foot|inches|tonnes?|tons?|barrels?|kg|kilograms?|grams?|litres?|liters?|gallons?|acres?|hectares?|degrees?|mph|points?|percentage\\s+points?|votes?|seats?|goals?|megawatts?|gigawatts?';

const FIGURE = new RegExp(
	`(?<![\\p{L}\\p{N}.,:/$£€¥₽₴₹\\-–])(?<q>${QUAL})?(?<cur>${CUR})?(?:(?<dig>${DIG})(?:(?<abbr>bn|mn|m|k|tn|trn)|\\s*(?<sws>${SCALE}))?|(?<wn>\\b(?:an?|${WORDNUM}))(?:\\s+(?<wsw>${SCALE}))?)(?![\\p{L}\\p{N}]|[.,]\\d|:\\d)(?:\\s*(?<pct>%|per\\s?cent\\b|percent\\b)|\\s+(?<money>${MONEY_WORDS})\\b|\\s+(?<meas>${MEASURES})\\b(?<rate>(?:\\s+of\\s+[a-z]+)?\\s+(?:a|per|each)\\s+(?:day|week|month|year|hour|person|capita)\\b)?)?`,
	'giu'
);

const CURRENCY_CODES: Record<string, string> = {
	$: 'USD',
	us$: 'USD',
	a$: 'AUD',
	c$: 'CAD',
	hk$: 'HKD',
	'£': 'GBP',
	'€': 'EUR',
	'¥': 'JPY',
	'₽': 'RUB',
	'₴': 'UAH',
	'₹': 'INR',
	rouble: 'RUB',
	ruble: 'RUB',
	dollar: 'USD',
	euro: 'EUR',
	pound: 'GBP',
	yen: 'JPY',
	yuan: 'CNY',
	renminbi: 'CNY',
	hryvnia: 'UAH',
	rupee: 'INR',
	peso: 'MXN',
	franc: 'CHF'
};

// Words after a spelled-out number that show it does not count a noun ("two of them").
const NOT_COUNTED = new Set(
	'of and or to in on at by for with from than is are was were be been has have had who which that the a an more less times per after before over into out up down'.split(
		' '
	)
);
const IRREGULAR_PLURALS = new Set(
	'people men women children police staff personnel cattle sheep fish troops'.split(' ')
);
// Capitalised words that may stand before a figure without making it part of a name.
const OPENING_WORDS =
	/^(?:In|On|Over|About|Some|Nearly|Almost|Around|The|A|By|To|From|Of|And|With|At|For|Only|Just|All|Another|Up|More|Less|Under|Than|Roughly|Exactly|Since|After|Before|But|Of|Those|These|Its|Their|His|Her|Our|My|Your|I|We|They|He|She|It)$/;
const CLOCK_AFTER =
	/^\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:[ap]\.m\.|[ap]m\b|GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|PST|PDT|IST|JST|hrs\b|h\b|o'clock|local\s+time)/i;
const SCORE_BEFORE =
	/\b(?:won|win|beat|beating|drew|draw|lost|losing|defeated|led|leading|trailed|trailing|winning|ended|finished)\s+$/i;
// "the last 9 years", "two years ago": a span of time that places an event, not a measure
const TIME_UNIT = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries)$/i;
const TIME_WINDOW_BEFORE = /\b(?:last|past|next|coming|previous|following)\s+$/i;
const TIME_POINT_AFTER = /^\s+(?:ago|later|earlier|after|before|afterwards|on)\b/i;
const NUMBER_LABEL =
	/(?:\b(?:no|nos|number|page|pages|chapter|article|section|paragraph|resolution|flight|route|room|platform|gate|version|model|type|phase|level|grade|class|division|tier|row|seat|channel)\.?|#)\s*$/i;

/**
 * Finds figures in a sentence: cardinals with scale words, money, percentages, measures and
 * numbers in words that count a noun. `claimed` holds the dates (sorted, not overlapping), so
 * years are never figures.
 * The value is the plain number, then the unit: "27000000000 USD", "14 days", "5%".
 */
export function findFigures(text: string, from: number, to: number, claimed: Claimed[]): Found[] {
	const s = text.slice(from, to);
	const found: Found[] = [];
	FIGURE.lastIndex = 0;
	for (let m = FIGURE.exec(s); m; m = FIGURE.exec(s)) {
		const g = m.groups ?? {};
		const start = from + m.index;
		const end = start + m[0].length;
		if (overlapsSorted(claimed, start, end)) continue;
		// a footnote mark: "[17]"
		if (s[m.index - 1] === '[' && s[m.index + m[0].length] === ']') continue;
		if (!g.pct && !g.money && !g.meas && CLOCK_AFTER.test(s.slice(m.index + m[0].length))) continue;
		// a time zone's offset ("UTC+0900", "GMT-5") is no figure
		if (/\b(?:UTC|GMT)\s*[+−-]\s*$/.test(s.slice(0, m.index))) continue;
		const before = s.slice(Math.max(0, m.index - 30), m.index);
		// a label stands right before its number ("Room 401"), never before "over 400"
		if (g.dig && !g.q && namesNumber(before)) continue;
		// "the 707 was a freighter" after "a Boeing 707": a number the story uses as a label
		// ("Boeing 707", "Falcon 9") names the same thing where it stands alone
		if (
			g.dig &&
			!g.q &&
			!g.meas &&
			!g.pct &&
			!g.cur &&
			!g.money &&
			(/\bthe\s+$/i.test(before) || !countsNoun(s.slice(end - from))) &&
			labelledNumbers(text).has(g.dig)
		)
			continue;
		// "Sections 2 and 16 of the Clayton Act": the number of a part of a law names it
		if (g.dig && !g.q && !g.meas && !g.pct && LAW_PART_AFTER.test(s.slice(end - from))) continue;
		// "the Communications Act of 2003": the year that names a law
		if (g.dig && !g.q && !g.meas && !g.pct && LAW_YEAR_BEFORE.test(before)) continue;
		// "won 2-0", "lost 1 – 2": a score is two numbers of one result, not a figure of its own
		if (g.dig && SCORE_BEFORE.test(before) && /^\s*[-–]\s*\d/.test(s.slice(end - from))) continue;
		// the second number of a range or score ("10 – 15", "1 – 2") goes with the first
		if (g.dig && !g.cur && /\d\s+[-–]\s*$|\d\s*[-–]\s+$/.test(before)) continue;
		// "7 Years by Lukas Graham", "Ten Miles from Home": a unit with a capital is a word of
		// a title; a unit is written in lower case ("US$", "km")
		if (g.meas && /^\p{Lu}\p{Ll}/u.test(g.meas)) continue;
		if (
			g.meas &&
			TIME_UNIT.test(g.meas) &&
			(TIME_WINDOW_BEFORE.test(before) || TIME_POINT_AFTER.test(s.slice(end - from)))
		)
			continue;
		if (g.wn) {
			const lone = !g.wsw;
			const w = g.wn.toLowerCase();
			if (lone && (w === 'a' || w === 'an' || w === 'one')) continue;
			if (
				lone &&
				!g.meas &&
				!g.money &&
				!g.pct &&
				!countsNoun(s.slice(end - from, end - from + 40))
			)
				continue;
		}
		const figure = describe(g, before, s.slice(end - from, end - from + 80));
		if (!figure) continue;
		found.push({ kind: 'figure', start, end, value: valueOf(figure, g), figure });
	}
	return found;
}

/** "the Communications Act of _": what stands before the year that names a law. */
export const LAW_YEAR_BEFORE = /\b(?:Act|Acts|Code|Directive|Regulations?)\s+of\s+$/;

const LAW_PART_AFTER =
	/^\s+of\s+the\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,5}(?:Act|Treaty|Convention|Constitution|Code|Charter|Bill|Directive|Regulation)\b/u;

function namesNumber(before: string): boolean {
	if (NUMBER_LABEL.test(before)) return true;
	const cap = /(\p{Lu}[\p{L}\p{N}]*)\s+$/u.exec(before);
	return !!cap && !OPENING_WORDS.test(cap[1]) && !isMonthName(cap[1]);
}

/**
 * The numbers the text writes as labels anywhere ("Boeing 707", "Flight 370"), read once per
 * article. Only of three digits or more: "World War 2" says nothing of "the 2 men".
 */
const labelledNumbers = memo((text: string): Set<string> => {
	const out = new Set<string>();
	for (const m of text.matchAll(/(\p{Lu}[\p{L}\p{N}]*)\s+(\d{3,})(?![\p{N}]|[,.]\d)/gu))
		if (namesNumber(m[1] + ' ')) out.add(m[2]);
	return out;
}, 8);

function countsNoun(after: string): boolean {
	const next = /^\s+([\p{L}][\p{L}'’-]*)/u.exec(after);
	return !!next && !NOT_COUNTED.has(next[1].toLowerCase());
}

function describe(
	g: Record<string, string | undefined>,
	before: string,
	after: string
): FigureValue | null {
	let number: number;
	let style: FigureValue['style'];
	if (g.dig) {
		const power = g.abbr ? SCALES[g.abbr.toLowerCase()] : g.sws ? scalePower(g.sws) : 0;
		number = scaleDecimal(g.dig, power);
		style = g.abbr ? 'abbreviated' : g.sws ? 'scaled' : g.dig.includes(',') ? 'grouped' : 'digits';
	} else {
		const base = wordNumber(g.wn ?? '');
		if (Number.isNaN(base)) return null;
		number = base * 10 ** (g.wsw ? scalePower(g.wsw) : 0);
		style = 'words';
	}
	if (!Number.isFinite(number)) return null;
	const figure: FigureValue = { number, style };
	const unit = g.pct ? '%' : (g.cur ?? g.money ?? g.meas);
	if (unit) figure.unit = unit.replace(/\s+/g, ' ');
	if (g.q) figure.qualifier = g.q.trim().replace(/\s+/g, ' ').toLowerCase();
	const money = g.cur || g.money || g.pct;
	const counts = g.meas
		? (g.meas + (g.rate ?? '')).replace(/\s+/g, ' ')
		: money
			? undefined
			: countedNoun(after, before);
	if (counts) figure.counts = counts;
	return figure;
}

function scalePower(words: string): number {
	return words
		.toLowerCase()
		.split(/\s+/)
		.reduce((p, w) => p + (SCALES[w] ?? 0), 0);
}

/** "three Ukrainian Navy vessels" → "vessels"; "an average age of 35" → "age". */
function countedNoun(after: string, before: string): string | undefined {
	if (/^-year-old\b/.test(after)) return 'age';
	const words =
		after
			.match(/^(?:\s+[\p{L}][\p{L}'’-]*){1,5}/u)?.[0]
			.trim()
			.split(/\s+/) ?? [];
	if (words[0] && /\p{L}{2,}s$/u.test(words[0])) return words[0];
	const picked: string[] = [];
	for (const w of words) {
		if (/^\p{Lu}/u.test(w) && !picked.length) continue;
		if (/^\p{Lu}/u.test(w) || NOT_COUNTED.has(w.toLowerCase())) break;
		picked.push(w);
		if (/\p{L}{2,}s$/u.test(w) || IRREGULAR_PLURALS.has(w.toLowerCase())) return picked.join(' ');
		if (picked.length >= 3) break;
	}
	if (/\b(?:age of|aged)\s*$/i.test(before)) return 'age';
	return undefined;
}

function valueOf(figure: FigureValue, g: Record<string, string | undefined>): string {
	const n = plainNumber(figure.number);
	if (g.pct) return `${n}%`;
	const money = g.cur ?? g.money?.replace(/s?(?:\s+sterling)?$/i, '');
	if (money) return `${n} ${CURRENCY_CODES[money.toLowerCase()] ?? money}`;
	if (g.meas) return `${n} ${g.meas.toLowerCase().replace(/\s+/g, ' ')}`;
	return n;
}
