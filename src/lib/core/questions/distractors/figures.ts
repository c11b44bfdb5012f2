import { findNumber, formatLike, type NumberSpan } from '../../lexical/numbers';
import type { Fact } from '../../types';

/** Nearby values of the same scale and precision: 300 → 400, 200, 350, 250, 500. */
const APPROXIMATE =
	/\b(?:about|around|approximately|roughly|nearly|almost|some|circa|an estimated|estimated)\s*$/i;

function nearby(span: NumberSpan): number[] {
	const m = span.mantissa;
	if (m <= 0) return [];
	const digits = span.decimals
		? String(m).replace('.', '').replace(/^0+/, '').length
		: String(Math.round(m)).replace(/0+$/, '').length;
	const mag = Math.floor(Math.log10(m));
	let offsets: number[];
	// "its 2010 season": a year written as a plain number is near other years, not 20% off.
	if (yearLike(span)) offsets = [1, -1, 2, -2, 3, -3];
	else if (digits <= 1) {
		const step = 10 ** mag;
		offsets = [
			step,
			-step,
			step / 2,
			-step / 2,
			2 * step,
			3 * step,
			4 * step,
			-1.5 * step,
			-2 * step
		];
	} else if (digits === 2) {
		const last = Math.round(m / 10 ** (mag - 1)) % 10;
		const step = 10 ** (mag - 1) * (last % 5 === 0 ? 5 : 2);
		offsets = [step, -step, 2 * step, -2 * step, 3 * step];
	} else {
		offsets = [0.2, -0.2, 0.1, -0.1, 0.3].map((f) => m * f);
	}
	const round = (x: number) =>
		digits <= 2 ? +x.toFixed(Math.max(span.decimals, 1)) : +x.toFixed(span.decimals);
	return offsets.map((o) => round(m + o) * span.scale).filter((v) => v > 0);
}

const yearLike = (s: NumberSpan) =>
	s.style === 'digits' &&
	!s.scaleWord &&
	!s.decimals &&
	!s.suffix.trim() &&
	!s.prefix.trim() &&
	s.value >= 1000 &&
	s.value <= 2100 &&
	Number.isInteger(s.value);

const unitWord = (suffix: string) => (/^\s*([a-z]+)/i.exec(suffix)?.[1] ?? '').toLowerCase();
/** The word a figure is hyphened to ("63-year-old" → "year"), or ''. */
function hyphenWord(f: Fact): string {
	const at = f.sentence.indexOf(f.text);
	const m = at < 0 ? null : /^[-–]([a-z]+)/i.exec(f.sentence.slice(at + f.text.length));
	return m ? m[1].toLowerCase() : '';
}
const currency = (s: string) => (/[$£€¥]/.exec(s) ?? [''])[0];

/**
 * Wrong figures written exactly like the answer: other figures of the article first (same
 * currency, similar size), then nearby values. Never a value already in the sentence.
 */
const LOWER = 'over|more than|above|at least|upwards of';
const UPPER = 'under|less than|fewer than|below|at most|up to|no more than';
const LOWER_BOUND = new RegExp(`^(?:just\\s+)?(?:${LOWER})\\b`, 'i');
const UPPER_BOUND = new RegExp(`^(?:${UPPER})\\b`, 'i');
const BOUND_BEFORE_BLANK = new RegExp(`\\b(?:${LOWER}|${UPPER})\\s+_{3,}`, 'i');

/** "a depth below _____": a bound standing in the prompt before the blank. */
export const boundBeforeBlank = (prompt: string) => BOUND_BEFORE_BLANK.test(prompt);

/** 1 for "over 30", -1 for "under 30", 0 for a figure with no open bound. */
function boundOf(prefix: string): 1 | -1 | 0 {
	const p = prefix.trim();
	return LOWER_BOUND.test(p) ? 1 : UPPER_BOUND.test(p) ? -1 : 0;
}

/**
 * "over 100 mph" is true of 150 mph as well: a figure given as an open bound has no wrong
 * value one can be sure of, so it is typed or stated as the article says, never offered
 * among choices or swapped.
 */
export function isOpenBound(fact: Fact): boolean {
	if (fact.kind !== 'figure') return false;
	const span = findNumber(fact.text);
	return (!!span && boundOf(span.prefix) !== 0) || boundOf(fact.figure?.qualifier ?? '') !== 0;
}

const PARTITIVE = String.raw`(?:of|out\s+of)\s+(?:the\s+|its\s+|their\s+|all\s+)?`;
const WHOLE_AFTER = new RegExp(String.raw`^\s*${PARTITIVE}(\d[\d,.]*)(?![\d,.]*\s*%)`);
const PART_BEFORE = new RegExp(String.raw`(?<![\d,.])(\d[\d,.]*)\s+${PARTITIVE}$`);
// "between $25,000 and _____", "between _____ and 40%": a range is told low end first (unlike
// "from 7 to 5", which may fall)
const SCALED = String.raw`(\d[\d,.]*(?:\s*(?:thousand|million|billion|trillion|bn|m|k)\b)?)`;
const RANGE_START = new RegExp(
	String.raw`\bbetween\s+\S*?${SCALED}(?:\s*[\p{L}%]+)?\s+and\s+$`,
	'u'
);
const RANGE_END = new RegExp(String.raw`^\s*(?:[\p{L}%]+\s+)?and\s+\S*?${SCALED}`, 'u');

/**
 * The range a part or a whole must keep to: "20 of the 25 staff" — a part is less than its
 * whole, so no "30" for the 20; "3 of the 12 crew" — a whole is more than its part, so no "2"
 * for the 12; the ends of a range keep their order ("between $25,000 and $30,000"), and a
 * tally its winner first ("voted 105 to 92").
 * [-Infinity, Infinity] when the sentence sets none.
 */
function partOfWhole(sentence: string, text: string, value: number): [number, number] {
	const at = sentence.indexOf(text);
	if (at < 0) return [-Infinity, Infinity];
	const before = sentence.slice(0, at);
	const after = sentence.slice(at + text.length);
	const whole = WHOLE_AFTER.exec(after);
	const part = PART_BEFORE.exec(before);
	const from = RANGE_START.exec(before);
	const to = /\bbetween\s+\S*$/.test(before) ? RANGE_END.exec(after) : null;
	const most = Math.min(
		whole ? (findNumber(whole[1])?.value ?? Infinity) : Infinity,
		to ? (findNumber(to[1])?.value ?? Infinity) : Infinity
	);
	const least = Math.max(
		part ? (findNumber(part[1])?.value ?? -Infinity) : -Infinity,
		from ? (findNumber(from[1])?.value ?? -Infinity) : -Infinity
	);
	// "voted 105 to 92": a tally gives the winning side first, so no "84" for the 105 and no
	// "116" for the 92
	const beaten = TALLY_FIRST.test(before) ? TALLY_AFTER.exec(after) : null;
	const winner = TALLY_SECOND.exec(before);
	const low = beaten ? (findNumber(beaten[1])?.value ?? -Infinity) : -Infinity;
	const high = winner ? (findNumber(winner[1])?.value ?? Infinity) : Infinity;
	// a reading the answer itself breaks is no reading of the sentence
	const floor = Math.max(least, low);
	const ceiling = Math.min(most, high);
	return [value > floor ? floor : -Infinity, value < ceiling ? ceiling : Infinity];
}

const TALLY_FIRST = /\b(?:voted|votes?\s+of)\s+$/i;
const TALLY_AFTER = /^\s+(?:votes?\s+)?(?:to|against)\s+(\d[\d,]*)/i;
const TALLY_SECOND = /\b(?:voted|votes?\s+of)\s+(\d[\d,]*)\s+(?:votes?\s+)?(?:to|against)\s+$/i;

export function figureDistractors(
	answerText: string,
	fact: Fact,
	facts: Fact[],
	statement = false
): string[] {
	const span = findNumber(answerText);
	if (!span) return [];
	const taken = new Set<number>([span.value]);
	for (const m of fact.sentence.matchAll(
		/[\d][\d,.]*(?:\s?(?:thousand|million|billion|bn|m|k)\b)?/gi
	))
		taken.add(findNumber(m[0])?.value ?? NaN);
	for (const f of facts)
		if (f.kind === 'figure' && f.sentenceIndex === fact.sentenceIndex)
			taken.add(findNumber(f.text)?.value ?? NaN);
	const fromArticle: number[] = [];
	const unit = unitWord(span.suffix);
	for (const f of facts) {
		if (f.kind !== 'figure' || f.id === fact.id) continue;
		const other = findNumber(f.text);
		if (!other || currency(f.text) !== currency(answerText)) continue;
		// "14 days" takes no "4 days" from "four bidders", nor "nine" from "36 hours".
		if (unitWord(other.suffix) !== unit) continue;
		// "a 63-year-old" takes no "30" from "a 30-storey building"; "7.7" no plain "30"
		// a bare number keeps to what it counts: no "14" counts of fraud for an age of 54
		if (!unit && (f.figure?.counts ?? '') !== (fact.figure?.counts ?? '')) continue;
		if (hyphenWord(f) !== hyphenWord(fact) || (span.decimals > 0 && other.decimals === 0)) continue;
		const ratio = other.value / span.value;
		// Within 5% it may be the same amount rounded ("$9bn" for "$9.37bn"): also true.
		if (ratio >= 0.25 && ratio <= 4 && Math.abs(ratio - 1) > 0.05) fromArticle.push(other.value);
		else if (Math.abs(ratio - 1) <= 0.05) taken.add(other.value);
	}
	const out: string[] = [];
	const seen = new Set<number>(taken);
	const [least, most] = partOfWhole(fact.sentence, fact.text, span.value);
	// "over 30 hours" is true of 30 and more: "over 24 hours" would be true as well. A bound
	// takes wrong values only on its far side.
	const bound = boundOf(span.prefix);
	// Within 5% of a true value a figure may be the same amount rounded: never offered.
	const nearTrue = (v: number) => [...taken].some((t) => Math.abs(v - t) <= 0.05 * Math.abs(t));
	// In a statement another figure of the article may be true in its own sense ("an army of
	// 1.5 million" was the first goal): a true/false swap takes a made-up value.
	const near = nearby(span);
	const percent = /%|per\s?cent/i.test(span.suffix) && span.value <= 100;
	for (const value of statement ? near : [...fromArticle, ...near]) {
		// a share of a whole stays within it: no "200%" for a vaccination rate
		if (percent && value > 100) continue;
		if (seen.has(value) || (!yearLike(span) && nearTrue(value))) continue;
		// "around 50" is true of 55 as well: an estimate's wrong values keep a fifth away
		if (APPROXIMATE.test(span.prefix) && Math.abs(value - span.value) < 0.2 * span.value) continue;
		if (bound * (value - span.value) < 0) continue;
		if (value <= least || value >= most) continue;
		const text = formatLike(span, value);
		// "0.4 million" for "2 million": a scale word the answer would not use.
		if (!text || (span.scaleWord && value / span.scale < 1 && span.mantissa >= 1)) continue;
		// "one hours": a count of one takes the singular, which the answer's form does not have.
		if (value === 1 && span.value !== 1 && /(?:^|\s)(?:1|one)\s+\p{L}+s\b/iu.test(text)) continue;
		seen.add(value);
		out.push(text);
	}
	return out;
}
