import { chromium, expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitForServiceWorker } from './pwa/helpers';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): [number, number] {
	expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
	return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

test('the manifest is served, complete, and its icons are real PNGs of the stated size', async ({
	page,
	request
}) => {
	await page.goto('/');
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	const response = await request.get(new URL(href!, page.url()).href);
	expect(response.ok()).toBe(true);
	const manifest = await response.json();
	for (const key of ['id', 'name', 'short_name', 'description', 'start_url', 'scope'])
		expect(typeof manifest[key], key).toBe('string');
	expect(manifest.display).toBe('standalone');
	expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
	expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);

	const purposes = new Set<string>();
	for (const icon of manifest.icons) {
		const png = await request.get(new URL(icon.src, page.url()).href);
		expect(png.ok(), icon.src).toBe(true);
		const [w, h] = pngSize(await png.body());
		expect(`${w}x${h}`).toBe(icon.sizes);
		purposes.add(`${icon.purpose}:${icon.sizes}`);
	}
	expect([...purposes]).toEqual(
		expect.arrayContaining(['any:192x192', 'any:512x512', 'maskable:512x512'])
	);
});

// A persistent profile: Playwright's usual contexts are incognito, which Chromium never installs.
test('Chromium finds no installability errors', async ({ baseURL }) => {
	const { launchOptions } = test.info().project.use;
	const profile = mkdtempSync(join(tmpdir(), 'factdeck-install-'));
	const context = await chromium.launchPersistentContext(profile, { ...launchOptions, baseURL });
	try {
		const page = await context.newPage();
		await page.goto('/');
		await waitForServiceWorker(page);
		const cdp = await context.newCDPSession(page);
		const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
		expect(installabilityErrors).toEqual([]);
		const { errors } = await cdp.send('Page.getAppManifest');
		expect(errors).toEqual([]);
	} finally {
		await context.close();
		rmSync(profile, { recursive: true, force: true });
	}
});
