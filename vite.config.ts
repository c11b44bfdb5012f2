import { sveltekit } from '@sveltejs/kit/vite';
import { playwright } from '@vitest/browser-playwright';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from './scripts/chromium.js';

/**
 * Headers a host should send with every page (see the README): a `<meta>` CSP cannot forbid
 * framing, so `frame-ancestors` and X-Frame-Options must come as headers.
 */
export const SECURITY_HEADERS = {
	'Content-Security-Policy': "frame-ancestors 'none'",
	'X-Frame-Options': 'DENY',
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'no-referrer'
};

/** `vite preview` sends them too; SvelteKit serves the pages itself, past `preview.headers`. */
function securityHeaders(): Plugin {
	return {
		name: 'factdeck-security-headers',
		configurePreviewServer(server) {
			server.middlewares.use((_req, res, next) => {
				for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
				next();
			});
		}
	};
}

export default defineConfig({
	plugins: [securityHeaders(), sveltekit()],
	worker: { format: 'es' },
	test: {
		expect: { requireAssertions: true },
		// Failure screenshots and attachments, with Playwright's output (git-ignored).
		attachmentsDir: 'test-results/vitest-attachments',
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['src/**/*.test.ts', 'tests/lint/*.test.ts'],
					exclude: ['src/**/*.browser.test.ts'],
					environment: 'node'
				}
			},
			{
				// Components in a real Chromium: focus, keys, pointer and the accessibility tree.
				extends: true,
				test: {
					name: 'components',
					include: ['src/**/*.browser.test.ts'],
					browser: {
						enabled: true,
						headless: true,
						screenshotDirectory: 'test-results/components',
						provider: playwright({ launchOptions: chromiumLaunchOptions }),
						instances: [{ browser: 'chromium' }]
					}
				}
			}
		]
	}
});
