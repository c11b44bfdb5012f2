import { ROLE_WORDS, TITLES } from './gazetteer';
import type { Token } from './tokens';

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
		else if (!t.cap && !MODIFIERS.has(t.lower)) break;
		k--;
	}
	if (!hasRole || k === end || !isRoleWord(tokens[end].lower)) return undefined;
	return clean(text, tokens[k + 1], tokens[end]);
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

function isRoleWord(word: string): boolean {
	return ROLE_WORDS.has(word) || TITLES.has(word);
}
