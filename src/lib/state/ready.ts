import { seedBundledDecks } from './decks';

let seeding: Promise<unknown> | null = null;

/**
 * Resolves once the bundled decks are in IndexedDB (the first visit stores them). Every page
 * waits on it before reading, whichever page the learner opens first. A failure (offline on a
 * first visit with no cache) still resolves: pages then show what the database holds.
 */
export function appReady(): Promise<void> {
	seeding ??= seedBundledDecks().catch((error: unknown) => {
		console.error('Could not store the bundled decks', error);
		seeding = null;
	});
	return seeding.then(() => undefined);
}
