import type { Question } from '../types';

export interface GradeResult {
	correct: boolean;
	/** The right answer, as a learner reads it. */
	expected: string;
	/** What the learner gave, as a learner reads it. */
	given: string;
}

const norm = (s: string) =>
	s
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();

const show = (v: string | string[]) => (Array.isArray(v) ? v.join(' → ') : v);

/** Grades an answer to any question type. Never throws. */
export function gradeAnswer(question: Question, given: string | string[]): GradeResult {
	const expected = question.answer;
	if (Array.isArray(expected)) {
		const list = Array.isArray(given) ? given : [given];
		const correct =
			list.length === expected.length && expected.every((e, i) => norm(e) === norm(list[i] ?? ''));
		return { correct, expected: show(expected), given: show(list) };
	}
	const text = Array.isArray(given) ? given.join(' ') : given;
	const accepted = [expected, ...(question.accept ?? [])].map(norm);
	return { correct: accepted.includes(norm(text)), expected, given: text };
}
