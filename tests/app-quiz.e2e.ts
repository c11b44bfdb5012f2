import { expect, test } from '@playwright/test';
import type { QuestionType } from '../src/lib/core/types';
import { answer, bundledDeck, currentQuestion, goOn, nextAsked } from './app-support';

test('a session meets every question type; missed answers are retried until none is left', async ({
	page
}) => {
	test.setTimeout(120_000);
	const deck = await bundledDeck(page);

	// A long session, so one session meets every type the deck has.
	await page.goto('/settings');
	const length = page.getByLabel('Questions per session');
	await expect(length).toBeEnabled();
	await length.fill('100');
	await length.press('Tab');
	await expect(page.getByText('Session length saved.')).toBeAttached();

	await page.goto('/');
	await page
		.getByRole('link', { name: /^Study/ })
		.first()
		.click();
	await expect(page).toHaveURL(/\/quiz\?article=/);

	// Every type the deck has (a deck may have no true/false: its sentences are all asked).
	const types = new Set(deck.questions.map((q) => q.type));
	expect(types.size).toBeGreaterThanOrEqual(3);
	const met = new Set<QuestionType>();
	const missed: string[] = [];
	let answers = 0;
	let reloaded = false;
	const quizUrl = page.url();
	while (met.size < types.size) {
		const q = await nextAsked(page, deck, quizUrl);
		// The first question of each type is answered wrong, the rest right.
		const right = met.has(q.type);
		met.add(q.type);
		await answer(page, q, right);
		answers++;
		if (!right) {
			missed.push(q.id);
			for (const part of Array.isArray(q.answer) ? q.answer : [q.answer])
				await expect(page.getByTestId('expected')).toContainText(part);
		}
		await expect(page.getByTestId('feedback').locator('blockquote')).toHaveText(q.source);
		await goOn(page);

		if (answers === 2 && !reloaded) {
			// A reload resumes the session on the same question (a deck asks three at least).
			reloaded = true;
			const before = (await currentQuestion(page, deck)).id;
			await expect(page.getByTestId('progress-count')).toHaveText(/^3 \/ /);
			await page.reload();
			await expect(page.getByTestId('question')).toHaveAttribute('data-question-id', before);
			await expect(page.getByTestId('progress-count')).toHaveText(/^3 \/ /);
		}
	}

	// Esc leaves the session.
	await page.keyboard.press('Escape');
	await expect(page).toHaveURL(/\/$/);
	await expect(page.getByTestId('count-learning')).toHaveText(String(answers));

	// Every wrong answer is in Missed answers, with the answer given and the right one.
	await page.getByRole('link', { name: 'Missed', exact: true }).click();
	const items = page.getByTestId('missed-item');
	await expect(items).toHaveCount(missed.length);
	for (const id of missed)
		await expect(
			page.locator(`[data-testid="missed-item"][data-question-id="${id}"]`)
		).toBeVisible();

	// Retry: the first one is missed again and comes back, until each is answered right.
	await page.getByRole('link', { name: /Retry missed/ }).click();
	const seen = new Map<string, number>();
	for (;;) {
		const summary = page.getByTestId('summary');
		// the question being asked, not the one whose feedback has just closed
		const question = page.locator('[data-testid="question"][data-state="asking"]');
		await expect(summary.or(question)).toBeVisible();
		if (await summary.isVisible()) break;
		const q = await currentQuestion(page, deck);
		const times = (seen.get(q.id) ?? 0) + 1;
		seen.set(q.id, times);
		await answer(page, q, !(q.id === missed[0] && times === 1));
		answers++;
		await goOn(page);
	}
	expect(seen.get(missed[0])).toBe(2);
	expect([...seen.keys()].sort()).toEqual([...missed].sort());

	await page.getByRole('link', { name: 'Missed', exact: true }).click();
	await expect(page.getByTestId('missed-empty')).toBeVisible();

	// Progress is kept across a reload, and every answer is counted in the stats.
	await page.reload();
	await expect(page.getByTestId('missed-empty')).toBeVisible();
	await page.getByRole('link', { name: 'Stats' }).click();
	await expect(page.getByTestId('total-answers')).toHaveText(String(answers));
	await expect(page.getByTestId('streak')).toHaveText('1 day');
	await expect(page.getByRole('table', { name: 'Answers per day, last 30 days' })).toBeAttached();
});

test('a missed answer can be cleared from the list', async ({ page }) => {
	const deck = await bundledDeck(page);
	await page.goto('/quiz');
	const q = await currentQuestion(page, deck);
	await answer(page, q, false);
	await goOn(page);
	await page.goto('/missed');
	const item = page.locator(`[data-testid="missed-item"][data-question-id="${q.id}"]`);
	await expect(item).toBeVisible();
	await expect(item.getByRole('link', { name: 'Show in the article' })).toHaveAttribute(
		'href',
		new RegExp(`q=${q.id}`)
	);
	await item.getByRole('button', { name: /Clear/ }).click();
	await expect(page.getByTestId('missed-empty')).toBeVisible();
	await page.reload();
	await expect(page.getByTestId('missed-empty')).toBeVisible();
});
