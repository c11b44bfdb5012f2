import { describe, expect, it } from 'vitest';
import { precacheEntries } from './precache';

describe('precacheEntries', () => {
	const entries = precacheEntries({
		build: ['/_app/immutable/entry/start.abc.js', '/_app/immutable/workers/generate.worker-x.js'],
		files: ['/manifest.webmanifest', '/icons/icon-192.png'],
		prerendered: ['/', '/quiz', '/decks/index.json', '/quiz'],
		version: 'v2'
	});

	it('lists every build file, static file and prerendered page once', () => {
		expect(entries.map((e) => e.url).sort()).toEqual(
			[
				'/',
				'/_app/immutable/entry/start.abc.js',
				'/_app/immutable/workers/generate.worker-x.js',
				'/decks/index.json',
				'/icons/icon-192.png',
				'/manifest.webmanifest',
				'/quiz'
			].sort()
		);
	});

	it('revisions mutable URLs with the app version and trusts hashed ones', () => {
		expect(entries.find((e) => e.url === '/quiz')?.revision).toBe('v2');
		expect(entries.find((e) => e.url === '/manifest.webmanifest')?.revision).toBe('v2');
		expect(entries.find((e) => e.url.endsWith('start.abc.js'))?.revision).toBeNull();
	});
});
