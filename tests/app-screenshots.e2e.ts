import { expect, test, type Page } from '@playwright/test';
import type { QuestionType } from '../src/lib/core/types';
import { readFileSync } from 'node:fs';
import { answer, bundledDeck, goOn, nextAsked } from './app-support';
import {
	askedQuestion,
	deviceContext,
	importText,
	SCREENS,
	storedQuestions
} from './study-support';

// Writes docs/screenshots/*.png: the quiz (one per question type, and its feedback), missed
// answers, stats, an import outcome and the nothing-due page; a touch phone and a desktop,
// light and dark. Run with SCREENSHOTS=1; skipped otherwise.
test.skip(!process.env.SCREENSHOTS, 'Set SCREENSHOTS=1 to write the screenshots.');

for (const size of Object.keys(SCREENS) as (keyof typeof SCREENS)[])
	for (const theme of ['light', 'dark'] as const)
		test(`screenshots: ${size}, ${theme}`, async ({ browser }) => {
			test.setTimeout(120_000);
			const context = await deviceContext(browser, size, theme);
			const page = await context.newPage();
			const shot = (name: string) =>
				page.screenshot({ path: `docs/screenshots/${name}-${size}-${theme}.png` });
			const deck = await bundledDeck(page);

			await setSessionLength(page, 100);
			await page.goto('/quiz');
			// every type the bundled deck has (an article without three acronyms, roles or
			// counted figures gets no match)
			const types = new Set(deck.questions.map((q) => q.type));
			expect(types.size).toBeGreaterThanOrEqual(3);
			const met = new Set<QuestionType>();
			let n = 0;
			while (met.size < types.size) {
				const q = await nextAsked(page, deck, '/quiz');
				if (!met.has(q.type)) {
					met.add(q.type);
					await page.mouse.move(0, 0);
					await shot(`quiz-${q.type}`);
				}
				// Every third answer is wrong, so Missed answers and Stats have something to show.
				await answer(page, q, n++ % 3 !== 1);
				if (n === 2) {
					await page.evaluate(() => scrollTo(0, 0));
					await shot('quiz-feedback');
				}
				await goOn(page);
			}

			await page.goto('/missed');
			await expect(page.getByTestId('missed-item').first()).toBeVisible();
			await shot('missed');
			await page.goto('/stats');
			await expect(page.getByTestId('total-answers')).toBeVisible();
			await shot('stats');

			await importText(page, readFileSync('tests/fixtures/articles/short-bridge.txt', 'utf8'));
			await expect(page.getByRole('link', { name: /Study it now/ })).toBeFocused();
			await shot('import-outcome');
			const articleId = (await page.getByTestId('import-result').getAttribute('data-article-id'))!;
			const questions = await storedQuestions(page, articleId);
			const empty = page.getByTestId('nothing-due');
			for (let session = 0; session < 30; session++) {
				await page.goto(`/quiz?article=${articleId}`);
				await expect(empty.or(page.getByTestId('question'))).toBeVisible();
				if (await empty.isVisible()) break;
				const count = await page.getByTestId('progress-count').innerText();
				for (let i = 0; i < Number(count.split('/')[1]); i++) {
					await answer(page, await askedQuestion(page, questions), true);
					await goOn(page);
				}
				await expect(page.getByTestId('summary')).toBeVisible();
			}
			await expect(empty).toBeVisible();
			await shot('nothing-due');
			await context.close();
		});

async function setSessionLength(page: Page, n: number) {
	await page.goto('/settings');
	const input = page.getByLabel('Questions per session');
	await expect(input).toBeEnabled();
	await input.fill(String(n));
	await input.press('Tab');
	await expect(page.getByText('Session length saved.')).toBeAttached();
}
