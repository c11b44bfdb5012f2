import { ROLE_WORDS, TITLES } from '../facts/gazetteer';
import { demonymCountry, findCity, findCountry } from '../lexicon';
import type { Fact } from '../types';

/** Party words that stand before a politician's name as a label: "Republican Kevin Hart". */
const PARTY = new Set(
	'republican democrat democratic conservative labour liberal socialist green tory'.split(' ')
);

/** Honorifics belong to the name a reader types ("Mr Osborne"); offices do not. */
const HONORIFIC = new Set('mr mrs ms miss dr sir dame lord lady'.split(' '));

const narrowed = new WeakMap<Fact, Fact>();

/**
 * A person as a question asks for them: an office, a party or a nationality written before
 * the name ("President Jane Roe", "Republican John Doe", "Ethiopians Abebe Bikila") and a
 * place after it ("Jane Roe of Kenya") stay in the sentence as its context; the answer is
 * the name. Other facts are returned as they are.
 */
export function askedSpan(fact: Fact): Fact {
	if (fact.kind !== 'person') return fact;
	let out = narrowed.get(fact);
	if (!out) {
		out = narrow(fact);
		narrowed.set(fact, out);
	}
	return out;
}

function narrow(fact: Fact): Fact {
	const words = fact.text.split(' ');
	let lead = 0;
	// Keep two words of name at least: "President Obama" stays "Obama", never "".
	while (lead < words.length - 1 && isLabel(words[lead], words[lead + 1])) lead++;
	let rest = words.slice(lead).join(' ');
	const of = /\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)$/u.exec(rest);
	if (of && (findCountry(of[1]) || findCity(of[1]))) rest = rest.slice(0, of.index);
	if (rest === fact.text || !/^\p{Lu}/u.test(rest)) return fact;
	const start = fact.start + fact.text.indexOf(rest);
	return { ...fact, text: rest, start, end: start + rest.length };
}

const bare = (w: string) => w.toLowerCase().replace(/[.,]$/, '');

function isLabel(word: string, next: string): boolean {
	const w = bare(word);
	if (!/^\p{Lu}/u.test(next)) return false;
	if (HONORIFIC.has(w)) return false;
	if (TITLES.has(w) || ROLE_WORDS.has(w) || PARTY.has(w)) return true;
	// A nationality, singular or plural: "Kenyan", "Ethiopians".
	return !!demonymCountry(word) || (/s$/.test(word) && !!demonymCountry(word.slice(0, -1)));
}
