import type { Article } from '../types';
import { findChunks, type Chunk } from './chunks';
import { classify, type Named } from './classify';
import { overlapsSorted, type Found } from './found';
import { DEMONYMS, ORG_HEADS, STOP_CAPITALS } from './gazetteer';
import { isDemonym, lookup, nameKey, spanText, takesOf } from './lexicon';
import { findLowerOrgs } from './lower-orgs';
import type { Tags } from './tagger';
import type { Token } from './tokens';

interface Mention {
	chunk: Chunk;
	named: Named | null;
	/** Inside "(…)" right after a name: an alias, not a separate fact. */
	definition?: boolean;
}

const SUFFIX_ABBREVIATION = /^(?:inc|corp|co|ltd|bros|s\.a|n\.v|s\.p\.a|a\.g)$/;
const SPEECH = /^(?:said|says|added|told|stated|noted|explained|claimed|argued|announced|warned)$/;

/**
 * Finds organisations, people and places. Works in two passes: the first classifies each
 * capitalised run on its own evidence; the second links later mentions to earlier ones
 * (acronyms, short forms, surnames) so "GUR", "Baikal" and "Mr Khodorkovsky" take the
 * full name as their value.
 */
export function findEntities(article: Article, sentenceTokens: Token[][], tags: Tags): Found[] {
	const headings = sentenceTokens.map((_, s) => isHeading(article, s));
	const capsMid = new Set<string>();
	sentenceTokens.forEach((tokens, s) => {
		if (headings[s]) return;
		for (const t of tokens) if (t.cap && !t.initial && t.kind === 'word') capsMid.add(t.lower);
	});

	const mentions: Mention[] = [];
	const lowerOrgs: Found[] = [];
	sentenceTokens.forEach((tokens, s) => {
		const ctx = { text: article.text, tags, capsMid, sentence: tokens };
		for (const chunk of findChunks(tokens, s, takesOf, headings[s])) {
			const result = classify(chunk, ctx);
			mentions.push({ chunk, named: result && 'kind' in result ? result : null });
		}
		for (const r of findLowerOrgs(tokens)) {
			const toks = tokens.slice(r.from, r.to);
			const start = toks[0].glueStart ?? toks[0].start;
			lowerOrgs.push({
				kind: 'organisation',
				start,
				end: toks[toks.length - 1].end,
				value: spanText(article.text, toks)
			});
		}
	});

	markDefinitions(mentions, sentenceTokens);
	settleGuesses(mentions, article.text);
	const aliases = orgAliases(mentions, article.text);
	const surnames = personSurnames(mentions, article.text);
	const found: Found[] = [...lowerOrgs];
	for (const m of mentions) {
		if (m.definition) continue;
		const named = link(m, aliases, surnames, article.text);
		if (!named) continue;
		const f = toFound(named, article.text, sentenceTokens[m.chunk.sentence], m.chunk);
		if (!overlapsSorted(lowerOrgs, f.start, f.end)) found.push(f);
	}
	return found;
}

/** A guess from position yields to what the same name is called elsewhere in the article. */
function settleGuesses(mentions: Mention[], text: string): void {
	const sure = new Map<string, Named['kind']>();
	for (const m of mentions)
		if (m.named && !m.named.weak) sure.set(nameKey(spanText(text, m.named.tokens)), m.named.kind);
	for (const m of mentions) {
		if (!m.named?.weak) continue;
		const kind = sure.get(nameKey(spanText(text, m.named.tokens)));
		if (kind && kind !== m.named.kind) m.named = { ...m.named, kind };
	}
}

/** "Uralvagonzavod (UVZ)": the bracketed name is an alias of the name before it. */
function markDefinitions(mentions: Mention[], sentenceTokens: Token[][]): void {
	for (let i = 0; i + 1 < mentions.length; i++) {
		const outer = mentions[i];
		const inner = mentions[i + 1];
		if (inner.chunk.sentence !== outer.chunk.sentence) continue;
		const tokens = sentenceTokens[outer.chunk.sentence];
		if (tokens[outer.chunk.to]?.text !== '(' || inner.chunk.from !== outer.chunk.to + 1) continue;
		if (tokens[inner.chunk.to]?.text !== ')') continue;
		const acronym = inner.chunk.tokens.length === 1 && inner.chunk.tokens[0].text.length <= 6;
		if (outer.named?.kind === 'organisation' || (acronym && !outer.named)) {
			outer.named = { ...(outer.named ?? { kind: 'organisation', tokens: outer.chunk.tokens }) };
			outer.named.weak = false;
			outer.named.aliases = inner.chunk.tokens;
			inner.definition = true;
		}
	}
}

/** Other names of organisations: bracketed aliases and the first word of a long name. */
function orgAliases(mentions: Mention[], text: string): Map<string, string> {
	const map = new Map<string, string>();
	for (const m of mentions) {
		const n = m.named;
		if (!n || n.kind !== 'organisation' || n.weak) continue;
		const value = valueOf(n, text);
		if (m.definition) continue;
		const inner = n.aliases;
		if (inner?.length) map.set(nameKey(spanText(text, inner)), value);
		const first = n.tokens[0];
		if (
			n.tokens.length >= 2 &&
			!n.canonical &&
			!isDemonym(first) &&
			!DEMONYMS.has(first.lower) &&
			!STOP_CAPITALS.has(first.lower) &&
			!ORG_HEADS.has(first.lower) &&
			!lookup(first.text) &&
			!map.has(first.lower)
		)
			map.set(first.lower, value);
	}
	return map;
}

/** Surname → full name, for people named in full somewhere in the article. */
function personSurnames(mentions: Mention[], text: string): Map<string, Named> {
	const map = new Map<string, Named>();
	for (const m of mentions) {
		const n = m.named;
		if (n?.kind !== 'person' || n.tokens.length < 2) continue;
		const full = { ...n, canonical: valueOf(n, text) };
		// "Lopez Obrador" for "Andres Manuel Lopez Obrador": any run of last words
		for (let k = 1; k < n.tokens.length; k++) {
			const surname = n.tokens
				.slice(-k)
				.map((t) => t.lower)
				.join(' ');
			if (!map.has(surname)) map.set(surname, full);
		}
	}
	return map;
}

function link(
	m: Mention,
	aliases: Map<string, string>,
	surnames: Map<string, Named>,
	text: string
): Named | null {
	const n = m.named;
	const toks = n?.tokens ?? stripStops(m.chunk.tokens);
	if (toks.length > 1 && n?.kind === 'person') {
		const full = surnames.get(toks.map((t) => t.lower).join(' '));
		if (full && full.canonical !== valueOf(n, text)) return { ...n, canonical: full.canonical };
	}
	if (toks.length !== 1) return n;
	const key = toks[0].lower;
	if ((!n || n.kind === 'person' || n.weak) && surnames.has(key)) {
		const full = surnames.get(key);
		return { kind: 'person', tokens: toks, canonical: full?.canonical, role: n?.role };
	}
	if ((!n || n.weak || n.kind === 'organisation') && aliases.has(key))
		return { kind: 'organisation', tokens: toks, canonical: aliases.get(key) };
	return n;
}

function stripStops(tokens: Token[]): Token[] {
	let i = 0;
	while (i < tokens.length && STOP_CAPITALS.has(tokens[i].lower)) i++;
	return tokens.slice(i);
}

function toFound(n: Named, text: string, tokens: Token[], chunk: Chunk): Found {
	const first = n.tokens[0];
	const last = n.tokens[n.tokens.length - 1];
	// "Apple Inc." : the period belongs to the abbreviation, whether or not it also ends the sentence
	const dotted =
		n.kind === 'organisation' && SUFFIX_ABBREVIATION.test(last.lower) && text[last.end] === '.';
	const found: Found = {
		kind: n.kind,
		start: first.glueStart ?? first.start,
		end: last.end + (dotted ? 1 : 0),
		value: n.canonical ?? valueOf(n, text, tokens[chunk.to])
	};
	if (n.role) found.role = n.role;
	if (n.aliases?.length) found.aliases = [spanText(text, n.aliases)];
	return found;
}

function valueOf(n: Named, text: string, next?: Token): string {
	if (n.canonical) return n.canonical;
	let value = spanText(text, n.tokens);
	// "Sergei Shoiguhe said": a pronoun glued onto the name by bad translation
	if (n.kind === 'person' && next && SPEECH.test(next.lower))
		value = value.replace(/(?<=\p{L}{3}[aiou])(?:he|she)$/u, '');
	return value;
}

/** The headline, or a one-line paragraph without a final stop: a heading. */
function isHeading(article: Article, index: number): boolean {
	if (article.headline === index) return true;
	const s = article.sentences[index];
	const p = article.paragraphs[s.paragraph];
	return s.start === p.start && s.end === p.end && !/[.!?]["”’)]*$/.test(s.text);
}
