import { ROLE_WORDS, TITLES } from './gazetteer';
import { wordClasses } from '../names/word-classes';
import type { Token } from './tokens';
import { isGivenName } from '../lexicon';

const HONORIFICS = new Set('mr mrs ms miss dr sir dame mx'.split(' '));
const DETERMINERS = new Set('the a an its his her their our my this that'.split(' '));
const MODIFIERS = new Set(
	'chief senior deputy former acting vice assistant executive managing general press lead foreign defence defense finance interior health prime junior top first principal'.split(
		' '
	)
);
const STOPS = new Set([',', ';', ':', '(', ')', '.', '!', '?', '"', '“', '”']);
const MAX_ROLE_TOKENS = 12;
const CLAUSE = new Set(
	'was were is are has have had said says told who whom which that when where while'.split(' ')
);

/**
 * The role an article gives a person next to their name: "Yukos spokesman Alexander
 * Shadrin", "the Russian Defense Minister, Sergei Shoigu", "Tim Osborne, head of …,".
 */
export function roleAround(
	text: string,
	tokens: Token[],
	from: number,
	to: number
): string | undefined {
	return roleBefore(text, tokens, from) ?? roleAfter(text, tokens, to);
}

function roleBefore(text: string, tokens: Token[], from: number): string | undefined {
	let k = from - 1;
	if (tokens[k]?.text === ',') k--;
	const end = k;
	let hasRole = false;
	while (k >= 0 && end - k < 6) {
		const t = tokens[k];
		if (t.kind !== 'word' || DETERMINERS.has(t.lower) || HONORIFICS.has(t.lower)) break;
		if (isRoleWord(t.lower)) hasRole = true;
		else if (!t.cap && !MODIFIERS.has(t.lower) && !isNounOnly(t.lower)) break;
		k--;
	}
	if (!hasRole || k === end || !isRoleWord(tokens[end].lower)) return undefined;
	return clean(text, tokens[k + 1], tokens[end]);
}

const FUNCTION_WORDS = new Set(
	`as at by for from in into of on to with and or but nor so than then who whom whose which that
	this these those such some any all each every both either neither no not other another its his
	her their our my your one two three four five six seven eight nine ten while when where whereas
	after before since although though because unless until if during about against between among
	over under like via per`.split(/\s+/)
);

/**
 * "fashion" in "fashion designer", "music" in "music journalist": a lower-case word before a
 * role qualifies it when it is no function word, verb, adjective or adverb.
 */
function isNounOnly(word: string): boolean {
	if (!/^[a-z]{3,}$/.test(word) || FUNCTION_WORDS.has(word) || /(?:ed|ing|ly)$/.test(word))
		return false;
	return !wordClasses(word).some((c) => c === 'verb' || c === 'adj' || c === 'adv');
}

/**
 * Titles the name was written with ("President Donald Trump", "Niger's President Mahamadou
 * Issoufou" with "Niger's" before it): the role is the title, with what stands before it.
 */
export function roleInside(
	text: string,
	tokens: Token[],
	from: number,
	to: number
): string | undefined {
	let k = from;
	while (
		k < to - 1 &&
		tokens[k].kind === 'word' &&
		(isRoleWord(tokens[k].lower) || MODIFIERS.has(tokens[k].lower))
	)
		k++;
	if (k === from || !isRoleWord(tokens[k - 1].lower) || HONORIFICS.has(tokens[k - 1].lower))
		return undefined;
	let b = from - 1;
	while (b >= 0 && from - b <= 4) {
		const t = tokens[b];
		if (t.kind !== 'word' || DETERMINERS.has(t.lower) || !(t.cap || MODIFIERS.has(t.lower))) break;
		b--;
	}
	return clean(text, tokens[b + 1], tokens[k - 1]);
}

function roleAfter(text: string, tokens: Token[], to: number): string | undefined {
	if (tokens[to]?.text !== ',') return undefined;
	let k = to + 1;
	while (tokens[k] && DETERMINERS.has(tokens[k].lower)) k++;
	const start = k;
	let hasRole = false;
	// a role is a noun phrase: it ends where a verb or a relative clause begins
	while (
		tokens[k] &&
		!STOPS.has(tokens[k].text) &&
		!CLAUSE.has(tokens[k].lower) &&
		k - start < MAX_ROLE_TOKENS
	) {
		if (k - start < 4 && isRoleWord(tokens[k].lower) && !tokens[k].cap) hasRole = true;
		k++;
	}
	if (!hasRole || k === start) return undefined;
	return clean(text, tokens[start], tokens[k - 1]);
}

function clean(text: string, first: Token, last: Token): string {
	return text.slice(first.start, last.end + (last.possessive ? 2 : 0)).replace(/\s+/g, ' ');
}

/** A word the lists or compromise's lexicon know as what a person is ("minister", "designer"). */
export function isTitleWord(word: string): boolean {
	return ROLE_WORDS.has(word) || TITLES.has(word) || wordClasses(word).includes('role');
}

/**
 * A lower-case word for what a person is or does: a title word, or an agent noun English
 * builds with "-ologist", "-ographer", "-ician", "-ist" ("oceanographer", "guitarist").
 */
function isRoleWord(word: string): boolean {
	return isTitleWord(word) || /^[a-z]{3,}(?:ologist|ographer|ician|ists?)$/.test(word);
}

const KIN =
	/^(?:father|mother|brother|sister|son|daughter|wife|husband|uncle|aunt|cousin|nephew|niece|grand(?:son|daughter|father|mother)|parents?|child|children|sibling|partner|fiancée?|widow(?:er)?)s?$/i;

const CLAUSE_WORDS =
	/\b(?:do|does|did|not|is|are|was|were|has|have|had|will|would|can|could|should|because|if|they|we|he|she|it|you|i)\b/i;

/** One person's role from a list's ("NASA astronauts Ann Vale and Tom Reyes"): the singular. */
export function singularRole(role: string): string {
	const m = /^(.*?)([a-z]{3,})s$/.exec(role);
	return m && isRoleWord(m[2]) && !/ss$/.test(m[2] + 's') ? m[1] + m[2] : role;
}

/**
 * A role worth naming a person by: it opens on a letter, is no bare kinship word ("brother"
 * says nothing without whose), and holds no second name ("Bruce and singer Eric Clapton").
 */
export function isUsableRole(role: string): boolean {
	const r = role.trim();
	if (
		!/^\p{L}/u.test(r) ||
		KIN.test(r) ||
		/^(?:Saint|St\.?|Mother|Father|Brother|Sister)$/i.test(r)
	)
		return false;
	// a clause, not a noun phrase: "many people do not seek treatment because …"
	if (r.split(/\s+/).length > 8 || CLAUSE_WORDS.test(r)) return false;
	// another person's name ("Susan Bro, Heather Heyer's mother"): capitalised words from a
	// given name on
	if (/^\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+)+$/u.test(r) && isGivenName(r.split(/\s+/)[0]))
		return false;
	return !/\band\s+(?:[\p{Ll}/-]+\s+)*\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(r);
}
