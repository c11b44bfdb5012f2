import { expect, test } from '@playwright/test';
import { answer, bundledDeck, currentQuestion } from './app-support';

test('a flagged question leaves every session and comes back when restored', async ({ page }) => {
	const deck = await bundledDeck(page);
	await page.goto('/');
	const fresh = Number(await page.getByTestId('count-new').textContent());
	expect(fresh).toBe(deck.questions.length);

	// Flag from the feedback, with a reason.
	await page
		.getByRole('link', { name: /^Study/ })
		.first()
		.click();
	const q = await currentQuestion(page, deck);
	await answer(page, q, true);
	await page.getByRole('button', { name: 'Flag question…' }).click();
	const dialog = page.getByRole('dialog', { name: 'Flag this question' });
	await dialog.getByLabel('The question is unclear').check();
	await dialog.getByLabel('Details (optional)').fill('two answers fit');
	await dialog.getByRole('button', { name: 'Flag question' }).click();
	await expect(dialog).toBeHidden();
	await expect(page.getByTestId('announcer')).toHaveText(/flagged/);
	const next = await currentQuestion(page, deck);
	expect(next.id).not.toBe(q.id);

	// Flag a second one before answering it: the session moves on without it.
	await page.getByRole('button', { name: 'Flag this question' }).click();
	await dialog.getByRole('button', { name: 'Flag question' }).click();
	await expect(page.getByTestId('question')).not.toHaveAttribute('data-question-id', next.id);
	const third = await currentQuestion(page, deck);
	expect(third.id).not.toBe(next.id);

	// Neither is asked any more: the library counts them out of the new questions.
	await page.keyboard.press('Escape');
	await expect(page.getByTestId('count-new')).toHaveText(String(fresh - 2));
	await expect(page.getByTestId('count-learning')).toHaveText('0');

	// Settings lists both, with the reason, and restores them.
	await page.getByRole('link', { name: 'Settings' }).click();
	const flagged = page.getByTestId('flagged-list').getByRole('listitem');
	await expect(flagged).toHaveCount(2);
	const first = page.locator(`[data-testid="flagged-list"] li[data-question-id="${q.id}"]`);
	await expect(first).toContainText(q.prompt);
	await expect(first).toContainText('The question is unclear: two answers fit');
	await first.getByRole('button', { name: /Restore/ }).click();
	await expect(flagged).toHaveCount(1);
	await page.reload();
	await expect(flagged).toHaveCount(1);
	await expect(page.locator(`li[data-question-id="${next.id}"]`)).toBeVisible();

	await page.getByRole('link', { name: 'Library' }).click();
	// The restored question was answered before it was flagged: it keeps that progress.
	await expect(page.getByTestId('count-learning')).toHaveText('1');
	await expect(page.getByTestId('count-new')).toHaveText(String(fresh - 2));
});
