import { seededShuffle } from '../hash';
import { pickInterleaved } from './pick';
import type {
	BuildPracticeInput,
	BuildRetryInput,
	BuildSessionInput,
	SessionProgress,
	SessionState,
	ShownFeedback
} from './types';

export const DEFAULT_SESSION_LENGTH = 10;

/**
 * Due reviews first (earliest due first), then new questions mixed by type and fact, up to
 * the session length; no two questions share a fact or a source sentence.
 */
export function buildSession(input: BuildSessionInput): SessionState {
	const dueBy = input.dueBy ?? input.now + 1;
	const due = input.due
		.filter((c) => c.due < dueBy)
		.sort((a, b) => a.due - b.due || (a.id < b.id ? -1 : 1));
	const queue = pickInterleaved(due, input.fresh, lengthOf(input.length), input.suspended);
	return start(input.id, 'review', input.articleId, queue, input.now);
}

/** Questions in a seeded random order, mixed by type and fact; the schedule does not move. */
export function buildPracticeSession(input: BuildPracticeInput): SessionState {
	const order = seededShuffle(input.candidates, input.id);
	const queue = pickInterleaved([], order, lengthOf(input.length), input.suspended);
	return start(input.id, 'practice', input.articleId, queue, input.now);
}

function lengthOf(length: number | undefined): number {
	return Math.max(1, Math.floor(length ?? DEFAULT_SESSION_LENGTH));
}

/** Every missed question once; `recordAnswer` puts a wrong one back at the end. */
export function buildRetrySession(input: BuildRetryInput): SessionState {
	const queue = [...new Set(input.missed)].filter((id) => !input.suspended?.has(id));
	return start(input.id, 'retry-missed', input.articleId, queue, input.now);
}

function start(
	id: string,
	mode: SessionState['mode'],
	articleId: string | null,
	queue: string[],
	now: number
): SessionState {
	return {
		version: 1,
		id,
		mode,
		articleId,
		queue,
		position: 0,
		answered: 0,
		correct: 0,
		missed: [],
		startedAt: now
	};
}

export function currentQuestionId(s: SessionState): string | null {
	return s.position < s.queue.length ? s.queue[s.position] : null;
}

export function isFinished(s: SessionState): boolean {
	return s.position >= s.queue.length;
}

export function sessionProgress(s: SessionState): SessionProgress {
	return {
		index: Math.min(s.position, s.queue.length),
		total: s.queue.length,
		answered: s.answered,
		correct: s.correct
	};
}

/**
 * The session after the current question is answered: moved on to the next question, with
 * the feedback to show (if given) kept until `hideFeedback`.
 */
export function recordAnswer(
	s: SessionState,
	questionId: string,
	correct: boolean,
	feedback?: ShownFeedback
): SessionState {
	if (currentQuestionId(s) !== questionId) return s;
	const queue = !correct && s.mode === 'retry-missed' ? [...s.queue, questionId] : s.queue;
	const missed = !correct && !s.missed.includes(questionId) ? [...s.missed, questionId] : s.missed;
	const next: SessionState = {
		...s,
		queue,
		missed,
		position: s.position + 1,
		answered: s.answered + 1,
		correct: s.correct + (correct ? 1 : 0)
	};
	if (feedback) next.feedback = feedback;
	else delete next.feedback;
	return next;
}

/** The session once the learner moves on from the feedback. */
export function hideFeedback(s: SessionState): SessionState {
	if (!s.feedback) return s;
	const next = { ...s };
	delete next.feedback;
	return next;
}

/** Takes a question out of what is still to come (flagged as bad mid-session). */
export function dropQuestion(s: SessionState, questionId: string): SessionState {
	const done = s.queue.slice(0, s.position);
	const rest = s.queue.slice(s.position).filter((id) => id !== questionId);
	return { ...s, queue: [...done, ...rest] };
}

/** A stored session, if it has the current shape; anything else is dropped. */
export function parseSession(value: unknown): SessionState | null {
	if (typeof value !== 'object' || value === null) return null;
	const s = value as Partial<SessionState>;
	const strings = (a: unknown) => Array.isArray(a) && a.every((x) => typeof x === 'string');
	const ok =
		s.version === 1 &&
		typeof s.id === 'string' &&
		(s.mode === 'review' || s.mode === 'retry-missed' || s.mode === 'practice') &&
		(s.articleId === null || typeof s.articleId === 'string') &&
		strings(s.queue) &&
		strings(s.missed) &&
		Number.isInteger(s.position) &&
		(s.position as number) >= 0 &&
		(s.position as number) <= (s.queue as string[]).length &&
		Number.isInteger(s.answered) &&
		Number.isInteger(s.correct) &&
		typeof s.startedAt === 'number' &&
		(s.feedback === undefined ||
			(typeof s.feedback === 'object' &&
				s.feedback !== null &&
				typeof s.feedback.questionId === 'string' &&
				typeof s.feedback.correct === 'boolean'));
	return ok ? (s as SessionState) : null;
}
