import type { QuestionType } from '../types';

/**
 * review: due reviews then new questions; retry-missed: the missed ones until each is right;
 * practice: any questions, answered without moving the schedule.
 */
export type SessionMode = 'review' | 'retry-missed' | 'practice';

/** The feedback of the last answer, kept with the session so a reload shows it again. */
export interface ShownFeedback {
	questionId: string;
	correct: boolean;
	expected: string;
	given: string;
	/** The answer as the control gave it, so the control shows it again. */
	answer: string | string[];
	source: string;
	/** When the question is due again (epoch ms), or null when the schedule did not move. */
	nextDue: number | null;
	answeredAt: number;
	/** The learner said a typed answer marked wrong was right. */
	overridden?: boolean;
}

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
	/** Set while the feedback of the question before `position` is on screen. */
	feedback?: ShownFeedback;
}

export interface SessionProgress {
	/** 0-based index of the current question. */
	index: number;
	total: number;
	answered: number;
	correct: number;
}

/** What the session builder needs to know of a question to mix and bury. */
export interface SessionCandidate {
	id: string;
	type: QuestionType;
	factIds: readonly string[];
	source: string;
}

/** A card that is due, as the store hands it to the session builder. */
export interface DueCandidate extends SessionCandidate {
	due: number;
}

export interface BuildSessionInput {
	id: string;
	articleId: string | null;
	/** Due cards, any order; those due at or after `dueBy` are left out. */
	due: readonly DueCandidate[];
	/** Cards due before this instant are due (the end of the day); defaults to just after `now`. */
	dueBy?: number;
	/** Never-answered questions, in deck order; the builder mixes them by type and fact. */
	fresh: readonly SessionCandidate[];
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

export interface BuildPracticeInput {
	id: string;
	articleId: string | null;
	/** Every question that may be practised, any order. */
	candidates: readonly SessionCandidate[];
	suspended: ReadonlySet<string>;
	length?: number;
	now: number;
}
