import { parseDate, type ParsedDate } from './dates';
import { editDistance } from './distance';
import { normaliseAnswer } from './normalise';
import { findNumber } from './numbers';

// Words that may stand around a number or a date without changing what is asked.
const FILLER = new Set(
	'a an the on in at of since by from until about around over under nearly almost more less than some approximately roughly close to just only exactly up'.split(
		' '
	)
);

const letters = (s: string) => s.replace(/[^\p{L}]/gu, '');

function fillerOnly(text: string): boolean {
	return normaliseAnswer(text)
		.split(' ')
		.every((w) => !w || FILLER.has(w));
}

/** The text is a date and nothing else of substance. */
function asDate(text: string): ParsedDate | null {
	const d = parseDate(text);
	if (!d || !fillerOnly(d.format.prefix) || !fillerOnly(d.format.suffix)) return null;
	return d;
}

function sameDate(expected: ParsedDate, given: ParsedDate): boolean {
	const parts = ['day', 'month', 'year', 'weekday'] as const;
	// A year the article left out may be added; any part it gave must be given back.
	return parts.every((p) =>
		expected[p] === undefined ? p === 'year' || given[p] === undefined : expected[p] === given[p]
	);
}

function sameNumber(expected: string, given: string): boolean | null {
	const e = findNumber(expected);
	if (!e || !fillerOnly(e.prefix.replace(/[$£€¥]/g, ''))) return null;
	const g = findNumber(given);
	if (!g || Math.abs(g.value - e.value) > 1e-9 * Math.max(1, e.value)) return false;
	// Words the learner adds must be units the answer has ("14 days"), not other ones.
	const allowed = new Set(normaliseAnswer(expected).split(' '));
	const extra = normaliseAnswer(g.prefix + ' ' + g.suffix).split(' ');
	return extra.every((w) => !w || allowed.has(w) || FILLER.has(w));
}

/** The forms one expected answer may take: "Federal Security Service (FSB)" → both parts too. */
function forms(expected: string): string[] {
	const m = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(expected);
	return m ? [expected, m[1], m[2]] : [expected];
}

/** Is the typed `given` the same answer as `expected`? */
export function matchesTyped(expected: string, given: string): boolean {
	if (!normaliseAnswer(given)) return false;
	for (const form of forms(expected)) {
		const ed = asDate(form);
		const gd = ed && asDate(given);
		if (ed && gd && sameDate(ed, gd)) return true;
		const num = sameNumber(form, given);
		if (num) return true;
		if (ed || num === false) continue;
		const e = normaliseAnswer(form);
		const g = normaliseAnswer(given);
		if (e === g) return true;
		// One typo is forgiven in names of five letters or more, never in numbers.
		if (letters(e).length >= 5 && !/\d/.test(e + g) && editDistance(e, g, 1) <= 1) return true;
	}
	return false;
}
