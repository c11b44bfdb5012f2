import { expect, test } from '@playwright/test';

// Another site framing the settings page (clickjacking): the host's headers forbid it, and
// where a host does not send them, the page itself offers nothing that changes data.

const EVIL = 'http://evil.example/';

test('the preview server sends the headers that forbid framing', async ({ request }) => {
	const response = await request.get('/settings');
	const headers = response.headers();
	expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
	expect(headers['x-frame-options']).toBe('DENY');
	expect(headers['x-content-type-options']).toBe('nosniff');
});

test('the settings page inside a cross-origin frame shows no destructive control', async ({
	page,
	baseURL
}) => {
	const settings = new URL('/settings', baseURL).href;
	// Another origin's page that frames the settings page.
	await page.route(EVIL, (route) =>
		route.fulfill({
			contentType: 'text/html',
			body: `<!doctype html><title>Win a prize</title><iframe src="${settings}" width="900" height="2000"></iframe>`
		})
	);
	// As a host that sends no framing headers serves it: the app must guard itself.
	await page.route(settings, async (route) => {
		const response = await route.fetch();
		const headers = { ...response.headers() };
		delete headers['content-security-policy'];
		delete headers['x-frame-options'];
		await route.fulfill({ response, headers });
	});
	await page.goto(EVIL);
	const frame = page.frameLocator('iframe');
	// The page has run and found itself framed (Chromium also denies a third-party frame its
	// storage here, so the framed page holds no progress of its own).
	await expect(frame.locator('[data-framed="true"]')).toBeAttached({ timeout: 20_000 });
	await expect(frame.getByTestId('backup-framed')).toBeVisible();
	for (const control of [
		frame.getByTestId('backup-file'),
		frame.getByRole('radio', { name: /^(Merge|Replace)/ }),
		frame.getByRole('button', { name: /Restore|Choose a backup/ })
	])
		await expect(control).toHaveCount(0);

	// The same page on its own offers them.
	await page.goto(settings);
	await expect(page.locator('[data-framed="false"]')).toBeAttached();
	await expect(page.getByTestId('backup-file')).toBeAttached();
	await expect(page.getByRole('radio', { name: /^Replace/ })).toBeVisible();
});
