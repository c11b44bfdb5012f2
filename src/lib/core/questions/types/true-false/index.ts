import { defineQuestionType } from '../registry';
import { oneAnswer, sameText } from '../shared';
import { trueFalse } from './build';

export const trueFalseType = defineQuestionType({
	type: 'true-false',
	label: 'True or false',
	role: 'statement',
	build: trueFalse,
	grade: (q, given) => sameText(q.answer, oneAnswer(given)),
	front: (q) => `True or false: ${q.prompt}`,
	back: (q) => q.answer
});
