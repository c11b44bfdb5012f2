import type { DueCandidate } from '$lib/core/session';
import { articleRange } from './decks';
import type { FactdeckDb } from './schema';

export interface SessionCandidates {
	/** Due cards, earliest first, at most `limit`. */
	due: DueCandidate[];
	/** Never-answered question ids in deck order (oldest article first), at most `limit`. */
	fresh: string[];
	suspended: Set<string>;
}

export interface CandidateQuery {
	articleId: string | null;
	now: number;
	limit: number;
}

/** The next `limit` due cards (not suspended, not retired), earliest first. */
export async function nextDue(db: FactdeckDb, query: CandidateQuery): Promise<DueCandidate[]> {
	const tx = db.transaction('cards');
	const cards = await (query.articleId === null
		? tx.store.index('by-due').getAll(IDBKeyRange.upperBound(query.now), query.limit)
		: tx.store
				.index('by-article-due')
				.getAll(
					IDBKeyRange.bound([query.articleId, -Infinity], [query.articleId, query.now]),
					query.limit
				));
	return cards.map((c) => ({ questionId: c.questionId, due: c.dueAt ?? c.fsrs.due }));
}

/** What a new review session can hold: due cards, then new questions. */
export async function sessionCandidates(
	db: FactdeckDb,
	query: CandidateQuery
): Promise<SessionCandidates> {
	const [due, suspendedIds] = await Promise.all([
		nextDue(db, query),
		db.getAllKeysFromIndex('cards', 'by-suspended')
	]);
	const wanted = query.limit - due.length;
	const fresh = wanted > 0 ? await freshQuestions(db, query.articleId, wanted) : [];
	return { due, fresh, suspended: new Set(suspendedIds) };
}

/** Question ids without a card (never answered nor flagged), in deck order. */
async function freshQuestions(
	db: FactdeckDb,
	articleId: string | null,
	limit: number
): Promise<string[]> {
	const tx = db.transaction(['articles', 'questions', 'cards']);
	const articleIds =
		articleId !== null
			? [articleId]
			: await tx.objectStore('articles').index('by-created').getAllKeys();
	const out: string[] = [];
	for (const id of articleIds) {
		const [questionIds, cardIds] = await Promise.all([
			tx.objectStore('questions').index('by-article').getAllKeys(articleRange(id)),
			tx.objectStore('cards').index('by-article').getAllKeys(id)
		]);
		const answered = new Set(cardIds);
		for (const q of questionIds) {
			if (answered.has(q)) continue;
			out.push(q);
			if (out.length >= limit) return out;
		}
	}
	return out;
}
