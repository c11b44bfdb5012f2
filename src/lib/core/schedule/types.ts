/**
 * FSRS memory state of one question, with dates as epoch milliseconds so it can be stored,
 * indexed and serialised as plain data.
 */
export interface CardState {
	due: number;
	stability: number;
	difficulty: number;
	elapsedDays: number;
	scheduledDays: number;
	learningSteps: number;
	reps: number;
	lapses: number;
	/** 0 New, 1 Learning, 2 Review, 3 Relearning (ts-fsrs `State`). */
	state: 0 | 1 | 2 | 3;
	lastReview?: number;
}

/** How well a card is known, for the library counts. */
export type CardLevel = 'new' | 'learning' | 'mastered';

/** The outcome of one answer: the next card state and what to write in the review log. */
export interface ScheduledAnswer {
	card: CardState;
	/** ts-fsrs `Rating`: 1 Again, 3 Good. */
	rating: 1 | 3;
	/** Whether the card had been seen before this answer (for retention). */
	seenBefore: boolean;
}

export interface ScheduleOptions {
	/** Desired retention, 0 < r < 1 (FSRS `request_retention`). */
	retention: number;
}
