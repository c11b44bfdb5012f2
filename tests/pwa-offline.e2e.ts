import { expect, test } from '@playwright/test';
import { answerCurrentQuestion, importableArticle, waitForServiceWorker } from './pwa/helpers';
import { storedArticleIds, storedReviewCount } from './helpers/stored';

const PAGES = ['/', '/quiz', '/missed', '/stats', '/settings', '/import'];

test('after one online visit, every page and an import work offline', async ({ page, context }) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));

	await page.goto('/');
	await waitForServiceWorker(page);
	const before = await storedArticleIds(page);

	await context.setOffline(true);
	for (const path of PAGES) {
		await page.goto(path);
		await expect(page.locator('h1').first(), path).toBeVisible();
		await expect(page.getByTestId('offline-badge'), path).toBeVisible();
	}
	// A query string does not stop a prerendered page from being found offline.
	await page.goto('/quiz?article=x');
	await expect(page.locator('h1').first()).toBeVisible();
	// An unknown path still opens the app (the home page's router shows its error page).
	await page.goto('/no-such-page');
	await expect(page.locator('header')).toBeVisible();

	await page.goto('/import');
	await page.getByLabel('Article text').fill(importableArticle());
	await page.getByRole('button', { name: 'Import text' }).click();
	const result = page.getByTestId('import-result');
	await expect(result).toContainText('questions are ready', { timeout: 30_000 });
	const after = await storedArticleIds(page);
	expect(after.length).toBe(before.length + 1);

	// Study it, still offline: one answer through the quiz page.
	await page.getByRole('link', { name: 'Study it now' }).click();
	await expect(page).toHaveURL(/\/quiz\?article=/);
	await answerCurrentQuestion(page);
	await expect.poll(() => storedReviewCount(page)).toBe(1);

	// Everything is still there after a reload with no network, and shown in the library.
	await page.reload();
	await expect(page.getByTestId('question')).toBeVisible();
	expect(await storedReviewCount(page)).toBe(1);
	await page.goto('/');
	await expect(page.getByText('Yukos unit fetches $9bn at auction').first()).toBeVisible();
	expect(await storedArticleIds(page)).toEqual(after);
	expect(errors).toEqual([]);
});
