import { ROLE_WORDS, TITLES } from '../facts/gazetteer';
import { demonymCountry, findCity, findCountry } from '../lexicon';
import { wordClasses } from '../names/word-classes';
import type { Fact } from '../types';

/** Party words that stand before a politician's name as a label: "Republican Kevin Hart". */
const PARTY = new Set(
	'republican democrat democratic conservative labour liberal socialist green tory'.split(' ')
);

/** Honorifics belong to the name a reader types ("Mr Osborne"); offices do not. */
const HONORIFIC = new Set('mr mrs ms miss dr sir dame lord lady'.split(' '));

/** Words that open a clause and are never the first word of a name ("Unlike Senators"). */
const OPENERS = new Set(
	`unlike despite although though according during following without unless whereas while
	because besides including meanwhile however nevertheless moreover furthermore after before`.split(
		/\s+/
	)
);

const LINKS = new Set('of for and on in at to from by with under over upon'.split(' '));

const narrowed = new WeakMap<Fact, Fact | null>();

/**
 * A fact as a question asks for it. A word that opens the clause goes ("Despite Acme").
 * For a person, an office, a party or a nationality written before the name ("President
 * Jane Roe", "Republican John Doe", "Ethiopians Abebe Bikila") and a place after it ("Jane
 * Roe of Kenya") stay in the sentence as its context; the answer is the name. Null when
 * nothing of a name is left: an office alone ("President"), a party's members ("Democrats").
 */
export function askedSpan(fact: Fact): Fact | null {
	if (fact.kind === 'date' || fact.kind === 'figure') return fact;
	let out = narrowed.get(fact);
	if (out === undefined) {
		out = narrow(fact);
		narrowed.set(fact, out);
	}
	return out;
}

function narrow(fact: Fact): Fact | null {
	// "Hunter" is a common word, but not where the story has linked it to "Robert Hunter"
	const surname =
		fact.kind === 'person' &&
		!fact.text.includes(' ') &&
		fact.value !== fact.text &&
		fact.value.endsWith(` ${fact.text}`);
	if (surname) return fact;
	const text = nameOnly(fact.text, fact.kind === 'person');
	if (!text) return null;
	if (text === fact.text) return fact;
	const start = fact.start + fact.text.indexOf(text);
	const value = fact.value === fact.text ? text : (nameOnly(fact.value, true) ?? fact.value);
	return { ...fact, text, value, start, end: start + text.length };
}

function nameOnly(name: string, person: boolean): string | null {
	const words = name.split(' ');
	let lead = 0;
	while (lead < words.length - 1 && OPENERS.has(bare(words[lead]))) lead++;
	if (person) {
		if (words.every((w) => isLabel(w))) return null;
		// "Hospital", "Music": one capitalised common word is no person's name.
		if (words.length === 1 && isCommonWord(words[0])) return null;
		// Keep one word of name at least: "President Obama" stays "Obama".
		while (lead < words.length - 1 && isLabel(words[lead]) && /^\p{Lu}/u.test(words[lead + 1]))
			lead++;
	}
	// "the" inside a name follows a linking word ("Bank of the West"); after any other word
	// a new phrase has begun ("May the Union…"): the name is what follows it.
	for (let i = words.length - 2; i > lead; i--)
		if (words[i] === 'the' && !LINKS.has(bare(words[i - 1]))) {
			lead = i + 1;
			break;
		}
	let rest = words.slice(lead).join(' ');
	const of = /\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)$/u.exec(rest);
	// "Tom Reyes of Kobe": where a person is from is no part of a full name; a single name
	// before "of" is a noble's ("Catherine of Aragon")
	const before = of ? rest.slice(0, of.index) : '';
	if (person && of && (findCountry(of[1]) || findCity(of[1]) || before.includes(' ')))
		rest = before;
	if (rest === name) return name;
	return /^\p{Lu}/u.test(rest) ? rest : name;
}

function isCommonWord(word: string): boolean {
	const classes = wordClasses(word.toLowerCase());
	const named = ['given', 'surname', 'person'].some((c) => classes.includes(c));
	return !named && ['noun', 'adj', 'verb', 'adv'].some((c) => classes.includes(c));
}

const bare = (w: string) => w.toLowerCase().replace(/[.,]$/, '');

function isLabel(word: string): boolean {
	const w = bare(word);
	if (HONORIFIC.has(w)) return false;
	if (TITLES.has(w) || ROLE_WORDS.has(w) || PARTY.has(w) || PARTY.has(w.replace(/s$/, '')))
		return true;
	// A nationality, singular or plural: "Kenyan", "Ethiopians".
	return !!demonymCountry(word) || (/s$/.test(word) && !!demonymCountry(word.slice(0, -1)));
}
