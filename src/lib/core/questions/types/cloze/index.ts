import { matchesTyped } from '../../../grading/typed';
import { defineQuestionType } from '../registry';
import { oneAnswer } from '../shared';
import { cloze } from './build';

export const clozeType = defineQuestionType({
	type: 'cloze',
	label: 'Fill in the blank',
	role: 'blank',
	build: cloze,
	// Typed: numbers by value, dates by day, names with their other names and small typos.
	grade: (q, given) =>
		[q.answer, ...(q.accept ?? [])].some((a) => matchesTyped(a, oneAnswer(given))),
	front: (q) => (q.hint ? `${q.prompt} (${q.hint})` : q.prompt),
	back: (q) => q.answer
});
