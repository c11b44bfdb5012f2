import { isHeadWord, placeHead } from '../facts/detail';
import { placesInName } from '../facts/places-in-names';
import { demonymCountry, findCity, findCountry, findRegion, isGivenName } from '../lexicon';
import type { Fact } from '../types';
import { headClass } from '../names/head-words';

/**
 * What a typed answer is: "a year", "a percentage", "a city". A blank that "US", "2019" and
 * "Pacific" all fill is no question; told what sort of word is wanted, the learner can only
 * answer it from the article.
 */
export function answerHint(fact: Fact): string | undefined {
	switch (fact.kind) {
		case 'date':
			return dateHint(fact);
		case 'figure':
			return figureHint(fact);
		case 'person':
			return personHint(fact);
		case 'organisation':
			if (fact.detail === 'government' && !isSurelyGovernment(fact.value)) return undefined;
			return ORGANISATION[fact.detail ?? 'other'];
		case 'place':
			return placeHint(fact);
	}
}

// Words English names of places end on that are also surnames: a label is withheld, not a kind
const TOPOGRAPHIC = /^(?:point|beach|creek|cove|falls|heights|hills?|springs|woods?|ridge)$/i;

/**
 * A name's sort is told only where it is sure: a wrong label ("a place" for a magazine)
 * misleads more than none. A person by a given name of the lists, a body by the word it is
 * built on ("University", "Party"), a place by the reference lists.
 */
function personHint(fact: Fact): string | undefined {
	const words = fact.value.split(/\s+/);
	// "Sandy Point", "Grace Church": a given name before a head word of sites and bodies;
	// "Gay Village", "Harlow Town Hall": a head word of sites and bodies anywhere in it
	// ("Hall" or "Park" as a surname loses its label: none misleads less than a wrong one)
	if (words.some((w) => isHeadWord(w) || headClass(w.toLowerCase()) || TOPOGRAPHIC.test(w)))
		return undefined;
	return words.length > 1 && isGivenName(words[0]) ? "a person's name" : undefined;
}

const ORGANISATION: Record<string, string> = {
	government: 'a government body',
	party: 'a political party',
	team: 'a team',
	media: 'a newspaper or broadcaster',
	school: 'a school or university'
};

// Words only a state's bodies are named by; "council", "army", "board" or "authority" name
// militias, clubs, boards of firms and charities as often
const STATE_WORDS =
	/\b(?:ministry|ministries|department|parliament|congress|senate|duma|knesset|bundestag|legislature|embassy|consulate|treasury|cabinet|government|police|navy|court|tribunal|secretariat|federal|national|state|royal|municipal|city|county|provincial|presidential|supreme|legislative|coast\s+guard|intelligence\s+(?:agency|service)|UN|United\s+Nations|European\s+Union|EU)\b/i;

/**
 * Is a body the tagger calls a government's surely one? Only if its name says so: a word only
 * a state's bodies bear ("Ministry", "Court", "National"), or its country ("Iraqi Army",
 * "Army of Chile"). "The Southern Transitional Council" and "the Mahdi Army" get no label.
 */
function isSurelyGovernment(name: string): boolean {
	if (STATE_WORDS.test(name)) return true;
	const words = name.split(/[\s,'’-]+/).filter(Boolean);
	if (words.some((w) => /^\p{Lu}/u.test(w) && demonymCountry(w))) return true;
	// a country the name is built on ("United States Air Force", "Army of Chile")
	return placesInName(name).some((p) => !!findCountry(p.name));
}

/**
 * A place is named as finely as the reference lists know it: an island the lists do not
 * hold gets no label, never a guessed "city".
 */
function placeHint(fact: Fact): string | undefined {
	const names = [fact.text, fact.value];
	if (names.some((n) => findCountry(n))) return 'a country';
	if (names.some((n) => findCity(n))) return 'a city or town';
	// many regions bear their chief town's name ("Geneva", "Zurich", "Madrid"): a one-word
	// region of the lists may be the town, so only a longer name or a head word says region
	if (names.some((n) => /\s/.test(n.trim()) && findRegion(n)) || placeHead(fact.value) === 'region')
		return 'a region';
	return undefined;
}

function dateHint(fact: Fact): string {
	const d = fact.date;
	const bare = fact.text.replace(/^the\s+/i, '');
	if (/^\d{3}0s$/.test(bare) || /^(?:early|mid|late)[\s-]+\d{3}0s$/i.test(bare)) return 'a decade';
	if (/century$/i.test(bare)) return 'a century';
	if (!d) return 'a date';
	if (d.granularity === 'day') return d.year ? 'a date (day, month and year)' : 'a day and month';
	if (d.granularity === 'month') return d.year ? 'a month and year' : 'a month';
	if (d.granularity === 'year') return 'a year';
	return 'a date';
}

const TIME = /^(?:second|minute|hour|day|week|month|year|decade|century|centurie)s?$/i;
const LENGTH =
	/^(?:mm|cm|m|km|mi|metres?|meters?|kilometres?|kilometers?|miles?|feet|foot|ft|inch(?:es)?|yards?)$/i;
const MONEY =
	/^(?:[$£€¥₹₽]|US\$|A\$|C\$|HK\$|[A-Z]{3}|dollars?|pounds? sterling|euros?|roubles?|rubles?|yen|yuan|rupees?|francs?|pesos?|won)$/;

function figureHint(fact: Fact): string {
	const unit = fact.figure?.unit?.trim() ?? '';
	if (unit === '%' || /^per\s?cent$/i.test(unit)) return 'a percentage';
	if (MONEY.test(unit)) return 'an amount of money';
	if (TIME.test(unit)) return 'a length of time';
	if (LENGTH.test(unit)) return 'a distance';
	return 'a number';
}
