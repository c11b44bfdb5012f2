import type { FactKind } from '../types';
import { parseDate, type ParsedDate } from '../lexical/dates';
import { countriesNamed, countriesOfDemonym, sameByReference } from './lexicon';
import { nearlySame, sameBySurname, sameOrganisation } from './names';
import { normaliseAnswer } from './normalise';
import { findNumber } from '../lexical/numbers';

/** What the grader may know about the question beyond its answer. */
export interface GradingContext {
	/** The kind of fact asked about: a person may be named by surname alone. */
	kind?: FactKind;
	/** The question asks for a nationality: a country's demonym answers it ("British" for UK). */
	nationality?: boolean;
	/**
	 * The question's words: a learner may repeat one after a number ("51 people" to "How many
	 * people were killed?").
	 */
	prompt?: string;
}

// Words that may stand around a number or a date without changing what is asked.
const FILLER = new Set(
	'a an the on in at of since by from until about around over under nearly almost more less fewer than some approximately roughly close to just only exactly up least most well above below upwards'.split(
		' '
	)
);
// A learner who says "fewer than" where the article says "more than" gives another answer.
const UPWARD = new Set('over more above least upwards'.split(' '));
const DOWNWARD = new Set('under less fewer below nearly almost most'.split(' '));

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

/** "%", "pc", "per cent" and "percent" are one unit. */
const percentAsWord = (text: string) =>
	text.replace(/(\d)\s*(?:%|per\s?cent\b|pct\b|pc\b)/gi, '$1 percent');

/** "1,5" or "1,0000": a comma that groups no thousands, so which number is meant is unclear. */
const oddGrouping = (text: string) => /\d,(?:\d{1,2}|\d{4,})(?!\d)/.test(text);

function direction(words: string[]): 1 | -1 | 0 {
	if (words.some((w) => UPWARD.has(w))) return 1;
	if (words.some((w) => DOWNWARD.has(w))) return -1;
	return 0;
}

function sameNumber(expectedText: string, givenText: string, prompt = ''): boolean | null {
	const expected = percentAsWord(expectedText);
	const e = findNumber(expected);
	if (!e || !fillerOnly(e.prefix.replace(/[$£€¥]/g, ''))) return null;
	const given = percentAsWord(givenText);
	if (oddGrouping(given)) return false;
	const g = findNumber(given);
	if (!g || Math.abs(g.value - e.value) > 1e-9 * Math.max(1, e.value)) return false;
	const before = normaliseAnswer(g.prefix).split(' ');
	const de = direction(normaliseAnswer(e.prefix).split(' '));
	if (de && direction(before) === -de) return false;
	// Words the learner adds must be units the answer has ("14 days"), not other ones.
	const allowed = new Set([
		...normaliseAnswer(expected).split(' '),
		...normaliseAnswer(prompt).split(' ')
	]);
	const extra = [...before, ...normaliseAnswer(g.suffix).split(' ')];
	return extra.every((w) => !w || allowed.has(w) || FILLER.has(w));
}

/** The forms one expected answer may take: "Federal Security Service (FSB)" → both parts too. */
function forms(expected: string): string[] {
	const m = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(expected);
	return m ? [expected, m[1], m[2]] : [expected];
}

/** A country asked as a nationality, or a nationality asked: names and demonyms of one country. */
function sameNationality(e: string, g: string, nationality: boolean): boolean {
	const asked = countriesOfDemonym(e);
	const codes = asked.length ? asked : nationality ? countriesNamed(e) : [];
	if (!codes.length) return false;
	const given = [...countriesOfDemonym(g), ...(asked.length ? countriesNamed(g) : [])];
	return given.some((c) => codes.includes(c));
}

function sameName(form: string, given: string, context: GradingContext): boolean {
	const e = normaliseAnswer(form);
	const g = normaliseAnswer(given);
	if (nearlySame(e, g) || sameByReference(e, g)) return true;
	if (sameNationality(e, g, context.nationality ?? false)) return true;
	if (context.kind === 'person') return sameBySurname(e, g);
	if (context.kind === undefined || context.kind === 'organisation') return sameOrganisation(e, g);
	return false;
}

/** Is the typed `given` the same answer as `expected`? */
export function matchesTyped(
	expected: string,
	given: string,
	context: GradingContext = {}
): boolean {
	if (!normaliseAnswer(given)) return false;
	for (const form of forms(expected)) {
		const ed = asDate(form);
		const gd = ed && asDate(given);
		if (ed && gd && sameDate(ed, gd)) return true;
		const num = sameNumber(form, given, context.prompt);
		if (num) return true;
		if (ed || num === false) continue;
		if (sameName(form, given, context)) return true;
	}
	return false;
}
