import { gradeAnswer, type GradeResult } from '$lib/core/grading';
import { dueCutoff } from '$lib/core/schedule';
import {
	buildPracticeSession,
	buildRetrySession,
	buildSession,
	currentQuestionId,
	dropQuestion,
	hideFeedback,
	isFinished,
	recordAnswer,
	sessionProgress,
	shuffledForAsk,
	type SessionMode,
	type SessionProgress,
	type SessionState,
	type ShownFeedback
} from '$lib/core/session';
import type { Question } from '$lib/core/types';
import {
	amendAnswer,
	clearSession,
	getArticle,
	getCard,
	getQuestion,
	getSettings,
	loadSession,
	missedQuestionIds,
	nextDueAt,
	planAnswer,
	practiceCandidates,
	saveSession,
	sessionCandidates,
	suspendQuestion,
	toQuestion,
	writeAnswer,
	type AnswerPlan,
	type WrittenAnswer
} from '$lib/store';
import { getDb } from './db';
import { messageOf } from './errors';
import { timezoneOffset } from './local-time';

export type { SessionMode, SessionProgress };
export { formatWait } from '$lib/core/schedule';

/** What the learner sees after answering (kept with the session for a reload). */
export type Feedback = ShownFeedback;

/** What the page can offer when nothing is due. */
export interface EmptyInfo {
	/** Missed answers a retry session would ask. */
	missed: number;
	/** When the next review is due, or null if no card is scheduled. */
	nextDue: number | null;
}

/** The last answer, while it can be taken back. */
interface Undoable {
	before: SessionState;
	written: WrittenAnswer | null;
	question: Question;
	articleId: string;
	answer: string | string[];
	grade: GradeResult;
}

/**
 * idle: nothing started; loading; asking: a question waits for an answer; feedback: the
 * answer was saved, `feedback` is set, `next()` moves on; finished: the session is over;
 * empty: nothing to ask (no due or new questions, or no missed ones).
 */
export type QuizStatus = 'idle' | 'loading' | 'asking' | 'feedback' | 'finished' | 'empty';

export interface StartOptions {
	/** One article, or null/absent for all articles. */
	articleId?: string | null;
	mode?: SessionMode;
	now?: number;
}

/** The quiz page: one session at a time, saved after every answer so a reload resumes it. */
export class QuizState {
	#session = $state.raw<SessionState | null>(null);
	#question = $state.raw<Question | null>(null);
	#articleTitle = $state<string | null>(null);
	#questionArticleId = $state<string | null>(null);
	#feedback = $state.raw<Feedback | null>(null);
	#status = $state<QuizStatus>('idle');
	#error = $state<string | null>(null);
	#empty = $state.raw<EmptyInfo | null>(null);
	#undoable = $state.raw<Undoable | null>(null);
	#busy = false;

	get status(): QuizStatus {
		return this.#status;
	}

	/** The question being asked (also while its feedback shows). */
	get question(): Question | null {
		return this.#question;
	}

	/**
	 * Title (or custom name) of the current question's article, once it is answered: a title
	 * may hold the very fact the question asks about.
	 */
	readonly articleTitle: string | null = $derived(
		this.#status === 'feedback' ? this.#articleTitle : null
	);

	/** When nothing is due: what else there is to do. */
	get empty(): EmptyInfo | null {
		return this.#empty;
	}

	/** Whether the last answer can be taken back. */
	get canUndo(): boolean {
		return this.#undoable !== null && !this.#busy;
	}

	/** Whether the learner may say a typed answer marked wrong was right. */
	readonly canOverride: boolean = $derived(
		this.#feedback !== null &&
			!this.#feedback.correct &&
			this.#undoable !== null &&
			this.#question?.type === 'cloze'
	);

	get feedback(): Feedback | null {
		return this.#feedback;
	}

	/** index: 0-based position of the current question; total grows in a retry session. */
	readonly progress: SessionProgress = $derived(
		this.#session ? sessionProgress(this.#session) : { index: 0, total: 0, answered: 0, correct: 0 }
	);

	get mode(): SessionMode | null {
		return this.#session?.mode ?? null;
	}

	/** The article of the question on screen (differs per question in an all-articles session). */
	get questionArticleId(): string | null {
		return this.#questionArticleId;
	}

	get articleId(): string | null {
		return this.#session?.articleId ?? null;
	}

	/** Question ids answered wrong in this session (for the end-of-session summary). */
	get missedIds(): readonly string[] {
		return this.#session?.missed ?? [];
	}

	get error(): string | null {
		return this.#error;
	}

	/** Loads the stored session, if any. Returns whether there was one to resume. */
	async resume(): Promise<boolean> {
		this.#status = 'loading';
		try {
			const session = await loadSession(await getDb());
			if (!session) {
				this.#status = 'idle';
				return false;
			}
			this.#session = session;
			if (session.feedback) await this.#showFeedback(session.feedback);
			else await this.#showCurrent();
			return true;
		} catch (error) {
			return this.#fail(error, false);
		}
	}

	/** Builds a new session (replacing any stored one) and shows its first question. */
	async start(options: StartOptions = {}): Promise<void> {
		const now = options.now ?? Date.now();
		const articleId = options.articleId ?? null;
		this.#status = 'loading';
		try {
			const db = await getDb();
			const settings = await getSettings(db);
			// The id seeds option orders: two sessions started at one instant still differ.
			const id = `${options.mode ?? 'review'}-${now}`;
			let session: SessionState;
			if (options.mode === 'retry-missed') {
				const missed = await missedQuestionIds(db, articleId);
				session = buildRetrySession({ id, articleId, missed, now });
			} else if (options.mode === 'practice') {
				const p = await practiceCandidates(db, articleId, settings.sessionLength);
				session = buildPracticeSession({
					id,
					articleId,
					candidates: p.candidates,
					suspended: p.suspended,
					length: settings.sessionLength,
					now
				});
			} else {
				const dueBy = dueCutoff(now, timezoneOffset(now));
				const c = await sessionCandidates(db, {
					articleId,
					dueBy,
					limit: settings.sessionLength
				});
				session = buildSession({
					id,
					articleId,
					due: c.due,
					dueBy,
					fresh: c.fresh,
					suspended: c.suspended,
					length: settings.sessionLength,
					now
				});
			}
			this.#feedback = null;
			this.#undoable = null;
			if (session.queue.length === 0) {
				this.#session = null;
				await clearSession(db);
				const [missed, nextDue] = await Promise.all([
					missedQuestionIds(db, articleId),
					nextDueAt(db, articleId)
				]);
				this.#empty = { missed: missed.length, nextDue };
				this.#status = 'empty';
				return;
			}
			await saveSession(db, session);
			this.#session = session;
			await this.#showCurrent();
		} catch (error) {
			this.#fail(error, undefined);
		}
	}

	/**
	 * Grades the answer, saves the new card state, the review and the session progress in one
	 * transaction, and returns the feedback once all of it is stored. A practice answer moves
	 * no schedule: only the session is saved.
	 */
	async submit(answer: string | string[], now = Date.now()): Promise<Feedback> {
		const session = this.#session;
		const question = this.#question;
		if (!session || !question || this.#status !== 'asking' || this.#busy)
			throw new Error('There is no question waiting for an answer.');
		this.#busy = true;
		try {
			const db = await getDb();
			const grade = gradeAnswer(question, answer);
			const undoable: Undoable = {
				before: session,
				written: null,
				question,
				articleId: this.#questionArticleId ?? question.id,
				answer,
				grade
			};
			const feedback = await this.#write(db, undoable, grade, now, false);
			this.#undoable = undoable;
			return feedback;
		} catch (error) {
			this.#error = messageOf(error);
			throw error;
		} finally {
			this.#busy = false;
		}
	}

	/**
	 * Takes the last answer back: the card, the review log and the session as they were, and
	 * the question asked again.
	 */
	async undo(): Promise<void> {
		const last = this.#undoable;
		if (!last || this.#busy) return;
		this.#busy = true;
		try {
			const db = await getDb();
			if (last.written) await amendAnswer(db, last.written, null, last.before);
			else await saveSession(db, last.before);
			this.#error = null;
			await this.#askFrom(last.before);
		} catch (error) {
			this.#error = messageOf(error);
			throw error;
		} finally {
			this.#busy = false;
		}
	}

	/** A typed answer marked wrong that the learner knows is right: counted and scheduled as right. */
	async markRight(): Promise<Feedback | null> {
		const last = this.#undoable;
		if (!last || !this.canOverride || this.#busy) return null;
		this.#busy = true;
		try {
			const db = await getDb();
			const grade = { ...last.grade, correct: true };
			const at = last.written?.reviewAt ?? Date.now();
			return await this.#write(db, last, grade, at, true);
		} catch (error) {
			this.#error = messageOf(error);
			throw error;
		} finally {
			this.#busy = false;
		}
	}

	/** Stores one answer (or replaces the last one) and shows its feedback. */
	async #write(
		db: Awaited<ReturnType<typeof getDb>>,
		u: Undoable,
		grade: GradeResult,
		now: number,
		replace: boolean
	): Promise<Feedback> {
		const practice = u.before.mode === 'practice';
		let plan: AnswerPlan | null = null;
		let previous = u.written?.previous;
		if (!practice) {
			const [settings, card] = await Promise.all([
				getSettings(db),
				replace ? Promise.resolve(previous) : getCard(db, u.question.id)
			]);
			previous = card;
			plan = planAnswer({
				question: u.question,
				articleId: u.articleId,
				card,
				grade,
				now,
				retention: settings.retention
			});
		}
		const feedback: Feedback = {
			questionId: u.question.id,
			correct: grade.correct,
			expected: grade.expected,
			given: grade.given,
			answer: u.answer,
			source: u.question.source,
			nextDue: plan ? plan.card.fsrs.due : null,
			answeredAt: now
		};
		if (replace) feedback.overridden = true;
		const next = recordAnswer(u.before, u.question.id, grade.correct, feedback);
		// The session is kept even after its last answer, so a reload shows the feedback.
		if (plan && replace && u.written) await amendAnswer(db, u.written, plan, next);
		else if (plan) await writeAnswer(db, plan, next);
		else await saveSession(db, next);
		u.written = plan ? { questionId: u.question.id, previous, reviewAt: now } : null;
		u.grade = grade;
		this.#session = next;
		this.#error = null;
		this.#feedback = feedback;
		this.#status = 'feedback';
		return feedback;
	}

	/** Moves from the feedback to the next question, or to `finished`. */
	async next(): Promise<void> {
		const session = this.#session;
		this.#feedback = null;
		if (session?.feedback) {
			this.#session = hideFeedback(session);
			if (!isFinished(this.#session)) await saveSession(await getDb(), this.#session);
		}
		await this.#showCurrent();
	}

	/**
	 * Flags the current question as bad (also while its feedback shows): it leaves every
	 * session, this one included, and the quiz moves on.
	 */
	async flag(reason: string, now = Date.now()): Promise<void> {
		const session = this.#session;
		const question = this.#question;
		if (!session || !question) return;
		try {
			const db = await getDb();
			await suspendQuestion(db, question.id, reason, now);
			// Removes the question from what is still to come (a retry session may repeat it).
			const after = dropQuestion(session, question.id);
			if (isFinished(after)) await clearSession(db);
			else await saveSession(db, after);
			await this.#askFrom(after);
		} catch (error) {
			this.#error = messageOf(error);
			throw error;
		}
	}

	/** Goes on from `session`, past any feedback and with nothing left to undo. */
	async #askFrom(session: SessionState): Promise<void> {
		this.#session = session;
		this.#feedback = null;
		this.#undoable = null;
		await this.#showCurrent();
	}

	/** Ends the session without finishing it; nothing is left to resume. */
	async leave(): Promise<void> {
		await clearSession(await getDb());
		this.#session = null;
		this.#question = null;
		this.#feedback = null;
		this.#undoable = null;
		this.#status = 'idle';
	}

	/** The feedback of a stored session again, on the question it belongs to. */
	async #showFeedback(feedback: Feedback): Promise<void> {
		const session = this.#session!;
		const id = session.queue[session.position - 1];
		if (id !== feedback.questionId || !(await this.#load(id, session.position - 1))) {
			this.#session = hideFeedback(session);
			return this.#showCurrent();
		}
		this.#feedback = feedback;
		this.#status = 'feedback';
	}

	async #showCurrent(): Promise<void> {
		const session = this.#session;
		const id = session ? currentQuestionId(session) : null;
		if (!session || id === null) {
			// Cleared before the summary shows: leaving the page then cannot bring it back.
			if (session) await clearSession(await getDb());
			this.#question = null;
			this.#status = session ? 'finished' : 'idle';
			return;
		}
		if (!(await this.#load(id, session.position))) {
			// The deck changed under the session (article deleted or regenerated): skip it.
			this.#session = dropQuestion(session, id);
			await saveSession(await getDb(), this.#session);
			return this.#showCurrent();
		}
		this.#status = 'asking';
	}

	/** Reads a question and its article; its options in this ask's order. */
	async #load(id: string, position: number): Promise<boolean> {
		const session = this.#session!;
		const db = await getDb();
		const record = await getQuestion(db, id);
		if (!record) return false;
		// Seeded by the session and the place in it: a reload shows the same order.
		this.#question = shuffledForAsk(toQuestion(record), `${session.id}:${position}`);
		this.#questionArticleId = record.articleId;
		const article = await getArticle(db, record.articleId);
		this.#articleTitle = article ? (article.customName ?? article.title) : null;
		return true;
	}

	#fail<T>(error: unknown, value: T): T {
		this.#error = messageOf(error);
		this.#status = 'idle';
		return value;
	}
}
