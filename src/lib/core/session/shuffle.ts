import { seededShuffle } from '../hash';
import type { Question } from '../types';

/**
 * The question with its options in a fresh order for this ask, so a retry tests the fact and
 * not its position. True/false keeps True before False; a timeline is never shown solved.
 */
export function shuffledForAsk(question: Question, seed: string): Question {
	const choices = question.choices;
	if (!choices || choices.length < 2 || question.type === 'true-false') return question;
	let order = seededShuffle(choices, `${seed}:${question.id}`);
	if (question.type === 'timeline' && Array.isArray(question.answer)) {
		const solved = (o: string[]) => o.every((c, i) => c === question.answer[i]);
		if (solved(order)) order = [...order.slice(1), order[0]];
	}
	return { ...question, choices: order };
}
