import { expect, type Page } from '@playwright/test';
import type { Deck, Question } from '../src/lib/core/types';

/** The bundled deck, read the way the app reads it: the test looks answers up in it. */
export async function bundledDeck(page: Page): Promise<Deck> {
	const index = (await (await page.request.get('/decks/index.json')).json()) as { url: string }[];
	return (await (await page.request.get(index[0].url)).json()) as Deck;
}

/** The question on screen, looked up in the deck by the id the page exposes. */
export async function currentQuestion(page: Page, deck: Deck): Promise<Question> {
	const el = page.locator('[data-testid="question"][data-state="asking"]');
	await expect(el).toBeVisible();
	const id = await el.getAttribute('data-question-id');
	const q = deck.questions.find((x) => x.id === id);
	if (!q) throw new Error(`Question ${id} is not in the bundled deck`);
	return q;
}

/**
 * The next question to answer: on the session's end, a new session at `url`. A session buries
 * a question that shares a fact or a sentence with one already in it, as Anki buries siblings;
 * the next session asks it.
 */
export async function nextAsked(page: Page, deck: Deck, url: string): Promise<Question> {
	const summary = page.getByTestId('summary');
	const asking = page.locator('[data-testid="question"][data-state="asking"]');
	await expect(summary.or(asking)).toBeVisible();
	if (await summary.isVisible()) await page.goto(url);
	return currentQuestion(page, deck);
}

const list = (v: string | string[]) => (Array.isArray(v) ? v : [v]);

/**
 * Answers the question on screen, right or wrong, the way a learner would: keys 1–4 and T/F,
 * typing, the keyboard to reorder a timeline, clicks (or Enter) to pair a match.
 */
export async function answer(page: Page, q: Question, right: boolean): Promise<void> {
	switch (q.type) {
		case 'multiple-choice': {
			// Options are shuffled on every ask: the key is the option's place on screen.
			const shown = await page.locator('.choices .choice .text').allInnerTexts();
			const pick = right ? q.answer : shown.find((c) => c !== q.answer)!;
			expect(shown).toContain(pick);
			await page.keyboard.press(String(shown.indexOf(pick as string) + 1));
			break;
		}
		case 'true-false': {
			const pick = right ? q.answer : q.answer === 'True' ? 'False' : 'True';
			await page.keyboard.press(pick === 'True' ? 't' : 'f');
			break;
		}
		case 'cloze': {
			const input = page.getByLabel('Your answer');
			await expect(input).toBeFocused();
			await input.fill(right ? (q.answer as string) : 'certainly not this');
			await input.press('Enter');
			break;
		}
		case 'timeline':
			await orderTimeline(page, right ? list(q.answer) : wrongOrder(list(q.answer)));
			await page.getByRole('button', { name: 'Check order' }).click();
			break;
		case 'match': {
			const want = list(q.answer);
			const pairs = right ? want : [want[1], want[0], ...want.slice(2)];
			for (const [i, choice] of pairs.entries()) {
				await page.locator(`button[data-item="${i}"]`).press('Enter');
				await page.locator(`button[data-choice="${cssString(choice)}"]`).click();
			}
			await page.getByRole('button', { name: 'Check pairs' }).click();
			break;
		}
	}
	await expect(page.getByTestId('feedback')).toBeVisible();
	await expect(page.getByTestId('feedback').getByRole('heading')).toHaveText(
		right ? /Right/ : /Not quite/
	);
}

function wrongOrder(order: string[]): string[] {
	return [order[1], order[0], ...order.slice(2)];
}

const cssString = (s: string) => s.replace(/["\\]/g, '\\$&');

/** Selects each event in turn and moves it into place with the arrow keys. */
async function orderTimeline(page: Page, target: string[]): Promise<void> {
	const items = page.locator('.timeline .item-main .text');
	for (let i = 0; i < target.length; i++) {
		const shown = await items.allInnerTexts();
		const from = shown.indexOf(target[i]);
		expect(from).toBeGreaterThanOrEqual(i);
		const button = page.locator('.timeline .item-main').nth(from);
		await button.focus();
		for (let k = from; k > i; k--) await page.keyboard.press('ArrowUp');
	}
	await expect(items).toHaveText(target);
}

/** Continue after the feedback, with Enter as a learner would. */
export async function goOn(page: Page): Promise<void> {
	await expect(page.getByRole('button', { name: /Continue/ })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('feedback')).toBeHidden();
}
