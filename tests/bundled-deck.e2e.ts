import { expect, test } from '@playwright/test';
import type { Deck } from '../src/lib/core/types';

test('the built app shows questions from the bundled article', async ({ page }) => {
	await page.goto('/');
	const title = page.getByRole('heading', {
		name: /Russia wants to create an army of 2 million soldiers/
	});
	await expect(title).toBeVisible();
	const card = page.getByTestId('article').filter({ has: title });
	const count = Number((await card.textContent())?.match(/(\d+)\s+questions/)?.[1]);
	expect(count).toBeGreaterThanOrEqual(3);

	// The article page lists the questions about a fact, straight from the bundled deck.
	const id = await card.getAttribute('data-article-id');
	const deck = (await (await page.request.get(`/decks/${id}.json`)).json()) as Deck;
	expect(deck.questions).toHaveLength(count);
	await card.getByRole('link', { name: /^Read/ }).click();
	const factId = deck.questions[0].factIds[0];
	await page.locator(`button[data-fact-id="${factId}"]`).click();
	const prompts = page.getByTestId('fact-questions').locator('li');
	await expect(prompts.first()).toBeVisible();
	const shown = await prompts.allInnerTexts();
	const expected = deck.questions.filter((q) => q.factIds.includes(factId));
	expect(shown).toHaveLength(expected.length);
	for (const [i, q] of expected.entries()) expect(shown[i]).toContain(q.prompt);

	// And a quiz asks them.
	await page.getByRole('link', { name: 'Study' }).click();
	const question = page.getByTestId('question');
	await expect(question).toBeVisible();
	const qid = await question.getAttribute('data-question-id');
	expect(deck.questions.map((q) => q.id)).toContain(qid);
});
