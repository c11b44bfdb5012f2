import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// KIT_OUT_DIR / BUILD_DIR let two builds (e.g. an old and a new version in the update
		// test) live side by side.
		outDir: process.env.KIT_OUT_DIR ?? '.svelte-kit',
		adapter: adapter({ pages: process.env.BUILD_DIR ?? 'build', strict: true }),
		serviceWorker: { register: false },
		// Test helpers and fixtures, for tests only (ESLint keeps them out of the app), by a
		// name that does not change when a folder moves.
		alias: { $tests: 'tests' },
		// APP_VERSION names a build, so the update test can tell an old and a new version apart.
		// Unset, SvelteKit's own default applies (a Date.now() here would differ per config load).
		...(process.env.APP_VERSION && { version: { name: process.env.APP_VERSION } }),
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
