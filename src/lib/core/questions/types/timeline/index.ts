import { defineQuestionType } from '../registry';
import { sameList } from '../shared';
import { timelines } from './build';

export const timelineType = defineQuestionType({
	type: 'timeline',
	label: 'Timeline',
	role: 'deck',
	buildAll: timelines,
	grade: (q, given) => sameList(q.answer, given),
	front: (q) => `${q.prompt}: ${q.choices.join(' / ')}`,
	back: (q) => q.answer.join(' → ')
});
