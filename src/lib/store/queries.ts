import type { DueCandidate, SessionCandidate } from '$lib/core/session';
import { articleRange } from './decks';
import type { QuestionRecord } from './records';
import type { FactdeckDb } from './schema';

export interface SessionCandidates {
	/** Cards due before `dueBy`, earliest first, at most `limit`. */
	due: DueCandidate[];
	/** Never-answered questions in deck order (oldest article first). */
	fresh: SessionCandidate[];
	suspended: Set<string>;
}

export interface CandidateQuery {
	articleId: string | null;
	/**
	 * Cards due before this instant are due: the end of the learner's day, so cards in
	 * learning steps count as due wherever "due" is shown.
	 */
	dueBy: number;
	limit: number;
}

// New questions read per session length: enough to mix types and skip buried siblings.
const FRESH_PER_SLOT = 8;

const candidateOf = (q: QuestionRecord): SessionCandidate => ({
	id: q.id,
	type: q.type,
	factIds: q.factIds,
	source: q.source
});

/** Due cards (not suspended, not retired) of one article or all, earliest first. */
function dueRange(articleId: string | null, dueBy: number): IDBKeyRange {
	return articleId === null
		? IDBKeyRange.upperBound(dueBy, true)
		: IDBKeyRange.bound([articleId, -Infinity], [articleId, dueBy], false, true);
}

/** The next `limit` due cards, earliest first, with what the session builder needs. */
export async function nextDue(db: FactdeckDb, query: CandidateQuery): Promise<DueCandidate[]> {
	const tx = db.transaction(['cards', 'questions']);
	const cards = tx.objectStore('cards');
	const range = dueRange(query.articleId, query.dueBy);
	const due = await (query.articleId === null
		? cards.index('by-due').getAll(range, query.limit)
		: cards.index('by-article-due').getAll(range, query.limit));
	const questions = await Promise.all(
		due.map((c) => tx.objectStore('questions').get(c.questionId))
	);
	return due.flatMap((c, i) => {
		const q = questions[i];
		return q ? [{ ...candidateOf(q), due: c.dueAt ?? c.fsrs.due }] : [];
	});
}

/** When the next card of one article (or all) is due, or null when none is scheduled. */
export async function nextDueAt(db: FactdeckDb, articleId: string | null): Promise<number | null> {
	const cursor = await (articleId === null
		? db.transaction('cards').store.index('by-due').openCursor()
		: db.transaction('cards').store.index('by-article-due').openCursor(articleRange(articleId)));
	return cursor ? (cursor.value.dueAt ?? cursor.value.fsrs.due) : null;
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
	const fresh =
		wanted > 0 ? await questionsOf(db, query.articleId, wanted * FRESH_PER_SLOT, true) : [];
	return { due, fresh, suspended: new Set(suspendedIds) };
}

/** Questions to practise: any in the deck(s), answered or not; flagged ones are left out. */
export async function practiceCandidates(
	db: FactdeckDb,
	articleId: string | null,
	limit: number
): Promise<{ candidates: SessionCandidate[]; suspended: Set<string> }> {
	const [candidates, suspendedIds] = await Promise.all([
		questionsOf(db, articleId, limit * FRESH_PER_SLOT, false),
		db.getAllKeysFromIndex('cards', 'by-suspended')
	]);
	return { candidates, suspended: new Set(suspendedIds) };
}

/** Questions in deck order (oldest article first), only never-answered ones if `onlyNew`. */
async function questionsOf(
	db: FactdeckDb,
	articleId: string | null,
	limit: number,
	onlyNew: boolean
): Promise<SessionCandidate[]> {
	const tx = db.transaction(['articles', 'questions', 'cards']);
	const articleIds =
		articleId !== null
			? [articleId]
			: await tx.objectStore('articles').index('by-created').getAllKeys();
	const out: SessionCandidate[] = [];
	for (const id of articleIds) {
		const [questions, cardIds] = await Promise.all([
			tx.objectStore('questions').index('by-article').getAll(articleRange(id)),
			onlyNew ? tx.objectStore('cards').index('by-article').getAllKeys(id) : []
		]);
		const answered = new Set(cardIds);
		for (const q of questions) {
			if (answered.has(q.id)) continue;
			out.push(candidateOf(q));
			if (out.length >= limit) return out;
		}
	}
	return out;
}
