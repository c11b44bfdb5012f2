import type { Question } from '$lib/core/types';

/** What every answer component of a question type takes: the question, and the answer. */
export interface AnswerProps<Answer> {
	question: Question;
	/** The answer given, once answered: the component then shows right and wrong. */
	given: Answer | null;
	onanswer: (answer: Answer) => void;
}
