import { findNumber } from '../lexical/numbers';
import { findCountry, findRegion } from '../lexicon';
import type { Fact } from '../types';
import { isNounWord } from './english/verbs';
import { isSideDetail } from './side';
import { insideQuote, type Located } from './stem';

/** Nouns that name a kind of body; alone, capitalised, they stand for the one in the story. */
const GENERIC_BODY = new Set(
	`court state government police army navy parliament congress senate house assembly ministry
	council committee church party union company commission agency board cabinet administration
	department office bank university school hospital club team league federation coalition`.split(
		/\s+/
	)
);

const CONVERTED =
	/^\s*(?:°?\s*[\p{L}°]{1,12}\.?\s*)?\(\s*(?:(?:~|≈|about|approximately|approx\.|c\.|around|some)\s*)?[\d.,]+\s*(?:°\s*)?[\p{L}%]/u;

const VAGUE_QUANTITY =
	/^(?:(?:at least|more than|over|about|around|nearly|almost|some|a few|several)\s+)?(?:an?\s+)?(?:dozen|dozens|score|scores|hundreds|thousands|millions|billions|handful|couple)(?:\s+of)?$/i;

const WEEKDAY = /^(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)days?$/i;
const CLOCK =
	/^\d{1,2}[:.]\d\d(?:\s*(?:am|pm|a\.m\.|p\.m\.))?$|^\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)$/i;

// the units of a measure written in several parts ("1 hour 59 minutes", "6 feet 2 inches")
const MEASURE_UNITS =
	'(?:hours?|hrs?|minutes?|mins?|seconds?|secs?|feet|foot|ft|inches|inch|pounds?|lbs?|ounces?|oz|stones?|metres?|meters?|centimetres?|centimeters?|cm)';
const MEASURE_PART = new RegExp(`\\d\\s*${MEASURE_UNITS}$`, 'i');
const COMPOUND_AFTER = new RegExp(
	`^\\s*(?:,\\s*)?(?:and\\s+)?\\d+(?:\\.\\d+)?\\s*${MEASURE_UNITS}\\b`,
	'i'
);
const COMPOUND_BEFORE = new RegExp(`\\d\\s*${MEASURE_UNITS}\\s*(?:,\\s*)?(?:and\\s+)?$`, 'i');

/**
 * Facts not worth learning: a weekday alone, a clock time, a footnote mark, a lone "one",
 * a conversion in brackets after the figure it converts ("5 miles (8 km)"), a span counted
 * from an event, a count of one or two, a place used as a modifier or as an address.
 */
export function isTrivia(fact: Fact, at: Located, facts: readonly Fact[] = []): boolean {
	const t = fact.text.trim();
	if (isSideDetail(fact, at, facts)) return true;
	if (WEEKDAY.test(t) || CLOCK.test(t) || /^\[\d+\]$/.test(t) || /^(?:1|one|One)$/.test(t))
		return true;
	// "the Court", "the Senate": a body named by what it is says what the sentence says.
	if (fact.kind === 'organisation' && GENERIC_BODY.has(t.replace(/^the\s+/i, '').toLowerCase()))
		return true;
	// A lone letter is an initial, not a name: "L. Ron Hubbard".
	if (/^\p{Lu}\.?$/u.test(t)) return true;
	const before = at.sentence.slice(0, at.start);
	const after = at.sentence.slice(at.end);
	// "told the BBC", "according to Reuters": where the words were said, not what happened.
	if (
		fact.kind === 'organisation' &&
		/\b(?:told|according to|reported by|in an interview with|speaking to|quoted by|(?:stated|said|spoke|wrote|explained|confirmed) to)\s+(?:the\s+)?$/i.test(
			before
		)
	)
		return true;
	// "1 hour 59 minutes 40.2 seconds", "6 feet 2 inches": one part of a measure written in
	// several units is no figure of its own
	if (
		fact.kind === 'figure' &&
		MEASURE_PART.test(t) &&
		(COMPOUND_AFTER.test(after) || COMPOUND_BEFORE.test(before))
	)
		return true;
	// "2019-nCoV", "COVID-19", "Su-27": a number joined by a hyphen to a name is part of it
	if (
		(fact.kind === 'date' || fact.kind === 'figure') &&
		(/^-[\p{L}\p{N}]*\p{Lu}/u.test(after) || /\p{Lu}[\p{L}\p{N}]*-$/u.test(before))
	)
		return true;
	// A name run into a picture credit ("Washington D.C. Image: US Navy") is no clean answer.
	if (/\b(?:Image|Photo|Picture)$/.test(t) && /^\s*:/.test(after)) return true;
	// A clock time written with its zone or "hours" ("1400 GMT", "at 9 o'clock").
	if (/^\s*(?:GMT|BST|UTC|CET|EST|EDT|PST|am|pm|a\.m\.|p\.m\.|hrs|o['’]clock)\b/.test(after))
		return true;
	// "5 miles (8 km)", "141 billion litres (37 billion US gallons; 31 billion imperial
	// gallons)": every figure of a bracket opened right after a figure converts it
	const open = before.lastIndexOf('(');
	if (
		fact.kind === 'figure' &&
		open >= 0 &&
		!before.slice(open).includes(')') &&
		/(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million|billion))[^()\d]{0,30}$/i.test(
			before.slice(0, open)
		)
	)
		return true;
	// "75 ft (~23 m)", "450°F (232°C)": a figure its bracket converts is given away by it
	if (fact.kind === 'figure' && CONVERTED.test(after)) return true;
	// "the top ten countries", "a top-five finish": how long a ranking is counts nothing of the
	// story, and "top ten" is said by habit
	// ("failing to top 1%" is the verb)
	if (
		fact.kind === 'figure' &&
		/\b(?:the|a|its|their|his|her|our|\p{L}+['’]s)\s+top[\s-]+$/iu.test(before)
	)
		return true;
	// "a 49-page report": how long a document is says nothing of what it says
	if (fact.kind === 'figure' && /^[-\s](?:page|pages|word|minute-long|second-long)\b/i.test(after))
		return true;
	// "held each year on May 31": the fixed day of a yearly event is the calendar's, not news
	if (
		fact.kind === 'date' &&
		/\b(?:each|every)\s+year\s+(?:on|in)\s+$|\bannually\s+(?:on|in)\s+$/i.test(before)
	)
		return true;
	// "Six minutes later", "two years ago": a span counted from an event, not a fact to learn.
	if (fact.kind === 'figure' && /^\s+(?:later|earlier|ago|afterwards|beforehand)\b/i.test(after))
		return true;
	// Quoted words are the speaker's way of putting it ("90% of the work", "for 80 years", "we
	// are with you, Paweł"), not a fact the report stands behind: the report tells its facts
	// in its own words.
	if (insideQuote(at.sentence, at.start)) return true;
	// "a dozen", "scores", "hundreds": a word for about how many, not a figure one can learn
	if (fact.kind === 'figure' && VAGUE_QUANTITY.test(t)) return true;
	// Two of something with no unit ("the two records") is what the sentence shows, not news.
	if (fact.kind === 'figure' && !fact.figure?.unit && (findNumber(t)?.value ?? 3) <= 2) return true;
	// A place used as a modifier ("the US federal government") is no answer to ask for; nor a
	// body or a person before a noun ("the Twitter account", "the Trump administration"): the
	// name only says which one, of something the sentence is not about.
	if (/\b(?:the|an?)\s+$/i.test(before)) {
		if (fact.kind === 'place' && /^\s+\p{Ll}/u.test(after)) return true;
		const next = /^\s+(\p{Ll}+)\b/u.exec(after)?.[1];
		if ((fact.kind === 'organisation' || fact.kind === 'person') && next && isNounWord(next))
			return true;
	}
	// "University of California, Los Angeles", "University of Hawaii at Manoa": a campus is
	// part of its university's name.
	if (
		fact.kind === 'place' &&
		/\bUniversity\s+of\s+(?:\p{Lu}[\p{L}.'’-]*\s+)*\p{Lu}[\p{L}.'’-]*(?:,\s*|\s+at\s+)$/u.test(
			before
		)
	)
		return true;
	// A state or country after its city ("Springfield, Illinois") is an address, not news.
	if (fact.kind === 'place' && !/^(?:\s*,?\s*(?:and|or)\b|['’]s\b)/.test(after)) {
		// The name before is a town, not another country of a list ("Peru, Chile and Cuba").
		const town = /((?:\p{Lu}[\p{L}.'’-]*\s+)*\p{Lu}[\p{L}.'’-]*),\s*$/u.exec(before)?.[1];
		const larger = (s: string) => !!(findCountry(s) || findRegion(s));
		if (town && !larger(town) && larger(fact.text)) return true;
		// a country after any smaller place ("Okinawa, Japan") says where that place is
		if (town && !findCountry(town) && findCountry(fact.text)) return true;
		// and a state after a county ("Middlesex County, Massachusetts")
		if (town && /\s(?:County|District|Parish|Borough|Township)$/.test(town) && larger(fact.text))
			return true;
	}
	// "40 km north of the capital", "some 300 miles from Lahore": a distance that says where
	// a place lies, not what happened there.
	if (
		fact.kind === 'figure' &&
		/^\s*(?:(?:km|kilometres?|kilometers?|miles?|mi|metres?|meters?|m)\b)?[\s)]*(?:\(\s*[^()]*\)\s*)?(?:away\s+)?(?:from|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ward)?\s+of|outside(?:\s+of)?|off)\b/i.test(
			after
		) &&
		isDistance(fact)
	)
		return true;
	// "per 100,000 people", "one in 10": the base of a rate is its yardstick, not a finding.
	if (fact.kind === 'figure' && /\b(?:per|in\s+every|out\s+of\s+every)\s+$/i.test(before))
		return true;
	// A footnote mark glued to the text ("…in 1950.[3]").
	return /\[$/.test(before) && /^\]/.test(after);
}

const LENGTH_UNIT = /^(?:km|kilomet(?:re|er)s?|miles?|mi|met(?:re|er)s?|m|yards?|feet|ft)$/i;

/** A figure that measures a length: its unit, or the word after it, is one. */
function isDistance(fact: Fact): boolean {
	if (fact.figure?.unit && LENGTH_UNIT.test(fact.figure.unit)) return true;
	return /\b(?:km|kilomet(?:re|er)s?|miles?|mi)\b/i.test(fact.text);
}
