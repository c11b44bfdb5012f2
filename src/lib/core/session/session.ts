import type { BuildRetryInput, BuildSessionInput, SessionProgress, SessionState } from './types';

export const DEFAULT_SESSION_LENGTH = 10;

/** Due reviews first (earliest due first), then new questions, up to the session length. */
export function buildSession(input: BuildSessionInput): SessionState {
	const length = Math.max(1, Math.floor(input.length ?? DEFAULT_SESSION_LENGTH));
	const seen = new Set<string>();
	const queue: string[] = [];
	const take = (id: string) => {
		if (queue.length >= length || seen.has(id) || input.suspended.has(id)) return;
		seen.add(id);
		queue.push(id);
	};
	const due = input.due
		.filter((c) => c.due <= input.now)
		.sort((a, b) => a.due - b.due || (a.questionId < b.questionId ? -1 : 1));
	for (const c of due) take(c.questionId);
	for (const id of input.fresh) take(id);
	return start(input.id, 'review', input.articleId, queue, input.now);
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

/** The session after the current question is answered: moved on to the next question. */
export function recordAnswer(s: SessionState, questionId: string, correct: boolean): SessionState {
	if (currentQuestionId(s) !== questionId) return s;
	const queue = !correct && s.mode === 'retry-missed' ? [...s.queue, questionId] : s.queue;
	const missed = !correct && !s.missed.includes(questionId) ? [...s.missed, questionId] : s.missed;
	return {
		...s,
		queue,
		missed,
		position: s.position + 1,
		answered: s.answered + 1,
		correct: s.correct + (correct ? 1 : 0)
	};
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
		(s.mode === 'review' || s.mode === 'retry-missed') &&
		(s.articleId === null || typeof s.articleId === 'string') &&
		strings(s.queue) &&
		strings(s.missed) &&
		Number.isInteger(s.position) &&
		(s.position as number) >= 0 &&
		(s.position as number) <= (s.queue as string[]).length &&
		Number.isInteger(s.answered) &&
		Number.isInteger(s.correct) &&
		typeof s.startedAt === 'number';
	return ok ? (s as SessionState) : null;
}
