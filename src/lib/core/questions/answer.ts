import type { Fact } from '../types';
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
 * glitch, and a person's surname. Only for names: numbers and dates are read by value.
 */
export function acceptFor(fact: Fact, facts: Fact[], answer: string): string[] {
	if (fact.kind === 'date' || fact.kind === 'figure') return [];
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
	if (fact.kind === 'person' && NAME.test(answer) && answer.includes(' ')) {
		const parts = answer.split(/\s+/);
		if (parts.length > 1 && parts.at(-1)!.length >= 3) add(parts.at(-1));
	}
	return [...out];
}
