import type { Deck, Question } from './types';

const clean = (s: string) => s.replace(/[\t\r\n]+/g, ' ').trim();

/** The front of a card: the prompt, with the options where the question has them. */
function front(q: Question): string {
	switch (q.type) {
		case 'multiple-choice':
			return `${q.prompt} (${(q.choices ?? []).join(' / ')})`;
		case 'true-false':
			return `True or false: ${q.prompt}`;
		case 'timeline':
			return `${q.prompt}: ${(q.choices ?? []).join(' / ')}`;
		case 'match':
			return `${q.prompt}: ${(q.items ?? []).join(' / ')}`;
		default:
			return q.prompt;
	}
}

function back(q: Question): string {
	if (q.type === 'match' && Array.isArray(q.answer))
		return (q.items ?? []).map((item, i) => `${item} = ${q.answer[i]}`).join('; ');
	if (Array.isArray(q.answer)) return q.answer.join(' → ');
	return q.answer;
}

/** Tab-separated front/back lines, one card a line, as Anki and Quizlet import them. */
export function deckToTsv(deck: Deck): string {
	return deck.questions.map((q) => `${clean(front(q))}\t${clean(back(q))}\n`).join('');
}
