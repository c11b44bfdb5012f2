import { expect, test, type Page } from '@playwright/test';
import type { Deck } from '../src/lib/core/types';
import { answer, bundledDeck, currentQuestion } from './app-support';
import { readReviews } from './helpers/stored';

// An answer whose feedback was shown is stored: the app shows the feedback only after the
// transaction committed, so closing (or crashing) the page right after must lose nothing.

const RUNS = 50;
const START = Date.parse('2026-03-02T09:00:00Z');
const YEAR = 365 * 24 * 3600 * 1000;

/**
 * Opens the quiz and waits for a question to answer, starting a new session if the last one
 * ended. A page closed during a feedback shows that feedback again: Continue goes on.
 */
async function openQuiz(page: Page): Promise<void> {
	await page.goto('/quiz');
	const asking = page.locator('[data-testid="question"][data-state="asking"]');
	const feedback = page.getByTestId('feedback');
	await expect(asking.or(feedback)).toBeVisible({ timeout: 20_000 });
	if (await feedback.isVisible()) {
		await page.getByRole('button', { name: /Continue/ }).click();
		const summary = page.getByTestId('summary');
		await expect(asking.or(summary)).toBeVisible();
		if (await summary.isVisible()) await openQuiz(page);
	}
}

/** Answers the question on screen and returns its id once the feedback shows. */
async function answerShown(page: Page, deck: Deck, right: boolean): Promise<string> {
	const q = await currentQuestion(page, deck);
	await answer(page, q, right);
	return q.id;
}

test(`${RUNS} times: answer, then close the page at once; every acknowledged answer is stored`, async ({
	context
}) => {
	test.setTimeout(600_000);
	let page = await context.newPage();
	const deck = await bundledDeck(page);
	const acknowledged: string[] = [];
	for (let run = 0; run < RUNS; run++) {
		// A year passes between runs, so a deck smaller than the runs always has cards due.
		await page.clock.setFixedTime(START + run * YEAR);
		await openQuiz(page);
		acknowledged.push(await answerShown(page, deck, run % 3 !== 0));
		if (run % 5 === 4) {
			// Now and then the renderer dies instead of closing cleanly.
			// The command never answers: the page it runs in is gone.
			const cdp = await context.newCDPSession(page);
			const crashed = page.waitForEvent('crash');
			void cdp.send('Page.crash').catch(() => {});
			await crashed;
			await page.close();
		} else {
			await page.close({ runBeforeUnload: false });
		}
		page = await context.newPage();
	}
	await page.goto('/stats');
	const reviews = await readReviews(page);
	expect(reviews.map((r) => r.questionId).sort()).toEqual([...acknowledged].sort());
	await expect(page.getByTestId('total-answers')).toHaveText(String(RUNS));
});

test('two pages answering at the same time lose nothing', async ({ context }) => {
	test.setTimeout(300_000);
	const pages = [await context.newPage(), await context.newPage()];
	const deck = await bundledDeck(pages[0]);
	const each = 8;
	let step = 0;
	const answered = await Promise.all(
		pages.map(async (page, p) => {
			const ids: string[] = [];
			for (let i = 0; i < each; i++) {
				// A year passes before every start, whichever page starts, so every answer given
				// so far is due again: a deck smaller than the answers always has cards due.
				await page.clock.setFixedTime(START + ++step * YEAR);
				// Each page starts over so both race on the same session and cards.
				await openQuiz(page);
				ids.push(await answerShown(page, deck, (i + p) % 2 === 0));
			}
			return ids;
		})
	);
	const reviews = await readReviews(pages[0]);
	expect(reviews).toHaveLength(each * 2);
	expect(reviews.map((r) => r.questionId).sort()).toEqual(answered.flat().sort());
	await pages[1].goto('/stats');
	await expect(pages[1].getByTestId('total-answers')).toHaveText(String(each * 2));
});
