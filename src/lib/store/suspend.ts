import { newCard } from '$lib/core/schedule';
import { withIndexFields } from './card-fields';
import type { FactdeckDb } from './schema';
import { commit } from './tx';

export interface SuspendedEntry {
	questionId: string;
	articleId: string;
	articleTitle: string;
	/** The question's prompt; empty if the question left its deck since. */
	prompt: string;
	reason: string;
	at: number;
}

/** Flags a bad question: it leaves every session until restored. Progress is kept. */
export async function suspendQuestion(
	db: FactdeckDb,
	questionId: string,
	reason: string,
	now: number
): Promise<void> {
	const tx = db.transaction(['cards', 'questions'], 'readwrite');
	await commit(tx, async () => {
		const [card, question] = await Promise.all([
			tx.objectStore('cards').get(questionId),
			tx.objectStore('questions').get(questionId)
		]);
		if (!card && !question) return;
		const base = card ?? {
			questionId,
			articleId: question!.articleId,
			fsrs: newCard(now),
			retired: false
		};
		const suspended = { reason: reason.trim().slice(0, 500), at: now };
		await tx.objectStore('cards').put(withIndexFields({ ...base, suspended }));
	});
}

/** Puts a flagged question back; one never answered becomes new again. */
export async function restoreQuestion(db: FactdeckDb, questionId: string): Promise<void> {
	const tx = db.transaction('cards', 'readwrite');
	await commit(tx, async () => {
		const card = await tx.store.get(questionId);
		if (!card?.suspended) return;
		// A card exists for a new question only while it is flagged: "new" means "no card".
		if (card.fsrs.reps === 0) return tx.store.delete(questionId);
		delete card.suspended;
		await tx.store.put(withIndexFields(card));
	});
}

/** Flagged questions, most recently flagged first. */
export async function listSuspended(db: FactdeckDb): Promise<SuspendedEntry[]> {
	const tx = db.transaction(['cards', 'questions', 'articles']);
	const cards = (await tx.objectStore('cards').index('by-suspended').getAll()).reverse();
	return Promise.all(
		cards.map(async (card) => {
			const [question, article] = await Promise.all([
				tx.objectStore('questions').get(card.questionId),
				tx.objectStore('articles').get(card.articleId)
			]);
			return {
				questionId: card.questionId,
				articleId: card.articleId,
				articleTitle: article ? (article.customName ?? article.title) : '',
				prompt: question?.prompt ?? '',
				reason: card.suspended?.reason ?? '',
				at: card.suspended?.at ?? 0
			};
		})
	);
}
