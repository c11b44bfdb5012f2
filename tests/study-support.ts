import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import type { Question } from '../src/lib/core/types';
import { readStore } from './helpers/stored';

/** Every stored question of one article, in deck order. */
export async function storedQuestions(page: Page, articleId: string): Promise<Question[]> {
	const all = (await readStore(page, 'questions')) as (Question & {
		articleId: string;
		order: number;
	})[];
	return all.filter((q) => q.articleId === articleId).sort((a, b) => a.order - b.order);
}

/** The question on screen, looked up among `questions` by the id the page exposes. */
export async function askedQuestion(page: Page, questions: Question[]): Promise<Question> {
	const el = page.locator('[data-testid="question"][data-state="asking"]');
	await expect(el).toBeVisible();
	const id = await el.getAttribute('data-question-id');
	const q = questions.find((x) => x.id === id);
	if (!q) throw new Error(`Question ${id} is not in the deck`);
	return q;
}

/** Whether the element is entirely inside the viewport. */
export async function inViewport(page: Page, selector: string): Promise<boolean> {
	return page.locator(selector).evaluate((el) => {
		const r = el.getBoundingClientRect();
		const inside = r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
		return inside;
	});
}

/** Interactive elements on screen smaller than 44 × 44 px, described for the failure message. */
export function smallTargets(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const selector =
			'a[href], button, input:not([type="hidden"]), select, textarea, [tabindex]:not([tabindex="-1"])';
		return (
			[...document.querySelectorAll<HTMLElement>(selector)]
				.filter((el) => {
					if (el.closest('.sr-only') || el.classList.contains('sr-only')) return false;
					if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true }))
						return false;
					const r = el.getBoundingClientRect();
					// The skip link waits off screen until focused.
					return r.bottom > 0 && r.right > 0 && r.width > 0;
				})
				// A checkbox or radio is hit through its label.
				.map((el) => ({ el, r: (el.closest('label') ?? el).getBoundingClientRect() }))
				.filter(({ r }) => r.width < 44 || r.height < 44)
				.map(({ el, r }) => `${el.tagName} "${el.textContent?.trim()}" ${r.width}×${r.height}`)
		);
	});
}

/** The sentences of a question's source, for sibling checks. */
export function sentencesOf(source: string): string[] {
	return source
		.split(/(?<=[.!?]['"”’)]?)\s+/)
		.map((s) => s.trim())
		.filter(Boolean);
}

/** Imports article text on the import page and waits for the outcome. */
export async function importText(page: Page, text: string): Promise<void> {
	await page.goto('/import');
	await page.getByLabel('Article text').fill(text);
	await page.getByRole('button', { name: 'Import text' }).click();
	await expect(page.getByTestId('import-result').or(page.getByTestId('import-error'))).toBeVisible({
		timeout: 30_000
	});
}

/**
 * Answers a match or timeline right with the short keys: a digit then a letter per pair and
 * Enter (three pairs: seven keys); a digit per event for its position, then Check.
 */
export async function answerByKeys(page: Page, q: Question): Promise<void> {
	const want = q.answer as string[];
	if (q.type === 'match') {
		const right = await page
			.locator('button[data-choice]')
			.evaluateAll((els) => els.map((el) => el.getAttribute('data-choice')!));
		for (const [i, choice] of want.entries()) {
			await page.keyboard.press(String(i + 1));
			await page.keyboard.press(String.fromCharCode(97 + right.indexOf(choice)));
		}
		await expect(page.getByRole('button', { name: 'Check pairs' })).toBeFocused();
		await page.keyboard.press('Enter');
	} else {
		const items = page.locator('.timeline .item-main');
		for (const [i, event] of want.entries()) {
			await items.filter({ hasText: event }).first().focus();
			await page.keyboard.press(String(i + 1));
		}
		await expect(page.locator('.timeline .item-main .text')).toHaveText(want);
		await page.getByRole('button', { name: 'Check order' }).click();
	}
	await expect(page.getByTestId('feedback').getByRole('heading')).toHaveText(/Right/);
}

/** The two screens the app is checked on: a touch phone and a desktop. */
export const SCREENS = {
	phone: { width: 390, height: 844 },
	desktop: { width: 1280, height: 800 }
} as const;

/** A fresh profile on one of those screens, in one colour scheme; the phone is a touch device. */
export function deviceContext(
	browser: Browser,
	size: keyof typeof SCREENS,
	theme: 'light' | 'dark'
): Promise<BrowserContext> {
	const phone = size === 'phone';
	return browser.newContext({
		viewport: SCREENS[size],
		colorScheme: theme,
		isMobile: phone,
		hasTouch: phone
	});
}
