import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

/**
 * Headers a host should send with every page (see the README): a `<meta>` CSP cannot forbid
 * framing, so `frame-ancestors` and X-Frame-Options must come as headers.
 */
const securityHeaders = {
	'Content-Security-Policy': "frame-ancestors 'none'",
	'X-Frame-Options': 'DENY',
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'no-referrer'
};

export default defineConfig({
	plugins: [sveltekit()],
	worker: { format: 'es' },
	preview: { headers: securityHeaders },
	test: {
		include: ['src/**/*.test.ts'],
		environment: 'node'
	}
});
