import { describe, expect, it } from 'vitest';
import { cardLevel, clampRetention, newCard, scheduleAnswer } from './scheduler';
import type { CardState } from './types';

const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);
const MIN = 60_000;
const DAY = 86_400_000;

/** Answers `pattern` in order, each one when the card falls due. */
function run(pattern: boolean[], retention = 0.9, start = T0): { card: CardState; at: number } {
	let card = newCard(start);
	let at = start;
	for (const correct of pattern) {
		card = scheduleAnswer(card, correct, at, { retention }).card;
		at = card.due;
	}
	return { card, at };
}

describe('scheduleAnswer', () => {
	it('starts a new card in the learning steps: right → Good (10 min), wrong → Again (1 min)', () => {
		const good = scheduleAnswer(newCard(T0), true, T0, { retention: 0.9 });
		const again = scheduleAnswer(newCard(T0), false, T0, { retention: 0.9 });
		expect(good.rating).toBe(3);
		expect(again.rating).toBe(1);
		expect(good.card.state).toBe(1);
		expect(good.card.due - T0).toBe(10 * MIN);
		expect(again.card.due - T0).toBe(1 * MIN);
		expect(good.card.lastReview).toBe(T0);
		expect(good.seenBefore).toBe(false);
	});

	it('graduates after the steps and spaces reviews out in days', () => {
		const { card } = run([true, true, true]);
		expect(card.state).toBe(2);
		expect(card.reps).toBe(3);
		expect(card.scheduledDays).toBeGreaterThanOrEqual(1);
		expect(card.due - card.lastReview!).toBe(card.scheduledDays * DAY);
	});

	it('a lapse sends a review card to relearning and counts it', () => {
		const { card, at } = run([true, true, true]);
		const lapse = scheduleAnswer(card, false, at, { retention: 0.9 });
		expect(lapse.seenBefore).toBe(true);
		expect(lapse.card.state).toBe(3);
		expect(lapse.card.lapses).toBe(1);
		expect(lapse.card.due - at).toBe(10 * MIN);
	});

	it('asks for reviews sooner when the desired retention is higher', () => {
		const low = run([true, true, true, true], 0.8);
		const high = run([true, true, true, true], 0.95);
		expect(high.card.scheduledDays).toBeLessThan(low.card.scheduledDays);
	});

	it('gives the same schedule for the same answers at the same times', () => {
		expect(run([true, false, true, true, true])).toEqual(run([true, false, true, true, true]));
	});

	it('does not read the clock: the date passed in is the date used', () => {
		const later = T0 + 400 * DAY;
		const card = scheduleAnswer(newCard(later), true, later, { retention: 0.9 }).card;
		expect(card.due).toBe(later + 10 * MIN);
	});

	it('still schedules an answer dated before the last review (clock set back)', () => {
		const { card, at } = run([true, true, true]);
		const back = scheduleAnswer(card, true, card.lastReview! - DAY, { retention: 0.9 });
		expect(back.card.lastReview).toBe(card.lastReview);
		expect(back.card.reps).toBe(card.reps + 1);
		expect(at).toBeGreaterThan(T0);
	});
});

describe('cardLevel', () => {
	it('is new before the first answer, learning after, mastered in Review with stability ≥ 21 days', () => {
		expect(cardLevel(undefined)).toBe('new');
		expect(cardLevel(newCard(T0))).toBe('new');
		expect(cardLevel(run([true]).card)).toBe('learning');
		const review = run([true, true, true]).card;
		expect(cardLevel({ ...review, stability: 20.9 })).toBe('learning');
		expect(cardLevel({ ...review, stability: 21 })).toBe('mastered');
		expect(cardLevel({ ...review, state: 3, stability: 50 })).toBe('learning');
	});

	it('reaches mastered after enough right answers', () => {
		const { card } = run(Array(8).fill(true));
		expect(cardLevel(card)).toBe('mastered');
	});
});

describe('clampRetention', () => {
	it('keeps retention in the range FSRS accepts', () => {
		expect(clampRetention(0.9)).toBe(0.9);
		expect(clampRetention(1.5)).toBe(0.99);
		expect(clampRetention(0.1)).toBe(0.7);
		expect(clampRetention(Number.NaN)).toBe(0.9);
	});
});
