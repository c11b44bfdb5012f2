import { createEmptyCard, fsrs, Rating, State, type Card, type FSRS } from 'ts-fsrs';
import type { CardLevel, CardState, ScheduleOptions, ScheduledAnswer } from './types';
import { memo } from '../memo';

/** Stability, in days, from which a card in the Review state counts as mastered. */
export const MASTERED_STABILITY_DAYS = 21;

export const DEFAULT_RETENTION = 0.9;

// Instances are cheap but not free; retention rarely changes, so keep the last few.
// No fuzz: the same answers at the same times must give the same schedule.
const schedulerFor: (retention: number) => FSRS = memo(
	(retention) => fsrs({ request_retention: retention, enable_fuzz: false }),
	8
);

function toFsrs(card: CardState): Card {
	return {
		due: new Date(card.due),
		stability: card.stability,
		difficulty: card.difficulty,
		elapsed_days: card.elapsedDays,
		scheduled_days: card.scheduledDays,
		learning_steps: card.learningSteps,
		reps: card.reps,
		lapses: card.lapses,
		state: card.state as State,
		last_review: card.lastReview === undefined ? undefined : new Date(card.lastReview)
	};
}

function fromFsrs(card: Card): CardState {
	const out: CardState = {
		due: card.due.getTime(),
		stability: card.stability,
		difficulty: card.difficulty,
		elapsedDays: card.elapsed_days,
		scheduledDays: card.scheduled_days,
		learningSteps: card.learning_steps,
		reps: card.reps,
		lapses: card.lapses,
		state: card.state as CardState['state']
	};
	if (card.last_review) out.lastReview = card.last_review.getTime();
	return out;
}

/** A card never answered, due at `now`. */
export function newCard(now: number): CardState {
	return fromFsrs(createEmptyCard(new Date(now)));
}

/** Schedules one answer: right → Good, wrong → Again. */
export function scheduleAnswer(
	card: CardState,
	correct: boolean,
	now: number,
	options: ScheduleOptions
): ScheduledAnswer {
	const rating = correct ? Rating.Good : Rating.Again;
	// A clock set back (or a backup from a device whose clock ran ahead) must not make the
	// answer fail: FSRS refuses a review dated before the last one.
	const at = Math.max(now, card.lastReview ?? now);
	const next = schedulerFor(clampRetention(options.retention)).next(
		toFsrs(card),
		new Date(at),
		rating
	);
	return {
		card: fromFsrs(next.card),
		rating: correct ? 3 : 1,
		seenBefore: card.state !== State.New
	};
}

/** new: never answered; mastered: in Review with stability ≥ 21 days; else learning. */
export function cardLevel(card: CardState | undefined): CardLevel {
	if (!card || card.state === State.New) return 'new';
	if (card.state === State.Review && card.stability >= MASTERED_STABILITY_DAYS) return 'mastered';
	return 'learning';
}

/** Keeps a stored or typed retention inside the range FSRS accepts. */
export function clampRetention(r: number): number {
	if (!Number.isFinite(r)) return DEFAULT_RETENTION;
	return Math.min(0.99, Math.max(0.7, r));
}
