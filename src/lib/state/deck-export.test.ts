import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateDeck } from '$lib/core/deck';
import { deckToTsv } from '$lib/core/export';
import { openFactdeckDb } from '$lib/store';
import { saveImportedDeck } from '$lib/state/decks';
import { useDb } from '$lib/state/db';
import { ArticleActions } from './article-actions.svelte';
import { loadStoredDeck } from './deck-export.svelte';

const text = readFileSync(
	new URL('../../../tests/pwa/import-article.txt', import.meta.url),
	'utf8'
);
let dbCount = 0;

beforeEach(async () => {
	useDb(await openFactdeckDb({ name: `pwa-export-${++dbCount}` }));
});
afterEach(() => useDb(null));

describe('loadStoredDeck', () => {
	it('gives back the deck that was imported, in deck order', async () => {
		const deck = generateDeck(text);
		expect(deck.questions.length).toBeGreaterThan(0);
		await saveImportedDeck(deck, text, 0);
		const stored = await loadStoredDeck(deck.article.id);
		expect(stored).toEqual(deck);
		expect(deckToTsv(stored).split('\n').filter(Boolean)).toHaveLength(deck.questions.length);
	});

	it('uses the learner’s name, and fails clearly once the article is deleted', async () => {
		const deck = generateDeck(text);
		await saveImportedDeck(deck, text, 0);
		const actions = new ArticleActions();
		expect(await actions.rename(deck.article.id, '  Yukos sale  ')).toBe(true);
		expect((await loadStoredDeck(deck.article.id)).article.title).toBe('Yukos sale');
		expect(await actions.remove(deck.article.id)).toBe(true);
		expect(actions.error).toBeNull();
		await expect(loadStoredDeck(deck.article.id)).rejects.toThrow(/no longer in your library/);
	});
});
