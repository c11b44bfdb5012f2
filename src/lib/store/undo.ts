import type { SessionState } from '$lib/core/session';
import type { AnswerPlan } from './answers';
import type { CardRecord } from './records';
import type { FactdeckDb } from './schema';
import { commit, Requests } from './tx';

/** What it takes to take one written answer back. */
export interface WrittenAnswer {
	questionId: string;
	/** The card as it was read before the answer; undefined if the answer created it. */
	previous: CardRecord | undefined;
	/** `at` of the review the answer added. */
	reviewAt: number;
}

/**
 * Takes a written answer back in one transaction: the card as it was before, the review the
 * answer added deleted, so both stores hold exactly what they held before. With
 * `replacement`, that answer is written in its place (a typed answer the learner says was
 * right). `session` null ends the stored session; otherwise it is stored.
 */
export async function amendAnswer(
	db: FactdeckDb,
	written: WrittenAnswer,
	replacement: AnswerPlan | null,
	session: SessionState | null
): Promise<void> {
	const tx = db.transaction(['cards', 'reviews', 'session'], 'readwrite');
	await commit(tx, async () => {
		const cards = tx.objectStore('cards');
		const reviews = tx.objectStore('reviews');
		const writes = new Requests();
		// The newest review of the question with that time is the one the answer added.
		let cursor = await reviews.index('by-question').openCursor(written.questionId, 'prev');
		while (cursor && cursor.value.at !== written.reviewAt) cursor = await cursor.continue();
		if (cursor) writes.add(cursor.delete());
		if (replacement) {
			writes.add(cards.put(replacement.card));
			writes.add(reviews.add(replacement.review));
		} else if (written.previous) writes.add(cards.put(written.previous));
		else writes.add(cards.delete(written.questionId));
		const store = tx.objectStore('session');
		writes.add(session ? store.put({ key: 'current', session }) : store.delete('current'));
		await writes.done();
	});
}
