import { expect, test, type Page } from '@playwright/test';
import type { QuestionType } from '../src/lib/core/types';
import { answer, bundledDeck, currentQuestion, goOn } from './app-support';

// Writes docs/screenshots/*.png: the quiz (one per question type), missed answers and stats,
// phone and desktop, light and dark. Run with SCREENSHOTS=1; skipped otherwise.
test.skip(!process.env.SCREENSHOTS, 'Set SCREENSHOTS=1 to write the screenshots.');

const sizes = {
	phone: { width: 390, height: 844 },
	desktop: { width: 1280, height: 800 }
} as const;
const TYPES: QuestionType[] = ['multiple-choice', 'cloze', 'true-false', 'timeline', 'match'];

for (const [size, viewport] of Object.entries(sizes))
	for (const theme of ['light', 'dark'] as const)
		test(`screenshots: ${size}, ${theme}`, async ({ browser }) => {
			test.setTimeout(120_000);
			const context = await browser.newContext({ viewport, colorScheme: theme });
			const page = await context.newPage();
			const shot = (name: string) =>
				page.screenshot({ path: `docs/screenshots/${name}-${size}-${theme}.png` });
			const deck = await bundledDeck(page);

			await setSessionLength(page, 100);
			await page.goto('/quiz');
			const met = new Set<QuestionType>();
			let n = 0;
			while (met.size < TYPES.length) {
				const q = await currentQuestion(page, deck);
				if (!met.has(q.type)) {
					met.add(q.type);
					await page.mouse.move(0, 0);
					await shot(`quiz-${q.type}`);
				}
				// Every third answer is wrong, so Missed answers and Stats have something to show.
				await answer(page, q, n++ % 3 !== 1);
				await goOn(page);
			}

			await page.goto('/missed');
			await expect(page.getByTestId('missed-item').first()).toBeVisible();
			await shot('missed');
			await page.goto('/stats');
			await expect(page.getByTestId('total-answers')).toBeVisible();
			await shot('stats');
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
