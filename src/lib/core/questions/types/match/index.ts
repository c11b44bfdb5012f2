import { defineQuestionType } from '../registry';
import { sameList } from '../shared';
import { matches } from './build';

export const matchType = defineQuestionType({
	type: 'match',
	label: 'Match',
	role: 'deck',
	buildAll: matches,
	grade: (q, given) => sameList(q.answer, given),
	front: (q) => `${q.prompt}: ${q.items.join(' / ')}`,
	back: (q) => q.items.map((item, i) => `${item} = ${q.answer[i]}`).join('; ')
});
