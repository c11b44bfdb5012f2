import type { Question } from '$lib/core/types';

const LABELS: Record<Question['type'], string> = {
	'multiple-choice': 'Multiple choice',
	cloze: 'Fill in the blank',
	'true-false': 'True or false',
	timeline: 'Timeline',
	match: 'Match'
};

/**
 * What kind of question this is, as the learner sees it: a typed answer asked as a question
 * ("How many people …?") has no blank to fill.
 */
export function questionLabel(q: Pick<Question, 'type' | 'prompt'>): string {
	if (q.type === 'cloze' && !q.prompt.includes('_____')) return 'Type the answer';
	return LABELS[q.type];
}
