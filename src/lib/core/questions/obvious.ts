import { findNumber } from '../lexical/numbers';
import { demonymCountry, findCity, findCountry, findRegion } from '../lexicon';
import type { Fact } from '../types';
import type { BuildContext } from './context';
import { factKey, firstParagraph } from './salience';
import type { Located } from './stem';

/**
 * A country its own sentence, or the headline above every question, already places: one
 * who knows where Osaka is needs no article for "a flood in Osaka, _____". The places are
 * known by the reference lists, never guessed.
 */
export function countryGivenAway(fact: Fact, ctx: BuildContext): boolean {
	if (fact.kind !== 'place') return false;
	const code = findCountry(fact.text)?.code ?? findCountry(fact.value)?.code;
	if (!code) return false;
	const near = new Set([fact.sentenceIndex, ctx.article.headline]);
	return ctx.facts.some(
		(f) =>
			f.kind === 'place' &&
			near.has(f.sentenceIndex) &&
			f.value !== fact.value &&
			!findCountry(f.text) &&
			(findCity(f.text)?.country ?? findRegion(f.text)?.country) === code
	);
}

/** The titles of heads of state and government, as a story capitalises them. */
export const HEAD_TITLES = [
	'President',
	'Prime Minister',
	'Premier',
	'Chancellor',
	'King',
	'Queen',
	'Pope',
	'Emperor'
];
// the title's later words may be written in lower case ("Prime minister", "Supreme leader")
const HEAD_OF_STATE = new RegExp(
	`\\b(?:${[...HEAD_TITLES, 'Supreme Leader', 'Secretary of State']
		.map((t) =>
			t
				.replace(/ (\p{Lu})/gu, (_, c: string) => `\\s+[${c}${c.toLowerCase()}]`)
				.replace(/ /g, '\\s+')
		)
		.join('|')})\\s+$`,
	'u'
);

// the title in lower case after a country's adjective or possessive ("Russian president _____",
// "France's prime minister _____")
const LOWER_HEAD =
	/((?:\p{Lu}[\p{L}.]*\s+){0,2}\p{Lu}[\p{L}.]*?)(?:['’]s)?\s+(?:president|prime\s+minister|premier|chancellor|king|queen)\s+$/u;

function lowerHead(before: string): boolean {
	const m = LOWER_HEAD.exec(before);
	if (!m) return false;
	return [m[1], m[1].split(/\s+/).pop() ?? ''].some((w) => !!(demonymCountry(w) ?? findCountry(w)));
}

/**
 * "Russian President _____", "Prime Minister _____ said": who leads a country is what the
 * learner knows already, or learns from any news; a question on it tests no reading.
 */
export function leaderGivenAway(fact: Fact, at: Located): boolean {
	if (fact.kind !== 'person') return false;
	const before = at.sentence.slice(0, at.start);
	if (HEAD_OF_STATE.test(before) || lowerHead(before)) return true;
	// "the mayor of London, _____", "London Mayor _____": a great city's mayor
	const city = (MAYOR_OF.exec(before) ?? CITY_MAYOR.exec(before))?.[1];
	if (city && (findCity(city)?.population ?? 0) >= 1000) return true;
	// "_____, the mayor of London", "Boris Johnson (Prime Minister)", or the role the story
	// gives: who holds a country's or a great city's office is public knowledge (a title in
	// capitals: a company's "president" is not a head of state)
	const after = at.sentence.slice(at.end, at.end + 60);
	// ("_____ who is the secretary of state": a relative clause says it as an apposition does)
	const apposed = /^\s*(?:,|\(|(?=\s+who\s))\s*(?:who\s+(?:is|was)\s+(?:also\s+)?)?([^,;()]*)/.exec(
		after
	);
	return [fact.role ?? '', apposed?.[1] ?? ''].some((r) => OFFICE.test(r));
}

const MAYOR_OF = /\b[Mm]ayor\s+of\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})\s*,?\s+$/u;
const CITY_MAYOR = /(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}?)\s+[Mm]ayor\s+$/u;

const OFFICE = new RegExp(
	`^(?:[Tt]he\\s+)?(?:[Ff]ormer\\s+)?(?:\\p{Lu}[\\p{L}-]*\\s+)*(?:${HEAD_TITLES.join('|')}|[Ss]ecretary of [Ss]tate(?! for)|(?:[Mm]ayor|[Gg]overnor) of \\p{Lu}[\\p{L}-]*|\\p{Lu}[\\p{L}-]* (?:[Mm]ayor|[Gg]overnor))\\b`,
	'u'
);

/**
 * "in the United States capital city _____", "the Polish capital _____": the capital of a
 * country its own sentence names, by name or demonym, is known without the article.
 */
export function capitalGivenAway(fact: Fact, at: Located, facts: readonly Fact[]): boolean {
	// a capital the tagger took for a body ("Washington DC") is still the capital
	if (fact.kind !== 'place' && fact.kind !== 'organisation') return false;
	const answer = letters(fact.text);
	const named = facts
		.filter((f) => f.sentenceIndex === fact.sentenceIndex && f !== fact)
		.map((f) => findCountry(f.text) ?? findCountry(f.value));
	// runs of capitalised words the tagger left out ("the United States capital city")
	const runs = (at.sentence.match(/\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*/gu) ?? []).map(
		(r) => findCountry(r) ?? demonymCountry(r)
	);
	return [...named, ...runs].some((c) => !!c?.capital && letters(c.capital) === answer);
}

const letters = (s: string) => s.toLowerCase().replace(/[^\p{L}]/gu, '');

// the continents, and the oceans, seas and gulfs of a school atlas, by their English names
const GEOGRAPHY =
	/^(?:the\s+)?(?:(?:North|South|Central|Latin)\s+America|Africa|Asia|Europe|Oceania|Antarctica|the\s+Americas|Middle\s+East|(?:Atlantic|Pacific|Indian|Arctic|Southern)(?:\s+Ocean)?|Mediterranean(?:\s+Sea)?|Caribbean(?:\s+Sea)?|(?:Gulf|Bay|Sea)\s+of\s+\p{Lu}[\p{L}-]+|(?:\p{Lu}[\p{L}-]+\s+){1,2}(?:Sea|Ocean)|Persian\s+Gulf|English\s+Channel)$/u;

/**
 * A place the learner knows without the article: a country, a continent, an ocean or sea, or
 * a city of a million people.
 * Its sentence points to it by general knowledge ("the Communist Party's takeover of _____",
 * "flown to _____ for treatment"), so it is no answer to ask for.
 */
export function famousPlace(fact: Fact): boolean {
	if (fact.kind !== 'place') return false;
	if (findCountry(fact.text) || findCountry(fact.value)) return true;
	if (GEOGRAPHY.test(fact.text) || GEOGRAPHY.test(fact.value)) return true;
	return (findCity(fact.text)?.population ?? 0) >= 1000;
}

/**
 * News writing says where the news happened in its lead, the first paragraph. A place the
 * story names only further down locates a side event (a witness's home town, the city of a
 * conference, the site of an earlier incident): a side detail, not asked.
 */
export function placeAside(fact: Fact, ctx: BuildContext): boolean {
	if (fact.kind !== 'place') return false;
	const lead = firstParagraph(ctx.article);
	if (lead === undefined) return false;
	const key = factKey(fact);
	return !ctx.facts.some(
		(f) => factKey(f) === key && ctx.article.sentences[f.sentenceIndex]?.paragraph === lead
	);
}

/**
 * A figure its own sentence lets one work out: the sum of two or three figures beside it
 * ("20 bodies, eleven women and nine men"), what is left of a total ("298 dead, 15 of them
 * crew": 283), the rest of a hundred per cent ("52% to leave and 48% to stay", "No 45%, Yes
 * 41%, 14% undecided"), or the years between two years it names ("1980–2017; for 37 years").
 */
export function figureWorkedOut(fact: Fact, facts: readonly Fact[]): boolean {
	const n = fact.kind === 'figure' ? fact.figure?.number : undefined;
	if (n === undefined) return false;
	const near = facts.filter((f) => f !== fact && f.sentenceIndex === fact.sentenceIndex);
	const others = near.flatMap((f) =>
		f.kind === 'figure' && f.figure && f.figure.number !== n ? [f.figure] : []
	);
	const values = others.slice(0, 8).map((o) => o.number);
	// a total of parts ("16 seats, 4 and 1": 21) or a part of a total ("298 dead, 15 of
	// them crew": 283 passengers)
	if (sums(values, 2, 3).includes(n)) return true;
	for (let t = 0; t < values.length; t++) {
		const rest = values.filter((_, i) => i !== t);
		if (sums(rest, 1, 2).some((sum) => values[t] - sum === n)) return true;
	}
	// "No 45%, Yes 41% with 14% undecided": the rest of a hundred per cent after one or two shares
	const shares = others.filter((o) => o.unit === '%').map((o) => o.number);
	if (fact.figure?.unit === '%' && sums(shares, 1, 2).some((sum) => Math.abs(sum + n - 100) < 1e-6))
		return true;
	if (/\byears?\b/i.test(fact.figure?.unit ?? fact.text)) {
		const years = near.flatMap((f) => (f.kind === 'date' && f.date?.year ? [f.date.year] : []));
		for (const a of years) for (const b of years) if (b - a === n) return true;
	}
	return false;
}

const ONE_YEAR_APART =
	/\b(?:the (?:following|next|previous|preceding) year|a year (?:later|earlier|before|after|on)|the year (?:after|before))\b/i;

/**
 * A year its own sentence lets one work out from another year and the span between them
 * ("joined in 2013; the following year, at the 2014 race", "left in 2008 and came back
 * three years later, in 2011"), or from the story's own year and a span counted back
 * ("decriminalised 25 years ago, in 1993", in a story of 2018).
 */
export function yearWorkedOut(fact: Fact, facts: readonly Fact[]): boolean {
	const y = fact.kind === 'date' && fact.date?.granularity === 'year' ? fact.date.year : undefined;
	if (!y) return false;
	const near = facts.filter((f) => f !== fact && f.sentenceIndex === fact.sentenceIndex);
	const spans = near.flatMap((f) =>
		f.kind === 'figure' && f.figure && /\byears?\b/i.test(f.figure.unit ?? f.text)
			? [f.figure.number]
			: []
	);
	if (ONE_YEAR_APART.test(fact.sentence)) spans.push(1);
	const years = near.flatMap((f) =>
		f.kind === 'date' && f.date?.year && /\d{4}/.test(f.text) ? [f.date.year] : []
	);
	if (years.some((z) => z !== y && spans.includes(Math.abs(z - y)))) return true;
	// "25 years ago": from the latest year the story names, the one it was written in
	const ago = [...fact.sentence.matchAll(/\b([\w-]+)\s+years?\s+ago\b/gi)].flatMap((m) => {
		const n = findNumber(m[1])?.value;
		return n === undefined ? [] : [n];
	});
	if (!ago.length) return false;
	const latest = Math.max(0, ...facts.map((f) => f.date?.year ?? 0));
	return ago.some((n) => latest - y === n || latest - y === n + 1);
}

/**
 * Nouns of events history names by their year: "the 1959 Cuban Revolution", "the invasion in
 * 2003", "the SARS outbreak, which took place in 2003".
 */
const EVENT =
	'(?:revolution|invasion|independence|referendum|olympics|olympic games|world cup|war|genocide|pandemic|epidemic|outbreak|tsunami|earthquake|hurricane|famine|partition|reunification|uprising|coup|massacre|bombings?|attacks|disaster|crisis|recession|elections?|primar(?:y|ies)|caucus(?:es)?|census|championships?|games|cup|grand prix|martial law)';
const EVENT_AFTER = new RegExp(`^\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,3}(${EVENT})\\b`, 'iu');
const EVENT_BEFORE = new RegExp(
	`\\b(${EVENT})\\b,?(?:\\s+[\\p{L}'’-]+){0,3}?\\s+(?:of|in)\\s+$`,
	'iu'
);

/** Events held by the calendar, whose years a reader of the day knows. */
const CALENDAR = /^(?:olympics|olympic|world|elections?|primar(?:y|ies)|caucus(?:es)?|census)$/;

/**
 * A year that only says when a historic event the story refers to took place ("led the
 * country since the 1959 Cuban Revolution", "the first tried since the invasion in 2003",
 * "against the backdrop of the 2014 Winter Olympics"): one knows it without the story, or it
 * is background. Not where the headline or the first paragraph tells of that event: then the
 * event is the story's own — unless the year, written before the event's name, is the latest
 * the story names: the current or coming edition of an election, a census or the Olympics
 * ("a candidate for the 2020 presidential election", "the 2020 census"), which a reader of
 * the day knows.
 */
export function eventYear(fact: Fact, at: Located, ctx: BuildContext): boolean {
	if (fact.kind !== 'date' || fact.date?.granularity !== 'year') return false;
	const before = at.sentence.slice(0, at.start);
	const after = at.sentence.slice(at.end);
	const edition = /\b(?:the|a|an)\s+$/i.test(before) ? EVENT_AFTER.exec(after) : null;
	const m = edition ?? EVENT_BEFORE.exec(before);
	if (!m) return false;
	const event = m[1].toLowerCase().split(' ')[0];
	const { article } = ctx;
	const lead = firstParagraph(article);
	const top = article.sentences
		.filter((s) => s.index === article.headline || s.paragraph === lead)
		.map((s) => s.text.toLowerCase())
		.join(' ');
	if (!top.includes(event)) return true;
	if (!edition || !CALENDAR.test(event)) return false;
	const latest = Math.max(0, ...ctx.facts.map((f) => f.date?.year ?? 0));
	return fact.date.year !== undefined && fact.date.year >= latest;
}

/** The sums of every `least` to `most` of the values. */
function sums(values: readonly number[], least: number, most: number): number[] {
	const out: number[] = [];
	const walk = (from: number, taken: number, total: number) => {
		if (taken >= least) out.push(total);
		if (taken < most)
			for (let i = from; i < values.length; i++) walk(i + 1, taken + 1, total + values[i]);
	};
	walk(0, 0, 0);
	return out;
}

const LOCATIVE =
	/\b(?:in|at|from|to|near|into|onto|across|throughout|outside|inside|of|on|via|through|towards?|around|within|between|off|beyond|and|or)\s+(?:the\s+)?$/i;

/**
 * A place asked or swapped where it is a place: after a preposition ("in Leeds", "flown to
 * Lima"). As the subject of a verb or a modifier ("Japan said", "a Paris court") it stands
 * for a government, a person or a thing, and another place in its stead reads as nonsense.
 */
export function placeNotWhere(fact: Fact, at: Located): boolean {
	return fact.kind === 'place' && !LOCATIVE.test(at.sentence.slice(0, at.start));
}
