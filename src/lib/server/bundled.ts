import { generateDeck } from '$lib/core/deck';
import type { Deck } from '$lib/core/types';

/** A deck generated at build time, with the article text it was made from. */
export interface BundledDeck extends Deck {
	text: string;
}

/** What /decks/index.json lists for each bundled deck. */
export interface BundledDeckEntry {
	id: string;
	title: string;
	words: number;
	questions: number;
	generator: number;
	url: string;
}

const sources = import.meta.glob('../content/articles/*.txt', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

let cache: BundledDeck[] | undefined;

/** Every bundled article's deck, generated once per build (never in the browser). */
export function bundledDecks(): BundledDeck[] {
	cache ??= Object.keys(sources)
		.sort()
		.map((path) => {
			const text = sources[path];
			return { ...generateDeck(text), text };
		});
	return cache;
}

export function bundledDeckIndex(): BundledDeckEntry[] {
	return bundledDecks().map((deck) => ({
		id: deck.article.id,
		title: deck.article.title,
		words: deck.article.words,
		questions: deck.questions.length,
		generator: deck.generator,
		url: `/decks/${deck.article.id}.json`
	}));
}
