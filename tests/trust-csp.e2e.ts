import { expect, test } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { guard } from './fixtures/trust/guard';

// Checks the built files themselves (what a static host serves), then the pages in Chromium.

const BUILD = process.env.BUILD_DIR ?? 'build';

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return htmlFiles(path);
		return entry.name.endsWith('.html') ? [path] : [];
	});
}

const pages = htmlFiles(BUILD).map((file) => ({
	file,
	url:
		'/' +
		relative(BUILD, file)
			.replace(/\\/g, '/')
			.replace(/(index)?\.html$/, '')
}));

function cspOf(html: string): { policy: Map<string, string[]>; at: number } | null {
	const match = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
	if (!match) return null;
	const policy = new Map<string, string[]>();
	for (const directive of match[1].split(';')) {
		const [name, ...values] = directive.trim().split(/\s+/);
		if (name) policy.set(name.toLowerCase(), values);
	}
	return { policy, at: match.index };
}

/** Sources that never let another origin in, nor code that is not a file of the app. */
const SAFE = /^('self'|'none'|'sha(256|384|512)-[A-Za-z0-9+/=]+'|data:|blob:)$/;

test('there are built pages to check', () => {
	expect(pages.map((p) => p.url)).toEqual(expect.arrayContaining(['/', '/import', '/settings']));
});

for (const { file, url } of pages)
	test(`${url} carries a strict Content-Security-Policy <meta>`, () => {
		const html = readFileSync(file, 'utf8');
		const csp = cspOf(html);
		expect(csp, 'no CSP <meta http-equiv>').not.toBeNull();
		const { policy, at } = csp!;
		// A <meta> policy covers only what comes after it.
		const firstScript = html.search(/<script|<link[^>]+rel="modulepreload"/i);
		expect(firstScript === -1 || at < firstScript, 'the CSP comes after a script').toBe(true);

		expect(policy.get('default-src')).toEqual(["'self'"]);
		expect(policy.get('object-src')).toEqual(["'none'"]);
		expect(policy.get('base-uri')).toEqual(["'self'"]);
		const scripts = policy.get('script-src') ?? [];
		expect(scripts).toContain("'self'");
		for (const [name, values] of policy) {
			// Inline styles are allowed (Svelte transitions write them); styles run no code.
			const allowed = name === 'style-src' ? values.filter((v) => v !== "'unsafe-inline'") : values;
			for (const value of allowed) expect(value, `${name} allows ${value}`).toMatch(SAFE);
		}

		// Every inline script is one the policy hashes; nothing else inline can run.
		const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)];
		for (const [, body] of inline) {
			const hash = `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
			expect(scripts, 'an inline script without its hash').toContain(hash);
		}
		expect(html, 'inline event handler attribute').not.toMatch(/<[^>]+\son[a-z]+\s*=/i);
		expect(html, 'javascript: URL').not.toMatch(/(href|src|action)\s*=\s*["']?\s*javascript:/i);
	});

for (const { url } of pages)
	test(`${url} loads with no CSP violation and no request to another origin`, async ({
		page,
		context
	}) => {
		const g = await guard(context);
		await page.goto(url);
		await page.waitForLoadState('networkidle');
		await g.expectClean(page);
	});

test.describe('the policy really blocks', () => {
	// The probe script is served by a route, which a service worker would bypass.
	test.use({ serviceWorkers: 'block' });

	test('inline scripts, eval and other origins', async ({ page, context }) => {
		const g = await guard(context);
		// A script of the app's own origin (allowed), so it runs under the page's CSP: code
		// run through page.evaluate would not be held to it.
		await page.route('**/__trust-probe.js', (route) =>
			route.fulfill({ contentType: 'text/javascript', body: PROBE })
		);
		await page.goto('/');
		await page.waitForLoadState('networkidle');
		await page.evaluate(() => {
			const probe = document.createElement('script');
			probe.src = '/__trust-probe.js';
			document.head.append(probe);
		});
		const outcome = await page.waitForFunction(
			() => (window as unknown as { __probe?: unknown }).__probe
		);
		expect(await outcome.jsonValue()).toEqual({
			inlineRan: false,
			handlerRan: false,
			evalRan: false,
			evalBlocked: true,
			functionBlocked: true,
			timeoutStringRan: false,
			foreignLoaded: false,
			fetched: false
		});
		// Blocked before they left: the browser made no request to the other origin.
		expect(g.foreign).toEqual([]);
		expect(g.dialogs).toEqual([]);
		const violations = (await g.violations(page)).join('\n');
		expect(violations).toMatch(/^script-src-elem inline/m);
		expect(violations).toMatch(/^script-src-attr inline/m);
		expect(violations).toMatch(/^script-src eval/m);
		expect(violations).toMatch(/example\.com\/evil\.js/);
		expect(violations).toMatch(/^connect-src https:\/\/example\.com/m);
	});
});

/** Runs in the page as an app script would, and reports what the CSP let through. */
const PROBE = `(async () => {
	const w = window;
	const inline = document.createElement('script');
	inline.textContent = 'window.__inlineRan = true';
	document.head.append(inline);
	const button = document.createElement('button');
	button.setAttribute('onclick', 'window.__handlerRan = true; alert(1)');
	document.body.append(button);
	button.click();
	button.remove();
	let evalBlocked = false;
	try { (0, eval)('window.__evalRan = true'); } catch (e) { evalBlocked = e.name === 'EvalError'; }
	let functionBlocked = false;
	try { new Function('return 1')(); } catch (e) { functionBlocked = e.name === 'EvalError'; }
	setTimeout('window.__timeoutStringRan = true', 0);
	const foreign = document.createElement('script');
	foreign.src = 'https://example.com/evil.js';
	const foreignLoaded = await new Promise((resolve) => {
		foreign.onload = () => resolve(true);
		foreign.onerror = () => resolve(false);
		document.head.append(foreign);
	});
	const fetched = await fetch('https://example.com/track').then(() => true, () => false);
	await new Promise((r) => setTimeout(r, 100));
	w.__probe = {
		inlineRan: w.__inlineRan === true,
		handlerRan: w.__handlerRan === true,
		evalRan: w.__evalRan === true,
		evalBlocked,
		functionBlocked,
		timeoutStringRan: w.__timeoutStringRan === true,
		foreignLoaded,
		fetched
	};
})();`;
