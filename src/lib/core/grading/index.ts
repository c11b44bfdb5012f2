import type { Question } from '../types';
import { normaliseAnswer } from './normalise';
import { matchesTyped } from './typed';

export { matchesTyped, type GradingContext } from './typed';
// acceptedForms lives in './accepted', imported by the question builders alone: it reads the
// whole lexicon, which the pages that grade answers need not load.
export { normaliseAnswer } from './normalise';
export { loadGradingLists } from './lexicon';

export interface GradeResult {
	correct: boolean;
	/** The right answer, as a learner reads it. */
	expected: string;
	/** What the learner gave, as a learner reads it. */
	given: string;
}

const same = (a: string, b: string) => normaliseAnswer(a) === normaliseAnswer(b);

function showList(question: Question, list: readonly string[]): string {
	if (question.type === 'match' && question.items)
		return question.items.map((item, i) => `${item} = ${list[i] ?? '—'}`).join('; ');
	return list.join(' → ');
}

/**
 * Grades an answer to any question: a choice (multiple choice, true/false), an ordered list
 * (timeline, match: the right-hand item for each left-hand item) or typed text (cloze).
 * Never throws.
 */
export function gradeAnswer(question: Question, given: string | string[]): GradeResult {
	const answer = question.answer;
	if (Array.isArray(answer)) {
		const list = Array.isArray(given) ? given : [given];
		const correct =
			list.length === answer.length && answer.every((a, i) => same(a, String(list[i] ?? '')));
		return { correct, expected: showList(question, answer), given: showList(question, list) };
	}
	const text = Array.isArray(given) ? given.join(' ') : String(given ?? '');
	if (question.type !== 'cloze')
		return { correct: same(answer, text), expected: answer, given: text.trim() };
	// a question's words, not a blank's sentence: "51 injured" fills no "_____ people died"
	const asked = /\?\s*$/.test(question.prompt) ? question.prompt : undefined;
	const context = { kind: question.kind, prompt: asked };
	const correct = [answer, ...(question.accept ?? [])].some((a) => matchesTyped(a, text, context));
	return { correct, expected: answer, given: text.trim() };
}
