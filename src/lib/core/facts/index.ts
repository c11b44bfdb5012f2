import { hash64 } from '../hash';
import type { Article, Fact } from '../types';
import { findDates, resolveDates } from './dates';
import { findFigures } from './figures';
import type { Found } from './found';
import { createNameTagger, type NameTagger } from '../names';
import { findNames } from './names';
import { tokenize, type Token } from './tokens';

/**
 * Article → facts (dates, figures, organisations, people, places), sorted by position.
 * Pure and deterministic; every fact's text is exactly `article.text.slice(start, end)`.
 */
export function extractFacts(article: Article, tagger: NameTagger = createNameTagger()): Fact[] {
	const { text, sentences } = article;
	const tokens: Token[][] = sentences.map((s) => tokenize(text, s.start, s.end));
	const found: { f: Found; sentence: number }[] = [];
	const dates: Found[] = [];
	sentences.forEach((s, i) => {
		const inSentence = findDates(text, s.start, s.end);
		dates.push(...inSentence);
		for (const f of inSentence) found.push({ f, sentence: i });
		for (const f of findFigures(text, s.start, s.end, inSentence)) found.push({ f, sentence: i });
	});
	resolveDates(dates);
	const entities = findNames(article, tokens, tagger);
	for (const f of entities) found.push({ f, sentence: sentenceAt(article, f.start) });
	// a relative date with nothing to count from has no value and is no fact
	return finish(article, dropNested(found.filter(({ f }) => f.kind !== 'date' || f.value)));
}

function sentenceAt(article: Article, offset: number): number {
	const list = article.sentences;
	let lo = 0;
	let hi = list.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (list[mid].start <= offset) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

/**
 * A fact inside a longer one ("2,017" in a date) is dropped, but for a place an
 * organisation's name is built on ("Ukraine" in "Ministry of Defense of Ukraine").
 */
function dropNested<T extends { f: Found }>(items: T[]): T[] {
	items.sort((a, b) => a.f.start - b.f.start || b.f.end - a.f.end);
	const kept: T[] = [];
	let reach = -1;
	for (const item of items) {
		if (item.f.inName) {
			kept.push(item);
			continue;
		}
		if (item.f.end <= reach) continue;
		if (item.f.start < reach) continue;
		kept.push(item);
		reach = item.f.end;
	}
	return kept;
}

/**
 * Adds text, sentence and id. A sentence repeated word for word (a headline echoed at the
 * end) adds no facts. Ids hash the article, kind, value, sentence and the fact's rank among
 * equal facts of its sentence, so they never depend on other facts.
 */
function finish(article: Article, items: { f: Found; sentence: number }[]): Fact[] {
	const seenSentences = new Map<string, number>();
	const skip = new Set<number>();
	for (const s of article.sentences) {
		const key = normalise(s.text);
		if (seenSentences.has(key)) skip.add(s.index);
		else seenSentences.set(key, s.index);
	}
	const rank = new Map<string, number>();
	const facts: Fact[] = [];
	for (const { f, sentence } of items) {
		if (skip.has(sentence)) continue;
		const s = article.sentences[sentence];
		const base = `${article.id}|${f.kind}|${f.value}|${normalise(s.text)}`;
		const n = rank.get(base) ?? 0;
		rank.set(base, n + 1);
		const fact: Fact = {
			id: hash64(n ? `${base}|${n}` : base),
			kind: f.kind,
			text: article.text.slice(f.start, f.end),
			start: f.start,
			end: f.end,
			sentence: s.text,
			sentenceIndex: sentence,
			value: f.value
		};
		if (f.date) fact.date = f.date;
		if (f.figure) fact.figure = f.figure;
		if (f.role) fact.role = f.role;
		if (f.aliases) fact.aliases = f.aliases;
		if (f.detail) fact.detail = f.detail;
		if (f.country) fact.country = f.country;
		facts.push(fact);
	}
	addAliases(facts);
	return facts;
}

/** Every name used in the article for the same organisation, person or place. */
function addAliases(facts: Fact[]): void {
	const names = new Map<string, Set<string>>();
	for (const f of facts) {
		if (f.kind === 'date' || f.kind === 'figure') continue;
		const key = `${f.kind}|${f.value}`;
		const set = names.get(key) ?? new Set<string>();
		for (const n of [cleanName(f.text), ...(f.aliases ?? [])]) if (n !== f.value) set.add(n);
		names.set(key, set);
	}
	for (const f of facts) {
		const set = names.get(`${f.kind}|${f.value}`);
		if (set?.size) f.aliases = [...set].sort();
		else delete f.aliases;
	}
}

function cleanName(text: string): string {
	return text
		.replace(/\s+/g, ' ')
		.replace(/^(?:the|a|an|of|in|on|to|by|for|and|from|with|at|as)(?=\p{Lu})/u, '');
}

function normalise(s: string): string {
	return s.replace(/\s+/g, ' ').trim().toLowerCase();
}
