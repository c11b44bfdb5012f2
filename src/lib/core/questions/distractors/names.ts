import { placeGroup, placePool, type PlaceGroup } from './places';
import type { Fact, FactDetail } from '../../types';
import { normText } from '../text';
import {
	GAZETTEER,
	groupOf,
	isSporty,
	personGroup,
	regionOf,
	SAME_NAMES,
	type NameGroup,
	type Region
} from './gazetteer';
import { memo } from '../../memo';
import { placeHead } from '../../facts/detail';
import { givenNameGender } from '../../lexicon';
import { editDistance } from '../../grading/distance';

type NameKind = 'organisation' | 'person' | 'place';

/** More than any question needs (three for a choice, one for a swap, spares for filters). */
const MAX = 8;

const isAcronym = (s: string) => /^[A-Z0-9]{2,6}$/.test(s.replace(/[.\s]/g, ''));
const words = (s: string) => s.split(/\s+/).filter(Boolean);
// "Apple Inc." and "Apple" are one firm: a company suffix names no other thing.
const bare = (s: string) =>
	normText(s)
		.replace(/^the /, '')
		.replace(/\s+(?:inc|corp|co|ltd|plc|llc)\.?$/, '');

/** A possible distractor with what ranking needs, worked out once. */
interface Option {
	text: string;
	bare: string;
	words: number;
	group: NameGroup | undefined;
	region: Region | undefined;
	acronym: boolean;
	/** ISO code of the country the name belongs to, when known. */
	country?: string;
	/** 0: from the article, 1: from the learner's other articles, 2: from the bundled list. */
	source: number;
	/** How far a reference place is from the answer, in rank. */
	distance?: number;
}

function option(
	text: string,
	kind: NameKind,
	source: number,
	group?: NameGroup,
	country?: string
): Option {
	return {
		text,
		bare: bare(text),
		words: words(text).length,
		group: group ?? groupOf(text, kind),
		region: regionOf(text),
		acronym: isAcronym(text),
		country,
		source
	};
}

/** The finer kind the facts stage gives, as the distractor groups name it. */
const DETAIL_GROUP: Partial<Record<FactDetail, NameGroup>> = {
	company: 'company',
	government: 'agency',
	party: 'party',
	team: 'club',
	media: 'media',
	school: 'university',
	country: 'country',
	city: 'city',
	region: 'region',
	site: 'landmark'
};

function pool(kind: NameKind, groups: NameGroup[]): Option[] {
	// "the Urals" is listed with its article; the sentence brings its own.
	return groups.flatMap((g) =>
		GAZETTEER[g].map((text) => option(text.replace(/^the\s+/, ''), kind, 2))
	);
}

const POOLS: Record<NameKind, Option[]> = {
	person: pool('person', ['politician', 'business', 'athlete', 'person']),
	place: pool('place', ['continent', 'country', 'city', 'region', 'water']),
	organisation: pool('organisation', [
		'agency',
		'legislature',
		'court',
		'company',
		'media',
		'international',
		'party',
		'club',
		'competition',
		'university'
	])
};

/** The bundled names by group, for the answers whose group is known. */
const BY_GROUP = new Map<NameGroup, Option[]>();
for (const o of [...POOLS.place, ...POOLS.organisation, ...POOLS.person])
	if (o.group) BY_GROUP.set(o.group, [...(BY_GROUP.get(o.group) ?? []), o]);

const PLACE_GROUPS = new Set<NameGroup>(['country', 'city', 'region']);

/** The last source: places from the reference lists, near the answer; the bundled rest by group. */
function referenceNames(
	answer: string,
	fact: Fact,
	kind: NameKind,
	group: NameGroup | undefined
): Option[] {
	if (kind === 'place' && group && PLACE_GROUPS.has(group))
		// Nearest first: a neighbour before a country across the continent.
		return placePool(answer, fact, group as PlaceGroup).map((p, i) => ({
			...option(p.text, kind, 2, p.group, p.country),
			distance: i * 0.15
		}));
	return group ? (BY_GROUP.get(group) ?? []) : POOLS[kind];
}

const contextCache = new WeakMap<Fact[], { sporty: boolean; region: Region | undefined }>();

/**
 * What the article is about, read once per deck: sport or not, and the region most of its
 * known names belong to, so an unknown town in an English story gets English towns.
 */
function articleContext(facts: Fact[]): { sporty: boolean; region: Region | undefined } {
	let ctx = contextCache.get(facts);
	if (!ctx) {
		const count = new Map<Region, number>();
		let sporty = 0;
		const seen = new Set<number>();
		for (const f of facts) {
			if (!seen.has(f.sentenceIndex)) {
				seen.add(f.sentenceIndex);
				if (isSporty(f.sentence)) sporty++;
			}
			if (f.kind === 'date' || f.kind === 'figure') continue;
			const r = regionOf(f.value) ?? regionOf(f.text);
			if (r && r !== 'world') count.set(r, (count.get(r) ?? 0) + 1);
		}
		let region: Region | undefined;
		for (const [r, n] of count) if (!region || n > count.get(region)!) region = r;
		ctx = { sporty: sporty >= 2, region };
		contextCache.set(facts, ctx);
	}
	return ctx;
}

/** The group of a fact's name: a person by role and deeds, anything else by name. */
export function factGroup(fact: Fact, facts: Fact[], name = fact.text): NameGroup | undefined {
	const detailed = fact.detail && DETAIL_GROUP[fact.detail];
	if (detailed) return detailed;
	if (fact.kind === 'person') {
		const sporty = articleContext(facts).sporty;
		const known = personGroup(fact.value, fact.role, fact.sentence, sporty);
		return known === 'person' ? personGroup(name, fact.role, fact.sentence, sporty) : known;
	}
	const kind = fact.kind as NameKind;
	const listed = kind === 'place' ? (placeGroup(name) ?? placeGroup(fact.value)) : undefined;
	const group = listed ?? groupOf(name, kind) ?? groupOf(fact.value, kind);
	if (group || kind !== 'place') return group;
	// An unknown place is most often a town ("Cupertino, California", "in Hove").
	return placeGroup(fact.value) ?? 'city';
}

/** The names of one thing: its text, value, aliases, and the usual other spellings. */
export function namesOf(fact: Fact, answer: string): Set<string> {
	const out = new Set([answer, fact.text, fact.value, ...(fact.aliases ?? [])].map(bare));
	const paren = /\(([^()]+)\)/.exec(fact.text);
	if (paren) out.add(bare(paren[1]));
	for (const group of SAME_NAMES)
		if (group.some((n) => out.has(n))) group.forEach((n) => out.add(n));
	out.delete('');
	return out;
}

/** Same thing under another name: equal, or one holds the other word for word (Putin ⊂ Vladimir Putin). */
function sameThing(names: Set<string>, candidate: string, padded = pad(names)): boolean {
	if (!candidate || names.has(candidate)) return true;
	const c = ` ${candidate} `;
	for (const n of padded) if (c.includes(n) || n.includes(c)) return true;
	return false;
}

const pad = (names: Iterable<string>) => [...names].map((n) => ` ${n} `);

const LINKING = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'at', 'to', 'a']);

/** The stems of a name's words, so "Ukraine’s", "Ukrainian" and "Ukraine" meet; "Russia", "Russian" too. */
const stems = memo(
	(name: string) =>
		new Set(
			name
				.split(' ')
				.filter((w) => w && !LINKING.has(w))
				.map((w) => w.replace(/'s$/, '').replace(/(ian|ean|ain|ish|ese|an|a|e|s)$/, ''))
		)
);

/**
 * Two names that may well be one body under two descriptions ("Ukraine’s military
 * intelligence", "Ukrainian Defense Intelligence"): two stems shared. Never both offered.
 */
function maybeSame(names: Iterable<string>, candidate: string): boolean {
	const c = stems(candidate);
	if (c.size < 2) return false;
	for (const n of names) {
		let shared = 0;
		for (const w of stems(n)) if (c.has(w) && ++shared >= 2) return true;
	}
	return false;
}

interface ArticleName {
	value: string;
	/** The value as written: the full name behind a surname. */
	full: string;
	bare: string;
	/** Every name the article gives it, normalised. */
	forms: string[];
	/** The name as a learner reads it, and its acronym if the article gives one. */
	name: Option | null;
	acronym: Option | null;
}

const namesCache = new WeakMap<Fact[], Map<string, ArticleName[]>>();

/** The article's names of one kind, read once per deck rather than once per question. */
function articleNames(
	facts: Fact[],
	kind: NameKind,
	display: (f: Fact) => string,
	source = 0
): ArticleName[] {
	let byKind = namesCache.get(facts);
	if (!byKind) namesCache.set(facts, (byKind = new Map()));
	let out = byKind.get(kind);
	if (!out) {
		const firsts = new Map<string, Fact>();
		for (const f of facts) if (f.kind === kind && !firsts.has(f.value)) firsts.set(f.value, f);
		out = [...firsts.values()].map((f) => {
			const forms = [/\(([^()]+)\)/.exec(f.text)?.[1], ...(f.aliases ?? []), f.text];
			const acronym = forms.find((x) => x && isAcronym(x));
			const name = display(f);
			return {
				value: bare(f.value),
				full: f.value,
				bare: bare(f.text),
				forms: [f.value, ...forms].filter((x): x is string => !!x).map(bare),
				name:
					name && !isAcronym(name)
						? option(name, kind, source, factGroup(f, facts, name), f.country)
						: null,
				acronym: acronym
					? option(acronym, kind, source, factGroup(f, facts, acronym), f.country)
					: null
			};
		});
		byKind.set(kind, out);
	}
	return out;
}

const TITLE = /^(Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady|President|Prime Minister|General|Gen\.?)\s+/;

/**
 * A person's display form follows the answer: a surname alone when the answer is one,
 * "Mr Osborne" when the answer is "Mr Khodorkovsky".
 */
function shapeLike(answer: string, o: Option, kind: NameKind): Option {
	if (kind !== 'person') return o;
	const title = TITLE.exec(answer);
	const rest = words(answer).length - (title ? words(title[0]).length : 0);
	if (rest !== 1 || o.words < 2) return o;
	const surname = words(o.text.replace(TITLE, '')).at(-1)!;
	const text = title ? title[0] + surname : surname;
	return { ...o, text, bare: bare(text), words: words(text).length };
}

interface Ranked {
	text: string;
	bare: string;
	words: number;
	acronym: boolean;
	/** Every name of the thing, normalised: none of them may stand in the prompt. */
	forms: string[];
}

const rankedCache = new WeakMap<Fact[], WeakMap<Fact[], Map<string, Ranked[]>>>();
const NO_POOL: Fact[] = [];

/**
 * Wrong names of the same kind: other names in the article first, then the learner's other
 * articles, then the bundled list, ordered by how alike they look (form, length, group).
 * Never the answer under another name, never a name already in the prompt.
 */
export function nameDistractors(
	answer: string,
	fact: Fact,
	facts: Fact[],
	display: (f: Fact) => string,
	prompt: string,
	statement = false,
	pool: Fact[] = NO_POOL
): string[] {
	const kind = fact.kind as NameKind;
	// The ranking does not depend on the prompt: worked out once per name, then filtered.
	let byPool = rankedCache.get(facts);
	if (!byPool) rankedCache.set(facts, (byPool = new WeakMap()));
	let byName = byPool.get(pool);
	if (!byName) byPool.set(pool, (byName = new Map()));
	// Two mentions of one person may be of two sorts (one gives a role): the sort is in the key.
	const key = `${kind}|${fact.value}|${answer}|${statement}|${factGroup(fact, facts, answer)}`;
	let ranked = byName.get(key);
	if (!ranked) {
		ranked = rank(answer, fact, facts, display, pool, statement);
		byName.set(key, ranked);
	}
	const inPrompt = ` ${normText(prompt)} `;
	const promptNames = new Set(
		[...prompt.matchAll(/\p{Lu}[\p{L}'’-]+/gu)].map((m) => normText(m[0]))
	);
	// After "the", a single-word name ("the Ukraine", "the Facebook") is a grammar giveaway.
	const afterThe = kind !== 'person' && /\bthe\s+_{3,}/i.test(prompt);
	// After "a" or "an" only a description fits ("a US court"), never a bare name.
	const afterA = /\b(a|an)\s+_{3,}/i.test(prompt);
	// "Hartford Hospital" is no rival to "New England": a name built as a site's or a
	// region's ("Hospital", "County") stands among its like, a plain name among plain names.
	const answerHead = placeHead(answer);
	const promptSex = kind === 'person' ? sexOfPrompt(prompt) : undefined;
	// Two options that may be one body ("Federal Penal Service", "Federal Criminal
	// Service") look like a pair to rule out: keep the first of them.
	const picked: string[] = [];
	const out: string[] = [];
	for (const c of ranked) {
		if (out.length >= MAX) break;
		// A body the prompt already names ("The GUR does not exclude that the _____…").
		if (c.forms.some((n) => n.length > 1 && inPrompt.includes(` ${n} `))) continue;
		if (c.bare.length > 2 && inPrompt.includes(c.bare)) continue;
		if ((afterThe || afterA) && ((c.words < 2 && !c.acronym) || /[’']s\b/.test(c.text))) continue;
		if (kind !== 'person' && maybeSame(picked, c.bare)) continue;
		// "Socoolas" beside "Sacoolas", "Defence Force" beside "Defence Forces": a spelling
		// of the same name, which would be right as well
		if ([bare(answer), ...picked].some((p) => misspelt(p, c.bare))) continue;
		if (kind !== 'person' && placeHead(c.text) !== answerHead) continue;
		// "Ginger" beside "Baker" in the prompt may be the same man: no word of a person
		// offered may stand in the prompt as a name.
		if (kind === 'person' && c.bare.split(' ').some((w) => w.length > 2 && promptNames.has(w)))
			continue;
		// "Amy Cook" for "one of the men …, his experience": where the prompt tells the sex, a
		// person offered is of it when the given name tells theirs
		if (promptSex && c.forms.some((f) => sexOf(f) && sexOf(f) !== promptSex)) continue;
		// "New England" among "Federal Aviation Administration" and its like stands out by length
		const ratio = c.text.length / Math.max(1, answer.length);
		if ((ratio > 2.5 || ratio < 0.4) && Math.abs(c.text.length - answer.length) > 12) continue;
		picked.push(c.bare);
		out.push(c.text);
	}
	return out;
}

/** The sex a person's given name tells, if the lists know it and it is not shared. */
const sexOf = (name: string) => givenNameGender(name.trim().split(/\s+/)[0] ?? '');

const MALE = /\b(?:he|his|him|himself|man|men|boy|father|son|brother|husband|Mr)\b/i;
const FEMALE = /\b(?:she|her|hers|herself|woman|women|girl|mother|daughter|sister|wife|Mrs|Ms)\b/i;

/** The sex a prompt's own words give the one asked for, if they give one only. */
function sexOfPrompt(prompt: string): 'male' | 'female' | undefined {
	const m = MALE.test(prompt);
	const f = FEMALE.test(prompt);
	return m === f ? undefined : m ? 'male' : 'female';
}

/** Two spellings of one name: at most one letter in five differs, two at most, one if short. */
function misspelt(a: string, b: string): boolean {
	const limit = Math.min(2, Math.floor(Math.max(a.length, b.length) / 5));
	return a !== b && limit > 0 && editDistance(a, b, limit) <= limit;
}

/** Enough ranked options for any prompt to leave the few a question needs. */
const KEEP = 24;

function rank(
	answer: string,
	fact: Fact,
	facts: Fact[],
	display: (f: Fact) => string,
	pool: Fact[],
	statement: boolean
): Ranked[] {
	const kind = fact.kind as NameKind;
	const names = namesOf(fact, answer);
	const padded = pad(names);
	const group = factGroup(fact, facts, answer);
	const region = regionOf(answer) ?? regionOf(fact.value) ?? articleContext(facts).region;
	const acronym = isAcronym(answer);
	const answerWords = words(answer).length;
	const options: { o: Option; forms: string[]; value: string; others: string[] }[] = [];
	const known = [...articleNames(facts, kind, display), ...articleNames(pool, kind, display, 1)];
	for (const other of known) {
		// a one-word "person" of the article is often no person ("Hospital", "Twitter"): a
		// person offered is one the article names in full
		if (kind === 'person' && words(other.full).length < 2) continue;
		let o = acronym ? other.acronym : other.name;
		if (!o || (group && o.group && o.group !== group)) continue;
		// A swap in a statement must be known to be the same sort of thing: for a place, by
		// the reference lists, not by the guess that an unknown place is a town.
		if (statement && (!group || o.group !== group)) continue;
		if (statement && kind === 'place' && !placeGroup(o.text)) continue;
		// "Rayner" first, "Angela Rayner" later: a full name answer gets full names
		if (kind === 'person' && o.words < answerWords && other.full.split(' ').length > o.words)
			o = { ...o, ...option(other.full, kind, o.source, o.group) };
		options.push({ o, forms: other.forms, value: other.value, others: [other.value, other.bare] });
	}
	// A false statement swaps in a name the learner has read: one from a reference list
	// makes it absurd rather than subtly false.
	if (!statement)
		for (const o of referenceNames(answer, fact, kind, group))
			if (acronym === o.acronym) options.push({ o, forms: [], value: o.bare, others: [] });
	// Scored first (cheap, no allocation), then checked in order (dear) until enough are kept.
	const person = kind === 'person';
	const score = new Float64Array(options.length);
	for (let i = 0; i < options.length; i++) {
		const o = person ? shapeLike(answer, options[i].o, kind) : options[i].o;
		let sc = o.source * 3 + Math.abs(answerWords - o.words) + (o.distance ?? 0);
		const ratio = o.text.length / Math.max(1, answer.length);
		if (ratio < 0.5 || ratio > 2) sc += 2;
		if (acronym !== o.acronym) sc += 3;
		if (group && !o.group) sc += 3.5;
		// A bundled name from the answer's part of the world: US cities for a Texas town.
		if (o.source && region && o.region !== region) sc += 2.5;
		// A city among cities of the same country, where the facts tell the country.
		// Where the sentence names the country too, one from elsewhere is ruled out at sight.
		if (fact.country && o.country && o.country !== fact.country)
			sc += group === 'city' || group === 'region' ? 7 : 2;
		// An answer of no known sort is best matched by names of no known sort either.
		if (!group && o.group) sc += 2;
		score[i] = sc;
	}
	const order = options.map((_, i) => i).sort((a, b) => score[a] - score[b] || a - b);
	const seen = new Set<string>();
	const values = new Set<string>();
	const surnames = new Set<string>();
	const out: Ranked[] = [];
	for (const i of order) {
		if (out.length >= KEEP) break;
		const { forms, value, others } = options[i];
		const o = person ? shapeLike(answer, options[i].o, kind) : options[i].o;
		// One name per other thing: two names of one wrong body look like a pair.
		if (seen.has(o.bare) || values.has(value)) continue;
		// "Trump" and "Donald Trump" among the choices are one wrong person offered twice.
		const surname = person ? (o.bare.split(' ').at(-1) ?? '') : '';
		if (surname && surnames.has(surname)) continue;
		if (sameThing(names, o.bare, padded) || others.some((n) => sameThing(names, n, padded)))
			continue;
		if (kind !== 'person' && maybeSame(names, o.bare)) continue;
		seen.add(o.bare);
		values.add(value);
		if (surname) surnames.add(surname);
		out.push({
			text: o.text,
			bare: o.bare,
			words: o.words,
			acronym: o.acronym,
			forms
		});
	}
	return out;
}
