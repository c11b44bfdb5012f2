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
	// A flagged question, so a Restore button would be there to click.
	await page.goto('/quiz');
	await page.getByRole('button', { name: 'Flag this question' }).click();
	const dialog = page.getByRole('dialog', { name: 'Flag this question' });
	await dialog.getByRole('button', { name: 'Flag question' }).click();
	await expect(dialog).toBeHidden();

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
	await expect(frame.getByTestId('backup-panel')).toBeVisible({ timeout: 20_000 });
	await expect(frame.getByTestId('backup-framed')).toBeVisible();
	await expect(frame.getByLabel('Questions per session')).toBeEnabled();
	await expect(frame.getByTestId('flagged-list')).toBeVisible();
	for (const control of [
		frame.getByTestId('backup-file'),
		frame.getByRole('radio', { name: /^(Merge|Replace)/ }),
		frame.getByRole('button', { name: /Restore|Choose a backup/ })
	])
		await expect(control).toHaveCount(0);

	// The same page on its own offers them.
	await page.goto(settings);
	await expect(page.getByTestId('backup-file')).toBeAttached();
	await expect(page.getByRole('radio', { name: /^Replace/ })).toBeVisible();
	await expect(page.getByRole('button', { name: /^Restore/ })).toBeVisible();
});
