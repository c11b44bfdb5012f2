import type { Article, Fact } from '../types';
import { normText } from './text';

/**
 * How much a fact is worth learning, as news writing tells it: named in the headline or the
 * first paragraph, mentioned again and again, a figure that says what it counts.
 */
export function salience(article: Article, facts: Fact[]): Map<string, number> {
	const known = cache.get(facts);
	if (known) return known;
	const out = score(article, facts);
	cache.set(facts, out);
	return out;
}

const cache = new WeakMap<Fact[], Map<string, number>>();

function score(article: Article, facts: Fact[]): Map<string, number> {
	const mentions = mentionCounts(facts);
	const key = factKey;
	const first = firstParagraph(article);
	const out = new Map<string, number>();
	for (const f of facts) {
		const s = article.sentences[f.sentenceIndex];
		let score = Math.min(mentions.get(key(f)) ?? 1, 5);
		if (article.headline !== undefined && f.sentenceIndex === article.headline) score += 3;
		if (s && s.paragraph === first) score += 2;
		if (f.kind === 'figure' && f.figure?.counts) score += 1;
		out.set(f.id, score);
	}
	return out;
}

/** The paragraph news writing puts the story's point in: the first one after the headline. */
export function firstParagraph(article: Article): number | undefined {
	return article.sentences.find((s) => s.index !== article.headline)?.paragraph;
}

/** The first two paragraphs below the headline: the lead and the paragraph that goes on with it. */
export function topParagraphs(article: Article): Set<number> {
	const body = article.sentences.filter((s) => s.index !== article.headline);
	return new Set([...new Set(body.map((s) => s.paragraph))].slice(0, 2));
}

/** What facts of one value share ("Barr" and "William Barr"): their kind and value. */
export function factKey(f: Fact): string {
	return `${f.kind}|${normText(f.value || f.text)}`;
}

/** How often the story names each value, by `factKey`. */
export function mentionCounts(facts: readonly Fact[]): Map<string, number> {
	const out = new Map<string, number>();
	for (const f of facts) out.set(factKey(f), (out.get(factKey(f)) ?? 0) + 1);
	return out;
}
