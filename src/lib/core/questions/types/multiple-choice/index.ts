import { defineQuestionType } from '../registry';
import { oneAnswer, sameText } from '../shared';
import { multipleChoice } from './build';

export const multipleChoiceType = defineQuestionType({
	type: 'multiple-choice',
	label: 'Multiple choice',
	role: 'blank',
	build: multipleChoice,
	grade: (q, given) => sameText(q.answer, oneAnswer(given)),
	front: (q) => `${q.prompt} (${q.choices.join(' / ')})`,
	back: (q) => q.answer
});
