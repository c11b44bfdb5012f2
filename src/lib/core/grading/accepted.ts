/** The other right answers a question builder stores in `Question.accept`, from the article. */
import type { Fact } from '../types';
import { countryByCode, countryNames, findCountry } from '../lexicon';
import { normaliseAnswer } from './normalise';

export interface AcceptOptions {
	/** The question asks for a nationality: add the country's demonyms ("British"). */
	nationality?: boolean;
}

const isNumberOrDate = (s: string) => /^[\d\s.,:/-]+$/.test(s);

/** The country a place fact names, from the fact or the reference list. */
function countryOf(fact: Fact) {
	if (fact.detail === 'country' && fact.country) return countryByCode(fact.country);
	return findCountry(fact.value || fact.text) ?? findCountry(fact.text);
}

/**
 * Names the article itself gives the same thing: the fact's aliases (an acronym it defines,
 * "Federal Security Service (FSB)"), its normalised value, other facts of the same value; for
 * a nationality, the country's demonyms. Rules that need no article — surnames, "per cent",
 * country names, spellings, generic words, dots in acronyms — the grader applies by itself.
 * Dates and figures get none: they are read by value. Never the answer's own form.
 */
export function acceptedForms(
	fact: Fact,
	facts: readonly Fact[],
	options: AcceptOptions = {}
): string[] {
	if (fact.kind === 'date' || fact.kind === 'figure') return [];
	const out = new Map<string, string>();
	const own = normaliseAnswer(fact.text.replace(/\s*\([^()]*\)\s*$/, ''));
	const add = (s: string | undefined) => {
		const t = s?.trim();
		const key = t ? normaliseAnswer(t) : '';
		if (t && key && key !== own && !isNumberOrDate(t) && !out.has(key)) out.set(key, t);
	};
	add(/\(([^()]+)\)\s*$/.exec(fact.text)?.[1]);
	add(fact.value);
	fact.aliases?.forEach(add);
	for (const f of facts)
		if (f.id !== fact.id && f.kind === fact.kind && f.value === fact.value) add(f.text);
	if (options.nationality && fact.kind === 'place') {
		countryOf(fact)?.demonyms.forEach(add);
	}
	return [...out.values()];
}

/** A country's names and demonyms, by ISO code: for choices and distractors as well. */
export function countryForms(code: string): { names: string[]; demonyms: string[] } {
	const country = countryByCode(code);
	return country
		? { names: countryNames(country), demonyms: country.demonyms }
		: { names: [], demonyms: [] };
}
