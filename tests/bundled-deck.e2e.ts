import { expect, test } from '@playwright/test';

test('the built app shows questions from the bundled article', async ({ page }) => {
	await page.goto('/');
	await expect(
		page.getByText('Russia wants to create an army of 2 million soldiers')
	).toBeVisible();
	const items = page.getByTestId('questions').locator('li');
	await expect(items.first()).toBeVisible();
	expect(await items.count()).toBeGreaterThan(5);
});
