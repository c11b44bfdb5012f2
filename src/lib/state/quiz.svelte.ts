import { gradeAnswer } from '$lib/core/grading';
import {
	buildRetrySession,
	buildSession,
	currentQuestionId,
	dropQuestion,
	isFinished,
	recordAnswer,
	sessionProgress,
	type SessionMode,
	type SessionProgress,
	type SessionState
} from '$lib/core/session';
import type { Question } from '$lib/core/types';
import {
	clearSession,
	getArticle,
	getCard,
	getQuestion,
	getSettings,
	loadSession,
	missedQuestionIds,
	planAnswer,
	saveSession,
	sessionCandidates,
	suspendQuestion,
	toQuestion,
	writeAnswer
} from '$lib/store';
import { getDb, messageOf } from './db';

export type { SessionMode, SessionProgress };

/** What the learner sees after answering. */
export interface Feedback {
	correct: boolean;
	/** The right answer, readable. */
	expected: string;
	/** What the learner gave, readable. */
	given: string;
	/** The sentence(s) of the article the question is built from. */
	source: string;
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
	#question = $state<Question | null>(null);
	#articleTitle = $state<string | null>(null);
	#questionArticleId = $state<string | null>(null);
	#feedback = $state<Feedback | null>(null);
	#status = $state<QuizStatus>('idle');
	#error = $state<string | null>(null);
	#busy = false;

	get status(): QuizStatus {
		return this.#status;
	}

	/** The question being asked (also while its feedback shows). */
	get question(): Question | null {
		return this.#question;
	}

	/** Title (or custom name) of the current question's article. */
	get articleTitle(): string | null {
		return this.#articleTitle;
	}

	get feedback(): Feedback | null {
		return this.#feedback;
	}

	/** index: 0-based position of the current question; total grows in a retry session. */
	get progress(): SessionProgress {
		return this.#session
			? sessionProgress(this.#session)
			: { index: 0, total: 0, answered: 0, correct: 0 };
	}

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
			await this.#showCurrent();
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
			const id = `${now}`;
			let session: SessionState;
			if (options.mode === 'retry-missed') {
				const missed = await missedQuestionIds(db, articleId);
				session = buildRetrySession({ id, articleId, missed, now });
			} else {
				const c = await sessionCandidates(db, { articleId, now, limit: settings.sessionLength });
				session = buildSession({
					id,
					articleId,
					due: c.due,
					fresh: c.fresh,
					suspended: c.suspended,
					length: settings.sessionLength,
					now
				});
			}
			this.#feedback = null;
			if (session.queue.length === 0) {
				this.#session = null;
				await clearSession(db);
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
	 * transaction, and returns the feedback once all of it is stored.
	 */
	async submit(answer: string | string[], now = Date.now()): Promise<Feedback> {
		const session = this.#session;
		const question = this.#question;
		if (!session || !question || this.#status !== 'asking' || this.#busy)
			throw new Error('There is no question waiting for an answer.');
		this.#busy = true;
		try {
			const db = await getDb();
			const [settings, card] = await Promise.all([getSettings(db), getCard(db, question.id)]);
			const grade = gradeAnswer(question, answer);
			const next = recordAnswer(session, question.id, grade.correct);
			const plan = planAnswer({
				question,
				articleId: this.#questionArticleId ?? question.id,
				card,
				grade,
				now,
				retention: settings.retention
			});
			await writeAnswer(db, plan, isFinished(next) ? null : next);
			this.#session = next;
			this.#error = null;
			const feedback: Feedback = { ...grade, source: question.source };
			this.#feedback = feedback;
			this.#status = 'feedback';
			return feedback;
		} catch (error) {
			this.#error = messageOf(error);
			throw error;
		} finally {
			this.#busy = false;
		}
	}

	/** Moves from the feedback to the next question, or to `finished`. */
	async next(): Promise<void> {
		this.#feedback = null;
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
			this.#session = after;
			this.#feedback = null;
			await this.#showCurrent();
		} catch (error) {
			this.#error = messageOf(error);
			throw error;
		}
	}

	/** Ends the session without finishing it; nothing is left to resume. */
	async leave(): Promise<void> {
		await clearSession(await getDb());
		this.#session = null;
		this.#question = null;
		this.#feedback = null;
		this.#status = 'idle';
	}

	async #showCurrent(): Promise<void> {
		const session = this.#session;
		const id = session ? currentQuestionId(session) : null;
		if (!session || id === null) {
			this.#question = null;
			this.#status = session ? 'finished' : 'idle';
			if (session) await clearSession(await getDb());
			return;
		}
		const db = await getDb();
		const record = await getQuestion(db, id);
		if (!record) {
			// The deck changed under the session (article deleted or regenerated): skip it.
			this.#session = dropQuestion(session, id);
			await saveSession(db, this.#session);
			return this.#showCurrent();
		}
		const question = toQuestion(record);
		const articleId = record.articleId;
		const article = await getArticle(db, articleId);
		this.#question = question;
		this.#questionArticleId = articleId;
		this.#articleTitle = article ? (article.customName ?? article.title) : null;
		this.#status = 'asking';
	}

	#fail<T>(error: unknown, value: T): T {
		this.#error = messageOf(error);
		this.#status = 'idle';
		return value;
	}
}
