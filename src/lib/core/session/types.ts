/** review: due reviews then new questions; retry-missed: the missed ones until each is right. */
export type SessionMode = 'review' | 'retry-missed';

/**
 * A running quiz session. Plain, JSON-serialisable data: it is stored in IndexedDB after
 * every answer so a reload resumes where the learner was.
 */
export interface SessionState {
	/** Bumped if the shape changes; a stored session of another version is dropped. */
	version: 1;
	id: string;
	mode: SessionMode;
	/** The article the session is for; null for all articles. */
	articleId: string | null;
	/** Question ids in asking order; a retry session appends a question answered wrong. */
	queue: string[];
	/** Index in `queue` of the question being asked; `queue.length` when finished. */
	position: number;
	answered: number;
	correct: number;
	/** Question ids answered wrong at least once in this session, first miss first. */
	missed: string[];
	startedAt: number;
}

export interface SessionProgress {
	/** 0-based index of the current question. */
	index: number;
	total: number;
	answered: number;
	correct: number;
}

/** A card that is due, as the store hands it to the session builder. */
export interface DueCandidate {
	questionId: string;
	due: number;
}

export interface BuildSessionInput {
	id: string;
	articleId: string | null;
	/** Due cards, any order. */
	due: readonly DueCandidate[];
	/** Never-answered question ids, in the order they should be introduced. */
	fresh: readonly string[];
	suspended: ReadonlySet<string>;
	/** Session length; defaults to 10. */
	length?: number;
	now: number;
}

export interface BuildRetryInput {
	id: string;
	articleId: string | null;
	/** Missed question ids, in the order to ask them. */
	missed: readonly string[];
	/** Left out even if listed as missed. */
	suspended?: ReadonlySet<string>;
	now: number;
}
