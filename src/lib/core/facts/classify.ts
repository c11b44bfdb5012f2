import type { Chunk } from './chunks';
import { isNameWord } from './chunks';
import {
	FIRST_NAMES,
	NON_ENTITY_HEADS,
	ORG_HEADS,
	ORGANISATION_NAMES,
	PLACE_HEADS,
	STOP_CAPITALS
} from './gazetteer';
import { isDemonym, isRoleWord, lookup, tagsOf, type EntityKind } from './lexicon';
import { roleAround } from './roles';
import type { Tags } from './tagger';
import type { Token } from './tokens';

/** What a capitalised run names. */
export interface Named {
	kind: EntityKind;
	tokens: Token[];
	/** Canonical form from the gazetteer, when it knows the name. */
	canonical?: string;
	role?: string;
	/** The bracketed name after it: "(FSB)". */
	aliases?: Token[];
	/** Only a guess from position (an unknown name mid-sentence): later evidence wins. */
	weak?: boolean;
}

export interface ClassifyContext {
	text: string;
	tags: Tags;
	/** Lower-case words seen capitalised away from the start of a sentence. */
	capsMid: Set<string>;
	sentence: Token[];
}

const HONORIFICS = new Set('mr mrs ms miss dr sir dame mx'.split(' '));
// Heads that may come first: "Sea of Azov", "Lake Baikal", "Mount Everest".
const PLACE_FIRST = new Set('sea lake mount gulf bay strait cape isle port river'.split(' '));
const ORG_BEFORE = new Set(
	'company firm giant group agency bank lender insurer monopoly carrier airline maker manufacturer producer retailer broadcaster newspaper outlet rival subsidiary club startup operator conglomerate exchange regulator watchdog party'.split(
		' '
	)
);
const ORG_AFTER = new Set(
	'spokesman spokeswoman spokesperson shareholders shares lawyers executives employees staff board inc ltd plc'.split(
		' '
	)
);
const PLACE_BEFORE = new Set('in near outside across throughout around'.split(' '));
// "a stake in Wedbush", "invest in Nvidia": "in" before a firm
const STAKE =
	/^(?:stake|stakes|shares|shareholders|investors|invest|invested|investing|investment|interest|job|role)$/;
const SCORE = /^\d{1,2}-\d{1,2}$/;
const RESULT =
	/^(?:beat|beats|drew|draw|defeated|thrashed|edged|stunned|stun|lost|won|sink|sinks)$/;
const PERSON_AFTER =
	/^(?:became|resigned|scored|headed|netted|died|admitted|pleaded|who|wrote|tweeted|married)$/;
const PLACE_OF =
	/\b(?:region|city|town|village|port|province|district|county|capital|island|republic|state|oblast|area|suburb|outskirts|coast|shores) of$/i;
const AT_ROLE =
	/\b(?:analyst|economist|strategist|professor|researcher|director|head|partner|chief|editor|expert|lawyer|manager|trader|scientist|official)s? (?:at|with|of|from)$/i;

/** "in Hove", "near Mandalay": a place preposition; firms are "at" or "with" ("a stake in X"). */
function placeBefore(s: Token[], from: number): boolean {
	const prev = s[from - 1];
	return (
		!!prev && !prev.cap && PLACE_BEFORE.has(prev.lower) && !STAKE.test(s[from - 2]?.lower ?? '')
	);
}

function isTeam(s: Token[], from: number, to: number): boolean {
	const next = s[to];
	if (!next) return false;
	if (SCORE.test(next.text))
		return RESULT.test(s[from - 1]?.lower ?? '') || s[from - 1]?.lower === 'with';
	return (
		RESULT.test(next.lower) &&
		[s[to + 1], s[to + 2], s[to + 3]].some((t) => t && SCORE.test(t.text))
	);
}

/** "California-based", "Texas-born": the name before the suffix is a place. */
export function isPlaceSuffix(s: Token[], to: number): boolean {
	return s[to]?.text === '-' && /^(?:based|born|headquartered)$/.test(s[to + 1]?.lower ?? '');
}

/** Decides what a chunk names, from the gazetteer, head words, the tagger and context. */
export function classify(chunk: Chunk, ctx: ClassifyContext): Named | { role: string } | null {
	// "Liverpool won 2-0", "beat Tottenham Hotspur 3-1": a team, though named for a city
	if (isTeam(ctx.sentence, chunk.from, chunk.to)) {
		const toks = chunk.tokens.filter((t, i) => i > 0 || !STOP_CAPITALS.has(t.lower));
		if (toks.length && toks.every(isNameWord)) return { kind: 'organisation', tokens: toks };
	}
	if (chunk.numbered) return null;
	return classifyTokens(chunk.tokens, chunk.from, chunk.initial, ctx);
}

function classifyTokens(
	all: Token[],
	from: number,
	initial: boolean,
	ctx: ClassifyContext
): Named | { role: string } | null {
	const known = lookup(text(ctx, all));
	if (known) return { kind: known.kind, tokens: all, canonical: known.value };
	let toks = all;
	while (toks.length && (STOP_CAPITALS.has(toks[0].lower) || !isNameWord(toks[0]))) {
		toks = toks.slice(1);
		from++;
		initial = false;
	}
	if (!toks.length) return null;
	if (toks !== all) {
		const again = lookup(text(ctx, toks));
		if (again) return { kind: again.kind, tokens: toks, canonical: again.value };
	}
	const n = toks.length;
	const last = toks[n - 1].lower;
	// "Department of Justice": the head comes before "of"
	const headOf = toks.some(
		(t, i) => ORG_HEADS.has(t.lower) && /^(?:of|for)$/.test(toks[i + 1]?.lower ?? '')
	);
	const split = splitRole(toks, ctx);
	if (split && !(headOf && !('kind' in split))) return split;
	if (NON_ENTITY_HEADS.has(last)) return null;
	if (n >= 2 && (ORG_HEADS.has(last) || headOf)) return { kind: 'organisation', tokens: toks };
	if (n >= 2 && (PLACE_HEADS.has(last) || PLACE_FIRST.has(toks[0].lower)))
		return { kind: 'place', tokens: toks };
	if (n >= 2 && toks[n - 1].acronym && ORGANISATION_NAMES.has(last))
		return { kind: 'organisation', tokens: toks };
	if (toks.every(isDemonym)) return null;
	if (n >= 2 && isDemonym(toks[0])) {
		const rest = classifyTokens(toks.slice(1), from + 1, false, ctx);
		// "French Guiana": an adjective that belongs to a place name
		if (rest && 'kind' in rest && rest.kind === 'place' && !rest.canonical)
			return { kind: 'place', tokens: toks };
		return rest;
	}
	if (n >= 2 && n <= 4 && isFirstName(toks[0], ctx)) return person(toks, from, ctx);
	// the tagger's guesses yield to what the article itself says (aliases, surnames)
	if (n <= 3 && toks.every((t) => tagsOf(ctx.tags, t).has('Person')))
		return { ...person(toks, from, ctx), weak: true };
	if (toks.every((t) => tagsOf(ctx.tags, t).has('Place')))
		return { kind: 'place', tokens: toks, weak: true };
	const cue = contextCue(ctx, from, from + n);
	if (cue) return cue === 'person' ? person(toks, from, ctx) : { kind: cue, tokens: toks };
	if (toks.some((t) => tagsOf(ctx.tags, t).has('Organization')))
		return { kind: 'organisation', tokens: toks, weak: true };
	if (n === 1 && placeBefore(ctx.sentence, from))
		return { kind: 'place', tokens: toks, weak: true };
	if (initial) {
		if (n === 1) return ctx.capsMid.has(toks[0].lower) ? weakOrg(toks) : null;
		return classifyTokens(toks.slice(1), from + 1, false, ctx);
	}
	return weakOrg(toks);
}

function weakOrg(tokens: Token[]): Named {
	return { kind: 'organisation', tokens, weak: true };
}

/** "Ukrainian President Petro Poroshenko" → role + person; "Russian Defense Minister" → role. */
function splitRole(toks: Token[], ctx: ClassifyContext): Named | { role: string } | null {
	let k = -1;
	for (let i = 0; i < toks.length; i++) if (isRoleWord(toks[i].lower)) k = i;
	if (k < 0) return null;
	// "Secretary of State Antony Blinken": the role runs on through "of …" up to the name
	let j = k + 1;
	while (toks[j] && /^(?:of|for)$/.test(toks[j].lower)) {
		j += 2;
		while (j < toks.length - 2 && !isFirstName(toks[j], ctx)) j++;
	}
	const rest = toks.slice(j);
	const head = toks.slice(0, j);
	if (!rest.length) {
		if (toks.length === 1 && HONORIFICS.has(toks[0].lower)) return null;
		return ORG_HEADS.has(toks[k].lower) ? null : { role: text(ctx, head) };
	}
	if (!isNameWord(rest[0]) || lookup(text(ctx, rest))) return null;
	const restLast = rest[rest.length - 1].lower;
	if (ORG_HEADS.has(restLast) || PLACE_HEADS.has(restLast)) return null;
	const honorific = head.length === 1 && HONORIFICS.has(head[0].lower);
	return honorific
		? { kind: 'person', tokens: rest }
		: { kind: 'person', tokens: rest, role: text(ctx, head) };
}

function isFirstName(t: Token, ctx: ClassifyContext): boolean {
	return FIRST_NAMES.has(t.lower) || tagsOf(ctx.tags, t).has('FirstName');
}

function person(toks: Token[], from: number, ctx: ClassifyContext): Named {
	const role = roleAround(ctx.text, ctx.sentence, from, from + toks.length);
	return role ? { kind: 'person', tokens: toks, role } : { kind: 'person', tokens: toks };
}

/** Words around an unknown name that say what it is. */
function contextCue(ctx: ClassifyContext, from: number, to: number): EntityKind | null {
	const s = ctx.sentence;
	const before = s
		.slice(Math.max(0, from - 3), from)
		.map((t) => t.lower)
		.join(' ');
	const prev = s[from - 1];
	const next = s[to];
	if (PLACE_OF.test(before)) return 'place';
	if (isPlaceSuffix(s, to)) return 'place';
	// "Cupertino, California", "Guildford, Surrey": a town named with its state or county
	if (
		from > 0 &&
		!s[from].initial &&
		next?.text === ',' &&
		s[to + 1] &&
		!isNameWord(s[to + 2]) &&
		lookup(s[to + 1].text)?.kind === 'place'
	)
		return 'place';
	if (AT_ROLE.test(before)) return 'organisation';
	if (prev && !prev.cap && ORG_BEFORE.has(prev.lower)) return 'organisation';
	if (next && !next.cap && ORG_AFTER.has(next.lower)) return 'organisation';
	if (next?.lower === 'news' && s[to + 1]?.lower === 'agency') return 'organisation';
	if (roleAround(ctx.text, s, from, to)) return 'person';
	// "Shabana Mahmood became home secretary", "Bukayo Saka scored twice": deeds of people
	if (to - from >= 2 && next && !next.cap && PERSON_AFTER.test(next.lower)) return 'person';
	return null;
}

function text(ctx: ClassifyContext, tokens: Token[]): string {
	return ctx.text.slice(tokens[0].start, tokens[tokens.length - 1].end);
}
