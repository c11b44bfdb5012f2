import { expect, test, type Page } from '@playwright/test';
import { answer, bundledDeck, currentQuestion, goOn } from './app-support';

async function reachTimeline(page: Page) {
	const deck = await bundledDeck(page);
	await page.goto('/settings');
	const input = page.getByLabel('Questions per session');
	await expect(input).toBeEnabled();
	await input.fill('100');
	await input.press('Tab');
	await expect(page.getByText('Session length saved.')).toBeAttached();
	await page.goto('/quiz');
	for (;;) {
		const q = await currentQuestion(page, deck);
		if (q.type === 'timeline') return q;
		await answer(page, q, true);
		await goOn(page);
	}
}

const texts = (page: Page) => page.locator('.timeline .item-main .text');

test('a timeline is put in order by dragging and by the move buttons', async ({ page }) => {
	test.setTimeout(180_000);
	const q = await reachTimeline(page);
	const target = q.answer as string[];

	// Drag each event (by its handle) onto the place it belongs.
	for (let i = 0; i < target.length - 1; i++) {
		const from = (await texts(page).allInnerTexts()).indexOf(target[i]);
		if (from === i) continue;
		const handle = page.locator('.timeline li').nth(from).locator('.handle');
		const slot = await page.locator('.timeline li').nth(i).boundingBox();
		const box = await handle.boundingBox();
		await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
		await page.mouse.down();
		await page.mouse.move(box!.x + box!.width / 2, slot!.y + 4, { steps: 8 });
		await page.mouse.up();
		await expect(texts(page).nth(i)).toHaveText(target[i]);
	}
	await expect(texts(page)).toHaveText(target);

	// The buttons move an event one place; moving it back restores the order.
	await page.getByRole('button', { name: `Move down: ${target[0]}` }).click();
	await expect(texts(page).nth(1)).toHaveText(target[0]);
	await page.getByRole('button', { name: `Move up: ${target[0]}` }).click();
	await expect(texts(page)).toHaveText(target);

	await page.getByRole('button', { name: 'Check order' }).click();
	await expect(page.getByTestId('feedback').getByRole('heading')).toHaveText(/Right/);
});
