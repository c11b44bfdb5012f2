import type { Question, QuestionType } from '../../types';
import { clozeType } from './cloze';
import { matchType } from './match';
import { multipleChoiceType } from './multiple-choice';
import type { QuestionModule } from './registry';
import { timelineType } from './timeline';
import { trueFalseType } from './true-false';

export type { QuestionModule } from './registry';

/** Every question type, in the order a fact tries them. */
export const QUESTION_MODULES = [
	multipleChoiceType,
	clozeType,
	trueFalseType,
	timelineType,
	matchType
] as const;

const byType = new Map<QuestionType, QuestionModule>(
	QUESTION_MODULES.map((m) => [m.type, m as unknown as QuestionModule])
);

/** The module of a question's type; its functions take that question. */
export function moduleOf<Q extends Question>(question: Q): QuestionModule<Q['type']> {
	const m = byType.get(question.type);
	if (!m) throw new Error(`unknown question type ${question.type}`);
	return m as unknown as QuestionModule<Q['type']>;
}

export const questionLabel = (type: QuestionType) => byType.get(type)?.label ?? type;
