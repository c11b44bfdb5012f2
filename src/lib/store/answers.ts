import type { GradeResult } from '$lib/core/grading';
import { newCard, scheduleAnswer } from '$lib/core/schedule';
import type { SessionState } from '$lib/core/session';
import type { Question } from '$lib/core/types';
import { reviewWithIndexFields, withIndexFields } from './card-fields';
import type { CardRecord, ReviewRecord } from './records';
import type { FactdeckDb } from './schema';
import { commit, Requests } from './tx';

export interface AnswerInput {
	question: Question;
	articleId: string;
	/** The stored card, if the question was answered or flagged before. */
	card: CardRecord | undefined;
	grade: GradeResult;
	now: number;
	retention: number;
}

/** Everything one answer writes, as far as the card read before the answer tells. */
export interface AnswerPlan {
	card: CardRecord;
	review: ReviewRecord;
	/** What it was computed from: `writeAnswer` computes it again from the stored card. */
	input: AnswerInput;
}

/** The new card state and review record for one answer. Pure. */
export function planAnswer(input: AnswerInput): AnswerPlan {
	const { question, articleId, card, grade, now } = input;
	const scheduled = scheduleAnswer(card?.fsrs ?? newCard(now), grade.correct, now, {
		retention: input.retention
	});
	const next: CardRecord = {
		...(card ?? { questionId: question.id, articleId, retired: false }),
		fsrs: scheduled.card,
		lastCorrect: grade.correct,
		lastGiven: grade.given
	};
	if (grade.correct) delete next.missedAt;
	else next.missedAt = now;
	return {
		input,
		card: withIndexFields(next),
		review: reviewWithIndexFields({
			questionId: question.id,
			articleId,
			kind: question.kind,
			rating: scheduled.rating,
			correct: grade.correct,
			given: grade.given,
			seenBefore: scheduled.seenBefore,
			at: now
		})
	};
}

/**
 * Writes the card, the review and the session progress in one transaction and resolves once
 * it is committed, with what was written. `session` null ends the stored session (its last
 * answer); undefined leaves it alone.
 *
 * The card is read again inside the transaction and the answer applied to what is stored,
 * with nothing awaited in between: two tabs answering the same card at once are serialised
 * by IndexedDB, so the card always equals the replay of its review log.
 */
export async function writeAnswer(
	db: FactdeckDb,
	plan: AnswerPlan,
	session: SessionState | null | undefined
): Promise<AnswerPlan> {
	const tx = db.transaction(['cards', 'reviews', 'session'], 'readwrite');
	return commit(tx, async () => {
		const cards = tx.objectStore('cards');
		const stored = await cards.get(plan.input.question.id);
		const fresh = planAnswer({ ...plan.input, card: stored });
		const writes = new Requests();
		writes.add(cards.put(fresh.card));
		writes.add(tx.objectStore('reviews').add(fresh.review));
		if (session !== undefined) {
			const store = tx.objectStore('session');
			writes.add(session ? store.put({ key: 'current', session }) : store.delete('current'));
		}
		await writes.done();
		return fresh;
	});
}

export async function getCard(db: FactdeckDb, questionId: string): Promise<CardRecord | undefined> {
	return db.get('cards', questionId);
}
