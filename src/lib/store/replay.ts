import { newCard, scheduleAnswer, type CardState } from '$lib/core/schedule';
import type { ReviewRecord } from './records';

/**
 * A card's state as its review log makes it: the answers, in the order they were logged
 * (key order), run through the scheduler from a new card. The stored card is a cache of
 * this; the repair at open rebuilds a damaged card from it.
 */
export function replayCard(reviews: ReviewRecord[], retention: number): CardState | null {
	const log = [...reviews].sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
	if (log.length === 0) return null;
	let card = newCard(log[0].at);
	for (const review of log)
		card = scheduleAnswer(card, review.correct, review.at, { retention }).card;
	return card;
}
