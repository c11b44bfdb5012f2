/**
 * Reading numbers as news text writes them: "300,000", "300 thousand", "$9.37bn",
 * "twenty-four", "half a million"; and writing a number the way another was written.
 */
import { memo } from '../memo';

/** Number words below twenty, by value. */
export const UNITS = [
	'zero',
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten',
	'eleven',
	'twelve',
	'thirteen',
	'fourteen',
	'fifteen',
	'sixteen',
	'seventeen',
	'eighteen',
	'nineteen'
];
/** Tens by their digit: TENS[2] is "twenty". */
export const TENS = [
	'',
	'',
	'twenty',
	'thirty',
	'forty',
	'fifty',
	'sixty',
	'seventy',
	'eighty',
	'ninety'
];

/** Scale words and their abbreviations, as powers of ten ("bn" → 9). */
export const SCALES: Record<string, number> = {
	hundred: 2,
	thousand: 3,
	k: 3,
	million: 6,
	mn: 6,
	m: 6,
	billion: 9,
	bn: 9,
	b: 9,
	trillion: 12,
	tn: 12,
	trn: 12
};

const scaleOf = (word: string) => 10 ** SCALES[word.trim().toLowerCase()];

/**
 * "twenty-four" → 24, "two" → 2, "a" → 1, "dozen" → 12; NaN when it is no number word.
 * A compound is tens and a unit ("twenty-four", "twenty four").
 */
export function wordNumber(words: string): number {
	const parts = words.toLowerCase().split(/[-\s‑]+/);
	if (parts.length === 1) {
		const w = parts[0];
		if (w === 'a' || w === 'an') return 1;
		if (w === 'dozen') return 12;
		const u = UNITS.indexOf(w);
		if (u >= 0) return u;
		const t = TENS.indexOf(w);
		return t >= 2 ? t * 10 : NaN;
	}
	const t = TENS.indexOf(parts[0]);
	const u = UNITS.indexOf(parts[1]);
	return parts.length === 2 && t >= 2 && u >= 1 && u <= 9 ? t * 10 + u : NaN;
}

/** "260.75" scaled by 10^9 → 260750000000, without floating-point noise. */
export function scaleDecimal(digits: string, power: number): number {
	const clean = digits.replace(/,/g, '');
	const [int, frac = ''] = clean.split('.');
	if (power >= frac.length) return Number(int + frac + '0'.repeat(power - frac.length));
	return Number(int + frac) / 10 ** (frac.length - power);
}

/** A number as plain digits: 2000000, 1.5 — never exponent notation. */
export function plainNumber(n: number): string {
	if (Number.isInteger(n) && Math.abs(n) < 1e21) return n.toFixed(0);
	return String(Number(n.toPrecision(12)));
}

/** A number found in a text, with what surrounds it, so a new number can take its place. */
export interface NumberSpan {
	/** Text before the number ("over ", "$"). */
	prefix: string;
	/** Text after the number and its scale word ("bn roubles" keeps "roubles" here). */
	suffix: string;
	/** The number as written, before its scale word: 300 in "300 thousand". */
	mantissa: number;
	/** Digits after the decimal point as written. */
	decimals: number;
	/** The scale word as written ("thousand", "bn"), with the space before it. */
	scaleWord: string;
	scale: number;
	style: 'digits' | 'grouped' | 'words';
	/** Words only: the first letter was a capital. */
	capital: boolean;
	value: number;
}

const DIGITS =
	/(\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+)(?:\.(\d+))?(\s?(?:thousand|million|billion|trillion|hundred|bn|mn|tn|trn|k|m|b)\b)?/i;

/** Finds the first number in `text` (digits or English number words). Read once per text. */
export const findNumber: (text: string) => NumberSpan | null = memo(readNumber);

function readNumber(text: string): NumberSpan | null {
	const m = DIGITS.exec(text);
	if (m) {
		const whole = m[1].replace(/[, \u00a0\u202f]/g, '');
		const mantissa = Number(m[2] ? `${whole}.${m[2]}` : whole);
		const scaleWord = m[3] ?? '';
		const scale = scaleWord ? scaleOf(scaleWord) : 1;
		return {
			prefix: text.slice(0, m.index),
			suffix: text.slice(m.index + m[0].length),
			mantissa,
			decimals: m[2]?.length ?? 0,
			scaleWord,
			scale,
			style: /\D/.test(m[1]) ? 'grouped' : 'digits',
			capital: false,
			value: mantissa * scale
		};
	}
	return findNumberWords(text);
}

const TENS_WORDS = TENS.slice(2).join('|');
const WORD = new RegExp(
	`\\b(?:(?:${TENS_WORDS})(?:-(?:${UNITS.slice(1, 10).join('|')}))?|a|${UNITS.slice(1).join('|')})(?:\\s+(?:hundred|thousand|million|billion|trillion))*\\b`,
	'i'
);

// "half a million" is 500,000, not the million that "a million" alone would give.
const HALF = /\bhalf(?:\s+an?)?\s+(thousand|million|billion|trillion)\b/i;

function findNumberWords(text: string): NumberSpan | null {
	const half = HALF.exec(text);
	if (half) {
		const scale = scaleOf(half[1]);
		return {
			prefix: text.slice(0, half.index),
			suffix: text.slice(half.index + half[0].length),
			mantissa: 0.5,
			decimals: 1,
			scaleWord: ' ' + half[1],
			scale,
			style: 'words',
			capital: /^[A-Z]/.test(half[0]),
			value: 0.5 * scale
		};
	}
	const m = WORD.exec(text);
	if (!m || /^a$/i.test(m[0])) return null;
	const words = m[0].toLowerCase().split(/\s+/);
	const mantissa = wordNumber(words[0]);
	if (Number.isNaN(mantissa)) return null;
	let scale = 1;
	const scaleWords = words.slice(1);
	for (const w of scaleWords) scale *= scaleOf(w);
	return {
		prefix: text.slice(0, m.index),
		suffix: text.slice(m.index + m[0].length),
		mantissa,
		decimals: 0,
		scaleWord: scaleWords.length ? ' ' + scaleWords.join(' ') : '',
		scale,
		style: 'words',
		capital: /^[A-Z]/.test(m[0]),
		value: mantissa * scale
	};
}

/** English words for 0–99; null beyond, where news text uses digits anyway. */
export function numberToWords(n: number): string | null {
	if (!Number.isInteger(n) || n < 0 || n > 99) return null;
	if (n < 20) return UNITS[n];
	const unit = n % 10;
	return TENS[Math.floor(n / 10)] + (unit ? '-' + UNITS[unit] : '');
}

function group(digits: string): string {
	return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * Writes `value` the way `like` was written (same prefix, scale word, grouping, decimals),
 * or null when it cannot be written that way without looking odd.
 */
export function formatLike(like: NumberSpan, value: number): string | null {
	const mantissa = value / like.scale;
	if (mantissa <= 0 || !Number.isFinite(mantissa)) return null;
	let body: string;
	if (like.style === 'words') {
		const w = numberToWords(mantissa);
		if (w === null) return null;
		body = like.capital ? w[0].toUpperCase() + w.slice(1) : w;
	} else {
		const fixed = mantissa.toFixed(like.decimals);
		if (Math.abs(Number(fixed) - mantissa) > 1e-9 * Math.max(1, mantissa)) {
			// Needs more decimals than the model had: allow one more only for scaled numbers.
			if (!like.scaleWord || like.decimals > 0) return null;
			const one = mantissa.toFixed(1);
			if (Math.abs(Number(one) - mantissa) > 1e-9) return null;
			body = one;
		} else body = fixed;
		if (like.scaleWord && Number(body) >= 1000) return null;
		// "2.0 million" reads oddly where "2 million" says the same.
		if (like.scaleWord && /\.0+$/.test(body)) body = body.replace(/\.0+$/, '');
		const [whole, frac] = body.split('.');
		body = (like.style === 'grouped' ? group(whole) : whole) + (frac ? '.' + frac : '');
	}
	return like.prefix + body + like.scaleWord + like.suffix;
}

/** The value of a typed or written number, or null when the text holds none. */
export function parseNumber(text: string): number | null {
	return findNumber(text)?.value ?? null;
}
