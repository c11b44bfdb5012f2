import { isHeadWord } from '../facts/detail';
import { placesInName } from '../facts/places-in-names';
import type { Fact } from '../types';
import { findNumber, formatLike } from '../lexical/numbers';
import { tidy } from './text';
import { memo } from '../memo';

/** The answer as a learner should read it: glitches mended, "(FSB)" and a leading "the" dropped. */
export function displayAnswer(fact: Fact): string {
	return display(fact.text);
}

const display = memo(clean);

function clean(raw: string): string {
	const text = tidy(raw)
		.replace(/\s*\([^()]*\)\s*$/, '')
		.replace(/^the\s+/i, '')
		.replace(/[“”"]/g, '')
		.trim();
	return text || raw.trim();
}

/** Capitalised words only: a name, not a description. */
const NAME = /^(\p{Lu}[\p{L}'’.-]*\s+)*\p{Lu}[\p{L}'’.-]+$/u;

const isDateOrNumber = (s: string) => /^\d{4}-\d\d(-\d\d)?$/.test(s) || /^[\d.,\s]+$/.test(s);

const valueIndex = new WeakMap<Fact[], Map<string, Fact[]>>();

/** The facts of a deck by kind and value, indexed once. */
function sameValue(facts: Fact[]): Map<string, Fact[]> {
	let out = valueIndex.get(facts);
	if (!out) {
		out = new Map();
		for (const f of facts) {
			const key = `${f.kind}|${f.value}`;
			out.set(key, [...(out.get(key) ?? []), f]);
		}
		valueIndex.set(facts, out);
	}
	return out;
}

/**
 * Other right answers to type: the acronym or long name, aliases, the name behind a
 * glitch, and a person's surname; for a figure with a qualifier, the bare figure and the
 * exact one the article gives within its bound. Dates are read by value.
 */
export function acceptFor(fact: Fact, facts: Fact[], answer: string): string[] {
	if (fact.kind === 'figure') {
		// "Ten" is also typed "10", as the grader takes it
		const digits = inDigits(answer);
		const bounded = boundedBy(fact, facts);
		return digits !== answer && !bounded.includes(digits) ? [digits, ...bounded] : bounded;
	}
	if (fact.kind === 'date') return [];
	const out = new Set<string>();
	const add = (s: string | undefined) => {
		const t = s ? display(s) : '';
		// A person's other names, not descriptions of them ("the Ukrainian president").
		if (fact.kind === 'person' && !NAME.test(t)) return;
		if (t && !isDateOrNumber(t) && t.toLowerCase() !== answer.toLowerCase()) out.add(t);
	};
	const paren = /\(([^()]+)\)\s*$/.exec(fact.text);
	if (paren) add(paren[1]);
	add(fact.value);
	fact.aliases?.forEach(add);
	for (const f of sameValue(facts).get(`${fact.kind}|${fact.value}`) ?? [])
		if (f.id !== fact.id) add(f.text);
	if (fact.kind === 'organisation') add(withoutPlace(answer));
	if (fact.kind === 'person' && NAME.test(answer) && answer.includes(' ')) {
		const parts = answer.split(/\s+/);
		if (parts.length > 1 && parts.at(-1)!.length >= 3) add(parts.at(-1));
	}
	return [...out];
}

/**
 * "More than 50 people were killed" and, further down, "51 people died": a figure the article
 * gives only as a bound is also answered by the exact figure the article gives of the same
 * thing within that bound (above "more than 50", below "nearly 50", near "about 50"), and,
 * as the grader already takes it, by the figure without its qualifier ("50").
 */
function boundedBy(fact: Fact, facts: Fact[]): string[] {
	const fig = fact.figure;
	const q = fig?.qualifier?.toLowerCase().replace(/\s+/g, ' ').trim();
	if (!fig || !q) return [];
	// the figure without its qualifier ("400" for "over 400"), which the grader takes too
	const bare = display(fact.text).replace(new RegExp(`^${q.replace(/ /g, '\\s+')}\\s+`, 'i'), '');
	const out = new Set<string>(bare && bare !== display(fact.text) ? [bare] : []);
	if (!fig.counts) return [...out];
	const within = bound(q, fig.number);
	if (!within) return [...out];
	for (const g of facts) {
		const h = g.figure;
		if (g.kind !== 'figure' || g === fact || !h || h.qualifier || h.unit !== fig.unit) continue;
		if (h.counts !== fig.counts || !within(h.number)) continue;
		out.add(display(g.text));
	}
	return [...out];
}

/** Which exact figures a qualified one ("more than 50") allows, or none for its qualifier. */
function bound(qualifier: string, n: number): ((x: number) => boolean) | undefined {
	if (qualifier === 'at least') return (x) => x >= n && x <= 2 * n;
	if (ABOVE.test(qualifier)) return (x) => x > n && x <= 2 * n;
	if (BELOW.test(qualifier)) return (x) => x < n && x >= n / 2;
	if (NEAR.test(qualifier)) return (x) => Math.abs(x - n) <= n / 10;
	return undefined;
}

const ABOVE = /^(?:(?:just )?over|more than|upwards of)$/;
const BELOW = /^(?:nearly|almost|fewer than|less than|under|up to|close to)$/;
const NEAR = /^(?:about|around|roughly|approximately|some|an estimated)$/;

/**
 * A body named by its place and its own name ("New Orleans Pelicans", "Sacramento Kings"), said
 * by its own name alone ("Pelicans"), where that is no word English names of bodies are built
 * on ("New York Times" keeps its "Times", "Manchester United" its "United").
 */
function withoutPlace(answer: string): string | undefined {
	const place = placesInName(answer).find((p) => p.start === 0);
	if (!place) return undefined;
	const rest = answer.slice(place.end).trim().split(/\s+/);
	if (rest.length > 2 || !NAME.test(rest.join(' ')) || rest.some(isHeadWord)) return undefined;
	return rest.join(' ');
}

/**
 * Counts written in words ("thirteen", "Seventeen years") are offered in digits: four
 * numbers are told apart at a glance, and a word like "thirteen" is read as no number at all.
 */
export function inDigits(text: string): string {
	const span = findNumber(text);
	if (!span || span.style !== 'words' || span.scaleWord) return text;
	const digits = formatLike({ ...span, style: 'digits', decimals: 0, capital: false }, span.value);
	return digits ?? text;
}
