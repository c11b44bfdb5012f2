import type { Deck } from '$lib/core/types';
import {
	bundledSeen,
	getArticle,
	markBundledSeen,
	saveDeck,
	type SaveDeckResult
} from '$lib/store';
import { getDb } from './db';

export type { SaveDeckResult };

/**
 * Saves a deck the learner imported, with its article text. The same text imported twice is
 * one article; a regenerated deck keeps the progress of the questions it still has.
 */
export async function saveImportedDeck(
	deck: Deck,
	text: string,
	now = Date.now()
): Promise<SaveDeckResult> {
	return saveDeck(await getDb(), deck, text, 'imported', now);
}

/** An entry of `/decks/index.json`. */
export interface BundledDeckEntry {
	id: string;
	title: string;
	words: number;
	questions: number;
	url: string;
	/** Generator version of the deck file; a stored deck of a lower version is replaced. */
	generator?: number;
}

/** A bundled deck file: the deck plus the article text. */
export type BundledDeck = Deck & { text: string };

export interface SeedResult {
	added: string[];
	updated: string[];
}

type FetchFn = (url: string) => Promise<Pick<Response, 'ok' | 'status' | 'json'>>;

/**
 * Stores the bundled decks on first visit, and again when the generator version moved on
 * (progress kept). A bundled article the learner deleted is not brought back.
 */
export async function seedBundledDecks(
	fetchFn: FetchFn = (url) => fetch(url),
	indexUrl = '/decks/index.json',
	now = Date.now()
): Promise<SeedResult> {
	const db = await getDb();
	const result: SeedResult = { added: [], updated: [] };
	const entries = (await fetchJson(fetchFn, indexUrl)) as BundledDeckEntry[];
	if (!Array.isArray(entries)) throw new Error(`${indexUrl} is not a list of decks.`);
	const seen = new Set(await bundledSeen(db));
	for (const entry of entries) {
		const stored = await getArticle(db, entry.id);
		// Without a version in the index a stored deck is kept as it is.
		const outdated = stored !== undefined && (entry.generator ?? 0) > stored.generator;
		if (stored ? !outdated : seen.has(entry.id)) continue;
		const deck = (await fetchJson(fetchFn, new URL(entry.url, base(indexUrl)).href)) as BundledDeck;
		if (typeof deck?.text !== 'string' || !Array.isArray(deck.questions))
			throw new Error(`${entry.url} is not a deck.`);
		// Keep an article the learner imported as imported.
		const source = stored?.source ?? 'bundled';
		const saved = await saveDeck(db, deck, deck.text, source, now);
		(stored ? result.updated : result.added).push(saved.articleId);
		await markBundledSeen(db, saved.articleId);
	}
	return result;
}

function base(indexUrl: string): string {
	return typeof location === 'undefined'
		? new URL(indexUrl, 'http://localhost/').href
		: new URL(indexUrl, location.href).href;
}

async function fetchJson(fetchFn: FetchFn, url: string): Promise<unknown> {
	const res = await fetchFn(url);
	if (!res.ok) throw new Error(`Could not load ${url} (HTTP ${res.status}).`);
	return res.json();
}
