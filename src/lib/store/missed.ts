import { gradeAnswer } from '$lib/core/grading';
import type { Question } from '$lib/core/types';
import { toQuestion } from './decks';
import type { FactdeckDb } from './schema';
import { commit } from './tx';

export interface MissedEntry {
	questionId: string;
	articleId: string;
	articleTitle: string;
	question: Question;
	/** What the learner answered last, readable. */
	given: string;
	/** The right answer, readable. */
	expected: string;
	/** The sentence(s) the question is built from. */
	source: string;
	/** When the wrong answer was given. */
	at: number;
}

/**
 * Questions whose last answer was wrong and not cleared, newest miss first; flagged ones and
 * ones no longer in their deck are left out.
 */
export async function listMissed(db: FactdeckDb, articleId: string | null): Promise<MissedEntry[]> {
	const tx = db.transaction(['cards', 'questions', 'articles']);
	const cards = await tx.objectStore('cards').index('by-missed').getAll();
	const wanted = cards
		.filter((c) => !c.suspended && !c.retired && (articleId === null || c.articleId === articleId))
		.reverse();
	const titles = new Map<string, string>();
	const entries = await Promise.all(
		wanted.map(async (card) => {
			const record = await tx.objectStore('questions').get(card.questionId);
			if (!record) return null;
			if (!titles.has(card.articleId)) {
				const a = await tx.objectStore('articles').get(card.articleId);
				titles.set(card.articleId, a ? (a.customName ?? a.title) : '');
			}
			const question = toQuestion(record);
			const entry: MissedEntry = {
				questionId: card.questionId,
				articleId: card.articleId,
				articleTitle: titles.get(card.articleId) ?? '',
				question,
				given: card.lastGiven ?? '',
				expected: gradeAnswer(question, '').expected,
				source: question.source,
				at: card.missedAt ?? 0
			};
			return entry;
		})
	);
	return entries.filter((e): e is MissedEntry => e !== null);
}

/** Missed question ids, oldest miss first: the order a retry session asks them. */
export async function missedQuestionIds(
	db: FactdeckDb,
	articleId: string | null
): Promise<string[]> {
	return (await listMissed(db, articleId)).reverse().map((m) => m.questionId);
}

/** Takes a question off the missed list; its schedule stays as it is. */
export async function clearMissed(db: FactdeckDb, questionId: string): Promise<void> {
	const tx = db.transaction('cards', 'readwrite');
	await commit(tx, async () => {
		const card = await tx.store.get(questionId);
		if (!card || card.missedAt === undefined) return;
		delete card.missedAt;
		await tx.store.put(card);
	});
}
