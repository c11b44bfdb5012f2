import type { PrecacheEntry } from 'workbox-precaching';

export interface ServiceWorkerBuild {
	build: readonly string[];
	files: readonly string[];
	prerendered: readonly string[];
	version: string;
}

// Files under _app/immutable carry a content hash in their name: the URL is the revision,
// so an update fetches only what changed.
const IMMUTABLE = '/_app/immutable/';

/** Everything the app needs offline: app shell, static files, prerendered pages and decks. */
export function precacheEntries({
	build,
	files,
	prerendered,
	version
}: ServiceWorkerBuild): PrecacheEntry[] {
	const urls = new Set([...build, ...files, ...prerendered]);
	return [...urls].map((url) => ({
		url,
		revision: url.includes(IMMUTABLE) ? null : version
	}));
}
