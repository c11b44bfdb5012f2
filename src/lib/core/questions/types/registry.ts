import type { Fact, QuestionOf, QuestionType } from '../../types';
import type { BuildContext, Candidate } from '../context';

/**
 * Everything one question type brings: how it is built, graded, exported and named. A new
 * type is a new folder with one of these, added to `QUESTION_MODULES` in `index.ts`.
 */
export interface QuestionModule<T extends QuestionType = QuestionType> {
	type: T;
	/** How the type is named to a learner. */
	label: string;
	/**
	 * blank: asks one fact by its sentence (a blank or a wh-question); statement: a sentence
	 * to judge; deck: built over several facts of the whole article.
	 */
	role: 'blank' | 'statement' | 'deck';
	/** blank and statement types: the question for one mention of a fact. */
	build?: (fact: Fact, ctx: BuildContext) => Candidate | null;
	/** deck types: every question of the type the article allows. */
	buildAll?: (ctx: BuildContext) => Candidate[];
	/** Is the answer given right? Choices are compared as written, typed text leniently. */
	grade: (question: QuestionOf<T>, given: string | string[]) => boolean;
	/** The two sides of a flash card (TSV export, as Anki and Quizlet import it). */
	front: (question: QuestionOf<T>) => string;
	back: (question: QuestionOf<T>) => string;
}

/** Keeps the type parameter tied to the module's own `type`. */
export const defineQuestionType = <T extends QuestionType>(m: QuestionModule<T>) => m;
