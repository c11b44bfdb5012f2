import { repairText } from '../article/repair';
import { findCity, findCountry, findRegion, isGivenName } from '../lexicon';
import type { NameSpan, NameTagger } from '../names';
import type { Article, FactKind } from '../types';
import { finiteVerb } from '../questions/english/verbs';
import { escapeRegExp } from '../questions/text';
import { wordClasses } from '../names/word-classes';
import { headKind, isDemonymWord, isHeadWord, organisationDetail, placeDetail } from './detail';
import { namesMadeThing, settleDescribedKinds } from './descriptors';
import { settleKinds } from './discourse';
import { overlapsSorted, type Found } from './found';
import { MONTHS, WEEKDAYS } from '../lexical/calendar';
import { ROLE_WORDS, TITLES } from './gazetteer';
import { namedForHome, placesInName } from './places-in-names';
import { isTitleWord, isUsableRole, roleAround, roleInside, singularRole } from './roles';
import type { Token } from './tokens';

const KIND: Record<string, FactKind | undefined> = {
	PER: 'person',
	ORG: 'organisation',
	LOC: 'place'
};
const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady)\.?\s+/;
const LEADING_THE = /^the\s+/i;

interface Mention {
	span: NameSpan;
	kind: FactKind;
	sentence: number;
	/** The name as the article gives it, on one line, without a leading "the". */
	name: string;
	/** Inside "(…)" right after a name: another name of it, not a fact of its own. */
	definition?: boolean;
	aliases?: string[];
}

/**
 * Organisations, people and places: the trained tagger says what is a name and of which kind
 * (MISC names — titles, events, products — are no facts); the rules here only link mentions of
 * one thing (a surname to the full name, an acronym to the name it was defined for) and add
 * what the reference lists and the text tell of it.
 */
export function findNames(article: Article, tokens: Token[][], tagger: NameTagger): Found[] {
	const text = article.text;
	const tagged = withListedPlaces(article, tagRepaired(article, tagger));
	const all = mentionsOf(article, withFullNames(text, withEvidentNames(article, tagged)));
	peopleReadAsBodies(all, text);
	const works = settleDescribedKinds(all, text, isListedPlace);
	// a title, a work or a made thing ("the Bradley Fighting Vehicle") is no fact
	const mentions = all.filter((m) => !works.has(m.name) && !namesMadeThing(m.name));
	settleKinds(mentions, isListedPlace);
	markDefinitions(mentions, text);
	const surnames = surnameIndex(mentions);
	const given = givenNameIndex(mentions);
	const acronyms = acronymIndex(mentions);
	const found: Found[] = [];
	for (const m of mentions) {
		if (m.definition) continue;
		const value = linkedValue(m, surnames, acronyms, given);
		const f: Found = { kind: m.kind, start: m.span.start, end: m.span.end, value };
		if (m.aliases?.length) f.aliases = m.aliases;
		if (m.kind === 'person') {
			const role = roleOf(text, tokens[m.sentence], m.span);
			if (role) f.role = role;
		} else if (m.kind === 'place') {
			const p = placeDetail(value);
			f.detail = p.detail;
			if (p.country) f.country = p.country;
		} else f.detail = organisationDetail(value);
		found.push(f);
		if (m.kind === 'organisation') found.push(...placesIn(m.span));
	}
	return found;
}

function placesIn(span: NameSpan): Found[] {
	return placesInName(span.text).map((p) => {
		const detail = placeDetail(p.name);
		const f: Found = {
			kind: 'place',
			start: span.start + p.start,
			end: span.start + p.end,
			value: p.name,
			detail: detail.detail,
			inName: true
		};
		if (detail.country) f.country = detail.country;
		return f;
	});
}

/** Tags the repaired text (see article/repair.ts) and maps the names back onto the article. */
function tagRepaired(article: Article, tagger: NameTagger): NameSpan[] {
	const r = repairText(article.text);
	const sentences = article.sentences.map((s) => ({
		start: r.toRepaired(s.start, 'start'),
		end: r.toRepaired(s.end, 'end')
	}));
	return tagger.tag(r.text, sentences).map((span) => {
		const start = r.toOriginal(span.start);
		const end = r.toOriginal(span.end);
		return { ...span, start, end, text: article.text.slice(start, end) };
	});
}

/**
 * Countries and large cities of the reference lists are places wherever they stand alone: a
 * one-word name the model called a person ("Kiev") is one, and one the model left out is
 * added — unless the article uses the word inside a person's name ("Paris Hilton").
 */
function withListedPlaces(article: Article, found: NameSpan[]): NameSpan[] {
	const text = article.text;
	const spans = joinedPlaces(text, found);
	const inPersonNames = new Set(
		spans.filter((s) => s.label === 'PER' && /\s/.test(s.text)).flatMap((s) => s.text.split(/\s+/))
	);
	const listed = (word: string) => !inPersonNames.has(word) && isListedPlace(word);
	const out = spans.map((s) =>
		s.label === 'PER' && !/\s/.test(s.text) && listed(s.text) ? { ...s, label: 'LOC' as const } : s
	);
	const tagged = [...out].sort((a, b) => a.start - b.start);
	const covered = (start: number, end: number) => overlapsSorted(tagged, start, end);
	for (const sentence of article.sentences) {
		const words = sentence.text.matchAll(
			/(?<![\p{L}\p{N}.])\p{Lu}\p{Ll}+(?![\p{L}\p{N}]|[.'’-]\p{L})/gu
		);
		for (const m of words) {
			const start = sentence.start + m.index;
			const end = start + m[0].length;
			// a capital after a full stop or at the start may be any word; mid-sentence it is a name
			if (m.index === 0 || covered(start, end) || !listed(m[0])) continue;
			if (/\p{Lu}[\p{L}]*\s+$/u.test(text.slice(Math.max(0, start - 20), start))) continue;
			if (/^\s+\p{Lu}/u.test(text.slice(end, end + 3))) continue;
			out.push({ start, end, label: 'LOC', text: m[0] });
		}
	}
	return out.sort((a, b) => a.start - b.start);
}

/**
 * "Jammu and Kashmir", "Trinidad and Tobago": a place of the reference lists whose name holds
 * "and" is one name, though the model read its halves as two (or one and nothing).
 */
function joinedPlaces(text: string, spans: NameSpan[]): NameSpan[] {
	const sorted = [...spans].sort((a, b) => a.start - b.start);
	const out: NameSpan[] = [];
	for (let i = 0; i < sorted.length; i++) {
		const s = sorted[i];
		const m = /^\s+and\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)/u.exec(
			text.slice(s.end, s.end + 60)
		);
		const joined = m ? longestListed(`${s.text} and `, m[1]) : undefined;
		if (!joined) {
			out.push(s);
			continue;
		}
		const end = s.start + joined.length;
		out.push({ start: s.start, end, label: 'LOC', text: text.slice(s.start, end) });
		while (i + 1 < sorted.length && sorted[i + 1].start < end) i++;
	}
	return out;
}

/** The longest listed region or country `head` + the first words of `rest` make, if any. */
function longestListed(head: string, rest: string): string | undefined {
	const words = rest.split(/\s+/);
	for (let n = words.length; n >= 1; n--) {
		const name = head + words.slice(0, n).join(' ');
		if (findCountry(name) || findRegion(name)) return name;
	}
	return undefined;
}

/** A country or a town of the reference lists. */
function isListedPlace(name: string): boolean {
	return !!findCountry(name) || (findCity(name)?.population ?? 0) >= 1000;
}

// A run of capitalised words, with the small words names hold ("Bank of England").
const CAPITAL_RUN =
	/(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|de|du|da|del|von|van|the|for|and)\s+)?\p{Lu}[\p{L}'’.-]*)*/gu;

/**
 * Names the model left out but the text makes evident, each by one rule of English names:
 * a given name of the reference list followed by a capitalised word is a person's name
 * ("Sophie Dymoke"); a name built on a head word of organisations or places is one
 * ("Webber Douglas Academy", "Mount Kenya"). Runs the model read as anything, MISC included,
 * and runs that open a sentence are left to the model.
 */
function withEvidentNames(article: Article, spans: NameSpan[]): NameSpan[] {
	const sorted = [...spans].sort((a, b) => a.start - b.start);
	const added: NameSpan[] = [];
	for (const sentence of article.sentences) {
		for (const m of sentence.text.matchAll(CAPITAL_RUN)) {
			// "The Harbour Trust": the article word is no part of the name
			const lead = /^The\s+/.exec(m[0])?.[0].length ?? 0;
			const name = m[0].slice(lead).replace(/[.'’-]+$/u, '');
			const start = sentence.start + m.index + lead;
			const end = start + name.length;
			if (m.index + lead === 0 || overlapsSorted(sorted, start, end)) continue;
			if (/["“‘(:]\s*$/.test(sentence.text.slice(0, m.index))) continue;
			const words = name.split(/\s+/);
			const head = headKind(name);
			let label: NameSpan['label'] | undefined;
			if (head) label = head === 'place' ? 'LOC' : 'ORG';
			else if (words.length >= 2 && words.length <= 3 && isGivenName(words[0])) label = 'PER';
			if (label && words.length >= 2) added.push({ start, end, label, text: name });
		}
	}
	return added.length ? [...spans, ...added].sort((a, b) => a.start - b.start) : spans;
}

/**
 * A person the story calls by one name ("Margaryan", "Safarov said") is given the full name
 * where the story first introduces them ("Armenian officer Gurgen Margaryan"): the capitalised
 * words right before that name, wherever the model tagged nothing, are the rest of the name,
 * after any title or people's word ("Armenian", "Dr"). One word the model took for a body is a
 * person's name too where a given name of the lists opens the words before it ("Nigerian Umar
 * Farouk Abdulmutallab", later "Abdulmutallab said").
 */
function withFullNames(text: string, spans: NameSpan[]): NameSpan[] {
	const sorted = [...spans].sort((a, b) => a.start - b.start);
	const single = new Map<string, NameSpan['label']>();
	// a word the model mostly reads as a place is one ("Kashmir"), whatever it once called it
	const places = new Map<string, number>();
	for (const s of sorted)
		places.set(s.text, (places.get(s.text) ?? 0) + (s.label === 'LOC' ? 1 : -1));
	for (const s of sorted) {
		if ((places.get(s.text) ?? 0) >= 0) continue;
		if (s.label !== 'PER' && s.label !== 'ORG') continue;
		// a family name: one word, no given name, no place of the lists
		if (!/^\p{Lu}\p{Ll}[\p{Ll}'’-]{2,}$/u.test(s.text) || isGivenName(s.text)) continue;
		if (findCountry(s.text) || findRegion(s.text) || findCity(s.text)) continue;
		single.set(s.text, single.get(s.text) === 'PER' ? 'PER' : s.label);
	}
	if (!single.size) return spans;
	const added: NameSpan[] = [];
	const relabel = new Set<string>();
	// one pass for all the names: capitalised words, then one of the names
	const alternatives = [...single.keys()]
		.sort((a, b) => b.length - a.length)
		.map(escapeRegExp)
		.join('|');
	const run = new RegExp(
		`(?<![\\p{L}\\p{N}.'’-])((?:(?:\\p{Lu}[\\p{Ll}'’-]+|\\p{Lu}\\.)\\s+){1,5})(${alternatives})(?![\\p{L}\\p{N}'’-])`,
		'gu'
	);
	for (const m of text.matchAll(run)) {
		const name = m[2];
		const label = single.get(name)!;
		const all = m[1].trim().split(/\s+/);
		// the name begins after the last title, role, people's word or common English word
		// ("Former British Prime Minister", "Emergencies Minister", "Typhoon", "Guitarist")
		let from = 0;
		all.forEach((w, i) => {
			if (isTitleOrRole(w) || (!isGivenName(w) && notOfName(w))) from = i + 1;
		});
		// a sentence's first word may be any word ("Since Szydło took office")
		if (
			from === 0 &&
			(m.index === 0 ||
				/(?:[.!?]["”’)]?\s+|\n\s*)$/.test(text.slice(Math.max(0, m.index - 8), m.index))) &&
			!isGivenName(all[0])
		)
			from = 1;
		const words = all.slice(from);
		if (!words.length) continue;
		// a body's one-word name is a person's only after a given name and one more word
		if (label === 'ORG' && (words.length < 2 || !isGivenName(words[0]))) continue;
		const end = m.index + m[0].length;
		const start = end - name.length - words.join(' ').length - 1;
		if (text.slice(start, end).replace(/\s+/g, ' ') !== `${words.join(' ')} ${name}`) continue;
		if (overlapsSorted(sorted, start, end)) continue;
		added.push({ start, end, label: 'PER', text: text.slice(start, end) });
		if (label === 'ORG') relabel.add(name);
	}
	if (!added.length) return spans;
	const out = spans.map((s) => (relabel.has(s.text) ? { ...s, label: 'PER' as const } : s));
	return [...out, ...added].sort((a, b) => a.start - b.start);
}

/** A capitalised word that is no part of a person's name: a title, a people's word, a word of the language. */
function notOfName(word: string): boolean {
	const lower = word.toLowerCase().replace(/\.$/, '');
	if (isTitleOrRole(word) || isDemonymWord(word)) return true;
	if (isHeadWord(word) || isListedPlace(word) || CALENDAR.has(lower)) return true;
	return wordClasses(lower).some((c) => COMMON_CLASSES.has(c));
}

function isTitleOrRole(word: string): boolean {
	const lower = word.toLowerCase().replace(/\.$/, '');
	return TITLES.has(lower) || ROLE_WORDS.has(lower);
}

const COMMON_CLASSES = new Set(['noun', 'verb', 'adj', 'adv', 'role', 'date', 'demonym', 'unit']);

const CALENDAR = new Set(
	[...MONTHS, ...WEEKDAYS].map((w) => w.toLowerCase()).concat('and', 'or', 'to')
);

/**
 * Words the model may take for a name that never are one: months and weekdays ("May and
 * June"), days named for a feast ("Easter Sunday"), and a title that ends on its role word ("Russian Defense Minister"), which is the role
 * of a person, not an organisation.
 */
function notAName(name: string): boolean {
	const words = name.toLowerCase().split(/\s+/);
	if (words.every((w) => CALENDAR.has(w))) return true;
	// "Easter Sunday", "Good Friday": a day's name ends on its weekday; no one's name does
	if (words.length > 1 && WEEKDAYS.some((d) => d.toLowerCase() === words[words.length - 1]))
		return true;
	// "the Speaker", "the Emperor": a title alone names an office, unless it is a given name
	if (words.length === 1 && isTitleWord(words[0])) return !isGivenName(name);
	// "Commissioners", "Senators": people named by what they are, not a name
	if (words.length === 1 && /[^s]s$/.test(words[0]) && isTitleWord(words[0].slice(0, -1)))
		return true;
	// "a lifelong Roman Catholic", "Sunni Muslims": a faith's follower is no one's name
	if (FAITH.test(words[words.length - 1])) return true;
	return words.length > 1 && ROLE_WORDS.has(words[words.length - 1]);
}

const FAITH =
	/^(?:catholics?|protestants?|christians?|muslims?|moslems?|jews?|hindus?|buddhists?|sikhs?|anglicans?|methodists?|baptists?|lutherans?|calvinists?|presbyterians?|quakers?|mormons?|sunnis?|shias?|shiites?)$/;

// The kinds of work and of craft a name stands after in apposition: "the drama Downton
// Abbey", "the ship Sea Watch 3"; and the prefixes of ships' names ("MV", "USS", "HMS").
const WORK_BEFORE =
	/\b(?:films?|movies?|series|miniseries|serial|sitcom|novels?|books?|albums?|songs?|single|plays?|opera|musical|documentary|drama|comedy|thriller|paintings?|poems?|prequel|sequel|biopic|ships?|vessels?|boats?|yachts?|submarines?|frigates?|destroyers?|tankers?|ferry|ferries|trawlers?|spacecraft|shuttles?)\s+$/i;
const SHIP_PREFIX = '(?:MV|MS|MY|SS|RMS|USS|USNS|HMS|HMAS|HMCS|HMNZS|INS)\\.?\\s';
const SHIP_BEFORE = new RegExp(
	`(?:^|[^\\p{L}])${SHIP_PREFIX}+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}$`,
	'u'
);
const SHIP_NAME = new RegExp(`^${SHIP_PREFIX}`);

/**
 * A name right after the word for a kind of work is the work's title, not an organisation,
 * person or place ("the films Lost Harbour and Cold Sun"), unless a verb follows it, which
 * makes it the subject of a clause ("the book Obama wrote").
 */
function titlesWork(text: string, span: NameSpan, previousWork: number): boolean {
	const before = text.slice(Math.max(0, span.start - 40), span.start);
	const listed =
		previousWork >= 0 && /^\s*(?:,|\s+and|\s+or)\s+$/.test(text.slice(previousWork, span.start));
	if (!WORK_BEFORE.test(before) && !SHIP_BEFORE.test(before) && !listed) return false;
	const next = /^\s+([a-z]+)/.exec(text.slice(span.end, span.end + 30));
	return !next || !finiteVerb(next[1]);
}

const COMPOUND_ADJECTIVE =
	/-(?:winning|nominated|backed|led|funded|sponsored|affiliated|allied|aligned|controlled|dominated|inspired|themed|style|type|class|era|linked|related|occupied|held|run)$/;

/** Does the article put "the" before the name somewhere ("the Utah Jazz were to play")? */
function withArticle(text: string, name: string): boolean {
	return new RegExp(`\\bthe\\s+${escapeRegExp(name)}(?![\\p{L}])`, 'iu').test(text);
}

function mentionsOf(article: Article, spans: NameSpan[]): Mention[] {
	const mentions: Mention[] = [];
	let sentence = 0;
	let previousWork = -1;
	for (const span of spans) {
		if (titlesWork(article.text, span, previousWork)) {
			previousWork = span.end;
			continue;
		}
		let kind = KIND[span.label];
		if (!kind) continue;
		while (
			sentence + 1 < article.sentences.length &&
			article.sentences[sentence + 1].start <= span.start
		)
			sentence++;
		const trimmed = trim(article.text, span);
		if (!trimmed || !/\p{Lu}/u.test(trimmed.text)) continue;
		// "Russian", "the French": a people or an adjective, not a place or a body
		if (!trimmed.text.includes(' ') && isDemonymWord(trimmed.text)) continue;
		if (notAName(trimmed.text)) continue;
		// a ship's name opens with its prefix: "MV Alan Kurdi" is a vessel
		if (SHIP_NAME.test(trimmed.text)) continue;
		// "Pulitzer Prize-winning", "Kremlin-backed": a name made into an adjective describes
		// the noun after it, and is no name of its own
		if (COMPOUND_ADJECTIVE.test(trimmed.text)) continue;
		// people are not written in capitals: "NGOs" is a plural noun, "NATO" a body
		if (kind === 'person' && /^\p{Lu}{2,}s?$/u.test(trimmed.text)) {
			if (/s$/.test(trimmed.text)) continue;
			kind = 'organisation';
		}
		// and a word of three capitals or more ("AfCFTA", "McDMC") is an acronym too
		if (kind === 'person' && /^(?=(?:\p{Ll}*\p{Lu}){3})[\p{Lu}\p{Ll}]+$/u.test(trimmed.text))
			kind = 'organisation';
		// a person's name holds no "the", "of" or "and": "May the AfCFTA" is no one
		if (kind === 'person' && /\s(?:the|of|and|for)\s/.test(trimmed.text)) continue;
		// nor opened by an acronym: "RAF Croughton", "NASA Ames" name a body's site
		if (kind === 'person' && /^\p{Lu}{2,}\s/u.test(trimmed.text)) kind = 'organisation';
		// a head word of English names says more than the model: "Lakeside University"
		kind = headKind(trimmed.text) ?? kind;
		// "Boston Marathon", "Paris Agreement": an event or a treaty is no fact of the five
		// kinds; "the Utah Jazz", "the Kyiv Independent": a body named after its home, which
		// English names with "the", where a town so built ("Windsor Locks") takes none
		const home = kind === 'person' ? undefined : namedForHome(trimmed.text);
		if (home === 'event') continue;
		if (home === 'body' && withArticle(article.text, trimmed.text)) kind = 'organisation';
		mentions.push({
			span: trimmed,
			kind,
			sentence,
			name: trimmed.text.replace(/\s+/g, ' ')
		});
	}
	return mentions;
}

/**
 * A name the model took for an organisation's that is built like a person's is a person's:
 * a given name of the lists and one or two more capitalised words, after any titles ("Sarah
 * Hollis", "Deputy Mayor Tom Reyes"), with no word organisations or places are named with —
 * unless the article puts "the" before it or its last word, or it is the short form of a
 * longer organisation's name in the article ("Red Sox").
 */
function peopleReadAsBodies(mentions: Mention[], text: string): void {
	const bodies = mentions.filter((m) => m.kind === 'organisation').map((m) => ` ${m.name} `);
	// a person's name takes no article: "the Rice Owls", "the Owls" name a body
	const withThe = new Set<string>();
	for (const m of mentions)
		if (/\bthe\s+$/i.test(text.slice(Math.max(0, m.span.start - 5), m.span.start)))
			withThe.add(m.name.split(' ').at(-1)!);
	for (const m of mentions) {
		if (m.kind !== 'organisation' || headKind(m.name) || !readsAsPerson(m.name)) continue;
		if (withThe.has(m.name.split(' ').at(-1)!)) continue;
		const padded = ` ${m.name} `;
		if (!bodies.some((b) => b !== padded && b.includes(padded))) m.kind = 'person';
	}
}

function readsAsPerson(name: string): boolean {
	const words = name.split(/\s+/);
	while (
		words.length > 2 &&
		(TITLES.has(words[0].toLowerCase().replace(/\.$/, '')) || findCountry(words[0]))
	)
		words.shift();
	if (words.length < 2 || words.length > 3 || !isGivenName(words[0])) return false;
	if (!words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return false;
	return organisationDetail(words.join(' ')) === 'other' && !words.some((w) => isListedPlace(w));
}

/** Drops a leading "the" and an honorific from the span, and stray punctuation at its ends. */
function trim(text: string, span: NameSpan): NameSpan | null {
	let { start, end } = span;
	let s = text.slice(start, end);
	const lead = LEADING_THE.exec(s) ?? HONORIFIC.exec(s);
	if (lead && lead[0].length < s.length) {
		start += lead[0].length;
		s = s.slice(lead[0].length);
	}
	// a name ends on a word with a capital or a digit: "George Bush met" ends at "Bush"
	const tail = /(?:[\s,;:"“”‘’'(\-–—]|\s+[^\s\p{Lu}\p{N}]+)+$/u.exec(s);
	if (tail && tail[0].length < s.length) {
		end -= tail[0].length;
		s = s.slice(0, s.length - tail[0].length);
	}
	const head = /^[\s,;:"“”‘’'(\-–—]+/u.exec(s);
	if (head) {
		start += head[0].length;
		s = s.slice(head[0].length);
	}
	if (!s || !/\p{L}/u.test(s)) return null;
	if (span.label === 'PER') {
		// a person's name ends on a word, never a number: "placed Humberto 75 miles east"
		const number = /\s+\d[\d.,]*$/.exec(s);
		if (number && number[0].length < s.length) {
			end -= number[0].length;
			s = s.slice(0, s.length - number[0].length);
		}
		// initials belong to the name they stand before: "L. Ron Hubbard"
		const initials = /(?:(?<![\p{L}.])\p{Lu}\.\s*)+$/u.exec(
			text.slice(Math.max(0, start - 12), start)
		);
		if (initials) {
			start -= initials[0].length;
			s = text.slice(start, end);
		}
		// a given name is followed by the family name: "Ron" + "Hubbard"
		const last = s.split(/\s+/).at(-1)!;
		const family = /^\s(\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*)(?![\p{L}.])/u.exec(
			text.slice(end, end + 30)
		);
		if (family && isGivenName(last) && !isGivenName(family[1])) {
			end += family[0].length;
			s = text.slice(start, end);
		}
	}
	return { ...span, start, end, text: s };
}

/** "Federal Security Service (FSB)": the bracketed name is another name of the one before it. */
function markDefinitions(mentions: Mention[], text: string): void {
	for (let i = 0; i + 1 < mentions.length; i++) {
		const outer = mentions[i];
		const inner = mentions[i + 1];
		if (outer.kind === 'person' && inner.kind !== 'person') continue;
		const between = text.slice(outer.span.end, inner.span.start);
		if (!/^\s*\(\s*$/.test(between) || text[inner.span.end] !== ')') continue;
		if (isFragmentOf(outer, inner.name, text)) continue;
		inner.definition = true;
		outer.aliases = [inner.name];
		if (inner.kind !== outer.kind) inner.kind = outer.kind;
	}
	// an acronym in brackets the tagger did not take for a name is still an alias
	for (const m of mentions) {
		if (m.aliases || m.kind === 'person') continue;
		const after = /^\s*\(([\p{Lu}][\p{Lu}\p{N}&.-]{1,7})\)/u.exec(
			text.slice(m.span.end, m.span.end + 14)
		);
		if (after && !isFragmentOf(m, after[1], text)) m.aliases = [after[1]];
	}
}

/**
 * "United Nations Educational, Scientific and Cultural Organization (UNESCO)": a name the
 * tagger cut after a comma or an "and" of a longer one is only its tail, and an acronym whose
 * first letter is not the tail's stands for the whole, not for it. (A name not so cut keeps
 * its acronym whatever the letters: "Kurdistan Workers' Party (PKK)".)
 */
function isFragmentOf(outer: Mention, acronym: string, text: string): boolean {
	if (!/^\p{Lu}[\p{Lu}\p{N}&.-]*$/u.test(acronym)) return false;
	const cut = /\p{Lu}[\p{L}'’-]*(?:,\s*|,?\s+and\s+|\s+&\s+)$/u.test(
		text.slice(Math.max(0, outer.span.start - 40), outer.span.start)
	);
	return cut && acronym[0] !== outer.name.replace(/^the\s+/i, '')[0];
}

const lastWords = (name: string, k: number) => name.split(' ').slice(-k).join(' ').toLowerCase();

/**
 * Surname (any run of last words) → the people named in full with it, in article order.
 * News writing names a person in full, then by surname: a surname stands for the last one
 * so named before it ("author Wyatt Cooper … her union with Cooper"), or, when it comes
 * first (a headline), for the first one named after.
 */
function surnameIndex(mentions: Mention[]): Map<string, Mention[]> {
	const map = new Map<string, Mention[]>();
	for (const m of mentions) {
		if (m.kind !== 'person') continue;
		const n = m.name.split(' ').length;
		for (let k = 1; k < n; k++) {
			const key = lastWords(m.name, k);
			const list = map.get(key) ?? [];
			if (list.at(-1)?.name !== m.name) list.push(m);
			map.set(key, list);
		}
	}
	return map;
}

/** Acronym → the name it was defined for. */
function acronymIndex(mentions: Mention[]): Map<string, string> {
	const map = new Map<string, string>();
	for (const m of mentions) for (const a of m.aliases ?? []) map.set(a.toLowerCase(), m.name);
	return map;
}

/**
 * Given name → the full names that begin with it. Where a culture names people by their own
 * name and their father's ("Shimelis Kemal", later "Shimelis"), or a story calls someone by
 * the first name, a lone word that no full name ends on stands for the one full name it begins.
 */
function givenNameIndex(mentions: Mention[]): Map<string, Set<string>> {
	const map = new Map<string, Set<string>>();
	for (const m of mentions) {
		if (m.kind !== 'person' || !m.name.includes(' ')) continue;
		const first = m.name.split(' ')[0].toLowerCase();
		map.set(first, (map.get(first) ?? new Set()).add(m.name));
	}
	return map;
}

function linkedValue(
	m: Mention,
	surnames: Map<string, Mention[]>,
	acronyms: Map<string, string>,
	given: Map<string, Set<string>> = new Map()
): string {
	const key = m.name.toLowerCase();
	const full = m.kind === 'person' ? surnames.get(key) : undefined;
	if (full?.length) {
		const before = full.filter((f) => f.span.start < m.span.start).at(-1);
		return (before ?? full[0]).name;
	}
	// a lone name that no full name ends on, and exactly one begins with
	const named = m.kind === 'person' && !key.includes(' ') ? given.get(key) : undefined;
	if (named?.size === 1) return [...named][0];
	if (m.kind !== 'person' && acronyms.has(key)) return acronyms.get(key)!;
	return m.name;
}

function roleOf(text: string, sentence: Token[] | undefined, span: NameSpan): string | undefined {
	if (!sentence) return undefined;
	const from = sentence.findIndex((t) => t.start >= span.start);
	let to = from;
	while (to < sentence.length && sentence[to].end <= span.end) to++;
	if (from < 0 || to === from) return undefined;
	const role = roleAround(text, sentence, from, to) ?? roleInside(text, sentence, from, to);
	return role && isUsableRole(role) ? singularRole(role) : undefined;
}
