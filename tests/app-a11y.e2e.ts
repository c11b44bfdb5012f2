import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { QuestionType } from '../src/lib/core/types';
import { answer, bundledDeck, currentQuestion, goOn, nextAsked } from './app-support';

async function expectNoViolations(page: Page, where: string) {
	const { violations } = await new AxeBuilder({ page }).analyze();
	const found = violations.map(
		(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
	expect(found, `axe violations on ${where}`).toEqual([]);
}

async function setSessionLength(page: Page, n: number) {
	await page.goto('/settings');
	const input = page.getByLabel('Questions per session');
	await expect(input).toBeEnabled();
	await input.fill(String(n));
	await input.press('Tab');
	await expect(page.getByText('Session length saved.')).toBeAttached();
}

for (const theme of ['light', 'dark'] as const) {
	test(`pages have no axe violations (${theme} theme)`, async ({ page }) => {
		test.setTimeout(300_000);
		await page.emulateMedia({ colorScheme: theme });
		const deck = await bundledDeck(page);

		await page.goto('/settings');
		await expect(page.getByLabel('Questions per session')).toBeEnabled();
		await expectNoViolations(page, 'settings');

		await page.goto('/');
		await expect(page.getByTestId('article')).toBeVisible();
		await expectNoViolations(page, 'library');

		// One wrong and one right answer give Missed answers and Stats something to show.
		await page.goto('/quiz');
		await answer(page, await currentQuestion(page, deck), false);
		await goOn(page);
		await answer(page, await currentQuestion(page, deck), true);
		await goOn(page);

		await page.goto('/missed');
		await expect(page.getByTestId('missed-item').first()).toBeVisible();
		await expectNoViolations(page, 'missed answers');

		// The article, pointed at a question's sentence, with its fact chosen.
		await page.getByRole('link', { name: 'Show in the article' }).first().click();
		await expect(page.locator('#focus-sentence')).toBeFocused();
		await expect(page.getByTestId('fact-questions')).toBeVisible();
		await expectNoViolations(page, 'article');

		await page.goto('/stats');
		await expect(page.getByTestId('total-answers')).toHaveText('2');
		await expectNoViolations(page, 'stats');
	});

	test(`every question type and its feedback have no axe violations (${theme} theme)`, async ({
		page
	}) => {
		test.setTimeout(300_000);
		await page.emulateMedia({ colorScheme: theme });
		const deck = await bundledDeck(page);
		await setSessionLength(page, 100);

		await page.goto('/quiz');
		const met = new Set<QuestionType>();
		// Every type the deck has.
		const types = new Set(deck.questions.map((q) => q.type));
		while (met.size < types.size) {
			const q = await nextAsked(page, deck, '/quiz');
			const first = !met.has(q.type);
			met.add(q.type);
			if (first) await expectNoViolations(page, `quiz, ${q.type}`);
			await answer(page, q, !first);
			if (first) await expectNoViolations(page, `quiz feedback, ${q.type}`);
			if (met.size === 1) {
				await page.getByRole('button', { name: 'Flag question…' }).click();
				await expect(page.getByRole('dialog')).toBeVisible();
				await expectNoViolations(page, 'flag dialog');
				await page.keyboard.press('Escape');
				await expect(page.getByRole('dialog')).toBeHidden();
				// Closing the dialog gives focus back to "Flag question…".
				await expect(page.getByRole('button', { name: 'Flag question…' })).toBeFocused();
				await page.getByRole('button', { name: /Continue/ }).focus();
			}
			await goOn(page);
		}
	});
}

test('a chosen theme overrides the system one', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/settings');
	await page.getByLabel('Dark').check();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	expect(await background()).toBe('rgb(17, 19, 24)');
	await expectNoViolations(page, 'settings, dark over a light system');

	// Kept across a reload; "Same as the system" hands back to the system.
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.getByLabel('Light').check();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	expect(await background()).toBe('rgb(246, 247, 249)');
	await page.getByLabel('Same as the system').check();
	await expect(page.locator('html')).not.toHaveAttribute('data-theme');
	expect(await background()).toBe('rgb(17, 19, 24)');
});
