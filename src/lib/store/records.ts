import type { CardLevel, CardState } from '$lib/core/schedule';
import type { SessionState } from '$lib/core/session';
import type { Fact, FactKind, Question } from '$lib/core/types';

export type ArticleSource = 'bundled' | 'imported';

export interface ArticleRecord {
	/** The deck's article id: a hash of the text, so the same text is one article. */
	id: string;
	title: string;
	words: number;
	source: ArticleSource;
	createdAt: number;
	/** Generator version of the stored deck. */
	generator: number;
	/** A name the learner gave the article; shown instead of `title` when set. */
	customName?: string;
	/** Questions in the current deck (cards of vanished questions are not counted). */
	questionCount: number;
}

export type QuestionRecord = Question & {
	articleId: string;
	/** Position in the deck, so new questions come in deck order. */
	order: number;
};

/**
 * The body of one article: its text and facts, read together by the article page. Kept out
 * of `ArticleRecord` because Chromium reads records of a few kilobytes ~50× slower than
 * small ones, and the library lists every article record.
 */
export interface FactsRecord {
	articleId: string;
	text: string;
	facts: Fact[];
}

export interface SuspendInfo {
	reason: string;
	at: number;
}

/**
 * Learner progress on one question. Created at the first answer, or when a question is
 * flagged. Never deleted by a deck update: a question that vanished keeps its card.
 */
export interface CardRecord {
	questionId: string;
	articleId: string;
	fsrs: CardState;
	/** Whether the question is in the current deck of its article. */
	retired: boolean;
	suspended?: SuspendInfo;
	/**
	 * Derived index fields, written by `withIndexFields`: present only while the card can be
	 * asked (not retired, not suspended), so the indexes hold exactly the askable cards.
	 */
	dueAt?: number;
	level?: Exclude<CardLevel, 'new'>;
	/** Present while suspended: the `by-suspended` index lists the flagged questions. */
	suspendedAt?: number;
	/** Present while the last answer was wrong and the learner has not cleared it. */
	missedAt?: number;
	lastCorrect?: boolean;
	/** The last answer given, as the grader showed it. */
	lastGiven?: string;
}

export interface ReviewRecord {
	/** Auto-incremented key. */
	id?: number;
	questionId: string;
	articleId: string;
	kind: FactKind;
	/** ts-fsrs Rating: 1 Again, 3 Good. */
	rating: number;
	correct: boolean;
	given: string;
	/** Whether the card had been answered before (for retention). */
	seenBefore: boolean;
	at: number;
	/** Derived by `reviewWithIndexFields`: 1 only when `seenBefore`, for the retention index. */
	seen?: 1;
}

export type Theme = 'system' | 'light' | 'dark';

export interface Settings {
	sessionLength: number;
	retention: number;
	theme: Theme;
}

export const DEFAULT_SETTINGS: Settings = { sessionLength: 10, retention: 0.9, theme: 'system' };

export interface SessionRecord {
	key: 'current';
	session: SessionState;
}

export interface MetaRecord {
	key: string;
	value: unknown;
}
