import { isGivenName } from '../lexicon';
import type { FactKind } from '../types';
import { headKind } from './detail';
import { ROLE_WORDS, TITLES } from './gazetteer';

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/*
 * News introduces a name the reader may not know with a common noun that says what it is:
 * before it ("oil giant Yukos", "the broadcaster ITV", "the Ukrainian capital Kyiv"), in
 * apposition after it ("Gazprom, the state-controlled gas monopoly"; "Tver, a town north of
 * Moscow"; "Ann Lee, a 45-year-old teacher"), or as "the town of Tver". A body's name is
 * also the one its spokesman, shareholders or chief executive belong to ("Yukos spokesman",
 * "shareholders in Yukos"), and a role "at" a name works there ("an analyst at Troika
 * Dialog"). These words are English's, not any story's.
 */

/** Common nouns that describe a body. */
const BODY_NOUNS = set(`company firm giant group conglomerate monopoly corporation carrier
	airline carmaker automaker maker manufacturer producer retailer lender bank insurer operator
	supplier developer startup start-up subsidiary chain exporter importer distributor publisher
	broadcaster newspaper tabloid daily magazine network agency regulator watchdog ministry
	charity organisation organization nonprofit non-profit union party club university college
	outlet unit`);

/** Plurals of those, before a list of names ("companies Philip Morris, Imperial Tobacco and …"). */
const BODY_PLURALS = set(`companies firms groups banks lenders insurers carriers airlines carmakers
	automakers makers manufacturers producers retailers operators suppliers developers newspapers
	broadcasters networks agencies charities organisations organizations parties clubs universities`);
/** Bodies named by the name before them ("the Charlie Hebdo magazine"). */
const NAMED_BODY_AFTER = /^\s+(?:magazine|newspaper|tabloid|broadcaster|channel|airline|website)\b/;

/** Common nouns that describe a place. */
const PLACE_NOUNS = set(`city town village capital port province region island country suburb
	county municipality neighbourhood neighborhood enclave territory republic kingdom state`);
/** Of these, the ones that also stand right before a place's name ("the capital Kyiv"). */
const PLACE_BEFORE = set('city town village capital port island suburb');

/** Common nouns that describe a person, beside the words of roles. */
const PERSON_NOUNS = set(`man woman boy girl student teacher resident mother father son daughter
	wife husband brother sister friend pupil worker farmer teenager veteran survivor victim`);

/** Role words that describe bodies too ("Gazprom, a key player", "Chelsea, the league leader"). */
const SHARED_ROLES = set('leader champion member head chief player partner investor owner founder');
/** "Ann Lee, 45, …": an age in commas after a name. */
const AGE = /^\s*,\s*(\d{1,3})\s*,/;

/** What a body has that a person has not, written after its name ("Yukos spokesman"). */
const BODY_AFTER =
	/^(?:spokes(?:man|woman|person)|shareholders|employees|subsidiary|chief\s+executive|ceo|['’]s\s+(?:shares|shareholders|board|headquarters|subsidiary|chief\s+executive|ceo))\b/i;
/** What a body has, written before its name ("shareholders in Yukos", "the CEO of Yukos"). */
const BODY_BEFORE =
	/\b(?:shareholders?\s+(?:in|of)|shares\s+(?:in|of)|stake\s+in|chief\s+executive\s+of|ceo\s+of|headquarters\s+of)\s+(?:the\s+)?$/i;
/** "the town of Tver" */
const PLACE_OF = new RegExp(`\\bthe\\s+(?:${[...PLACE_NOUNS].join('|')})\\s+of\\s+$`);
/** "an analyst at Troika Dialog": a role at a name is a job with a body. */
const ROLE_AT = /\b([a-z-]+?)s?\s+(?:at|with)\s+(?:the\s+)?$/;
/** The word right before a name, in lower case. */
const WORD_BEFORE = /(?:^|[\s(“"])([a-z][a-z-]*)\s+$/;
/** ", the state-controlled gas monopoly," — the head noun is the last word of the phrase. */
const APPOSITION =
	/^\s*,\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,5}?([a-z][a-z-]*)(?=\s*(?:[,;.:)(]|$)|\s+(?:of|in|at|on|for|from|to|with|that|which|who|whose|based|owned|run|and|led|since|by)\b)/;

/**
 * What the words around a name say it is: a kind of fact, a "work" (a film, a book, a
 * series: no fact of the five kinds), or "role" (a person's word, read only as a caution).
 */
export type Described = FactKind | 'role' | 'work' | 'body';

/** Common nouns that describe a work: "the film Cry Wolf", "Supernatural, a television series". */
const WORK_NOUNS = set(`film movie novel book series sitcom drama album song play opera musical
	documentary episode poem painting videogame`);

/**
 * The last words of names of made things, not bodies, places or people: "the Bradley Fighting
 * Vehicle", "a Patriot Missile", "the Hubble Space Telescope". Words that also end the names
 * of teams ("Jets", "Rockets"), groups ("Fighters"), regiments ("Rifles") or firms ("Bighorn
 * Helicopters", "Piper Aircraft", "Land Rover") are left out.
 */
const THING_HEADS = set(`vehicle vehicles tank missile missiles airliner helicopter
	launcher shuttle submarine destroyer frigate warship satellite telescope lander spacecraft`);

/** Is the name a made thing's, by its last word? */
export function namesMadeThing(name: string): boolean {
	const last = /([\p{L}-]+)\W*$/u.exec(name)?.[1];
	return !!last && /^\p{Lu}/u.test(last) && THING_HEADS.has(last.toLowerCase());
}

export interface DescribedMention {
	span: { start: number; end: number };
	/** The name on one line, without a leading "the". */
	name: string;
	kind: FactKind;
}

/**
 * The kind the words around one mention give its name, if they give one. "person" from a
 * described role is only a caution ("Speaking to Reuters, the president of …" reads as a
 * role of Reuters), so it is told apart as "role".
 */
export function describedKind(text: string, start: number, end: number): Described | undefined {
	const before = text.slice(Math.max(0, start - 60), start);
	const after = text.slice(end, end + 100);
	if (BODY_BEFORE.test(before) || BODY_AFTER.test(after.replace(/^\s+/, ''))) return 'organisation';
	if (PLACE_OF.test(before)) return 'place';
	const role = ROLE_AT.exec(before);
	if (role && ROLE_WORDS.has(role[1])) return 'organisation';
	const word = WORD_BEFORE.exec(before)?.[1];
	// a body for sure, even with a given name in it: one of a list after a plural of bodies,
	// or the name of "the … magazine"
	if (word && BODY_PLURALS.has(word) && /^\s*(?:,|and\b)\s*\p{Lu}/u.test(after)) return 'body';
	if (/\bthe\s+$/i.test(before) && NAMED_BODY_AFTER.test(after)) return 'body';
	if (word && BODY_NOUNS.has(word)) return 'organisation';
	if (word && WORK_NOUNS.has(word)) return 'work';
	if (word && PLACE_BEFORE.has(word)) return 'place';
	const age = AGE.exec(after);
	if (age && Number(age[1]) <= 110) return 'person';
	const head = APPOSITION.exec(after)?.[1];
	if (head) return nounKind(head);
	return undefined;
}

function nounKind(noun: string): Described | undefined {
	if (BODY_NOUNS.has(noun)) return 'organisation';
	if (PLACE_NOUNS.has(noun)) return 'place';
	if (WORK_NOUNS.has(noun)) return 'work';
	// a plural describes a group ("Chelsea, the league leaders"), not one person
	if ((ROLE_WORDS.has(noun) && !SHARED_ROLES.has(noun)) || PERSON_NOUNS.has(noun)) return 'role';
	return undefined;
}

/**
 * Gives every mention of a name the kind its describing words give it, where they agree
 * more often than not and the tagger read it otherwise; returns the names they tell are
 * works ("the film Cry Wolf"), which are no facts. A name's own head word ("… University",
 * "Lake …") says more and is kept; a name built like a person's ("Ann Lee", "President Lee")
 * is not made a body; a place of the reference lists is not made a body (a country's team or
 * government is still named for the country).
 */
export function settleDescribedKinds(
	mentions: DescribedMention[],
	text: string,
	isListedPlace: (name: string) => boolean
): Set<string> {
	const works = new Set<string>();
	// names a cue makes a body even where they are built like a person's
	const sure = new Set<string>();
	const votes = new Map<string, Map<Described, number>>();
	for (const name of new Set(mentions.map((m) => m.name))) {
		// every place the story writes the name, tagged there or not
		const v = new Map<Described, number>();
		for (const at of occurrences(text, name)) {
			const found = describedKind(text, at, at + name.length);
			if (found === 'body') sure.add(name);
			const kind = found === 'body' ? 'organisation' : found;
			if (kind) v.set(kind, (v.get(kind) ?? 0) + 1);
		}
		if (v.size) votes.set(name, v);
	}
	for (const [name, v] of votes) {
		const ranked = [...v].sort((a, b) => b[1] - a[1]);
		const total = ranked.reduce((n, [, c]) => n + c, 0);
		const [kind, count] = ranked[0];
		if (kind === 'role' || count * 2 <= total || headKind(name)) continue;
		const first = name.split(/\s+/)[0];
		const personLike =
			TITLES.has(first.toLowerCase().replace(/\.$/, '')) ||
			(name.includes(' ') && isGivenName(first));
		if (kind !== 'person' && personLike && !sure.has(name)) continue;
		if (kind !== 'person' && kind !== 'place' && isListedPlace(name)) continue;
		if (kind === 'work') works.add(name);
		else if (kind !== 'body') for (const m of mentions) if (m.name === name) m.kind = kind;
	}
	return works;
}

/** Capitalised words that open a sentence or phrase without being part of a name. */
const OPENERS = set('The A An In At On By For From To Of And But As With After Before');

/**
 * Where the text writes a name as whole words, and not as part of a longer name ("Amman" in
 * "Sudesh Amman", "Yukos" in "Yukos Oil").
 */
function occurrences(text: string, name: string): number[] {
	const out: number[] = [];
	for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
		const end = at + name.length;
		if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
		const prev = /(\p{Lu}[\p{L}.'’-]*)[ \t]+$/u.exec(text.slice(Math.max(0, at - 30), at));
		if (prev && !OPENERS.has(prev[1])) continue;
		if (/^[ \t]+\p{Lu}/u.test(text.slice(end, end + 3))) continue;
		out.push(at);
	}
	return out;
}
