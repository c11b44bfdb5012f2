import { expect, test, type Page } from '@playwright/test';
import { newCard, scheduleAnswer } from '../src/lib/core/schedule/scheduler';
import type { CardState } from '../src/lib/core/schedule/types';
import { answer, bundledDeck, currentQuestion, goOn } from './app-support';
import { readStore } from './helpers/stored';

// Two tabs of one profile answering the same questions at the same instant: every answer
// must reach its card, so a card always equals the replay of its review log.

interface Review {
	id: number;
	questionId: string;
	correct: boolean;
	at: number;
}

/** The card as its review log makes it, in log (key) order, with the app's scheduler. */
function replay(log: Review[]): CardState {
	let card = newCard(log[0].at);
	for (const r of log) card = scheduleAnswer(card, r.correct, r.at, { retention: 0.9 }).card;
	return card;
}

const asking = (page: Page) => page.locator('[data-testid="question"][data-state="asking"]');

test('two tabs answering the same questions at once lose no answer', async ({ context }) => {
	test.setTimeout(180_000);
	const [a, b] = [await context.newPage(), await context.newPage()];
	const deck = await bundledDeck(a);
	// Twenty answers, or one for every question of a smaller deck.
	const target = Math.min(20, deck.questions.length);
	await a.goto('/settings');
	const length = a.getByLabel('Questions per session');
	await length.fill('20');
	await length.press('Tab');
	await expect(a.getByText('Session length saved.')).toBeAttached();

	// The second tab resumes the session the first one started: both ask the same questions.
	// A session buries siblings, so it may end before 20: the next one is started the same way.
	let answered = 0;
	const asked = new Set<string>();
	const cardsWanted = Math.min(10, deck.questions.length);
	for (let session = 0; (answered < target || asked.size < cardsWanted) && session < 8; session++) {
		await a.goto('/quiz');
		await expect(asking(a)).toBeVisible();
		await b.goto('/quiz');
		while (await asking(a).isVisible()) {
			const [qa, qb] = [await currentQuestion(a, deck), await currentQuestion(b, deck)];
			expect(qb.id).toBe(qa.id);
			asked.add(qa.id);
			// Both tabs give the same answer, so their sessions go on alike.
			const right = answered % 4 !== 3;
			await Promise.all([answer(a, qa, right), answer(b, qb, right)]);
			await Promise.all([goOn(a), goOn(b)]);
			answered++;
			await expect(asking(a).or(a.getByTestId('summary'))).toBeVisible();
		}
	}
	expect(answered).toBeGreaterThanOrEqual(target);

	const reviews = (await readStore(a, 'reviews')) as Review[];
	const cards = (await readStore(a, 'cards')) as { questionId: string; fsrs: CardState }[];
	expect(reviews).toHaveLength(2 * answered);
	// A missed question may come back within a session: one card per question answered.
	expect(cards.map((c) => c.questionId).sort()).toEqual(
		[...new Set(reviews.map((r) => r.questionId))].sort()
	);
	expect(cards.length).toBeGreaterThanOrEqual(cardsWanted);
	for (const card of cards) {
		const log = reviews.filter((r) => r.questionId === card.questionId).sort((x, y) => x.id - y.id);
		expect(log.length, card.questionId).toBeGreaterThanOrEqual(2);
		expect(card.fsrs.reps, card.questionId).toBe(log.length);
		expect(card.fsrs, card.questionId).toEqual(replay(log));
	}
});
