import { moduleOf } from './questions/types';
import type { Deck, Question } from './types';

const clean = (s: string) => s.replace(/[\t\r\n]+/g, ' ').trim();

/** The two sides of a card, as the question's type writes them, after the context it needs. */
function card(q: Question): [string, string] {
	const m = moduleOf(q);
	return [q.context ? `${q.context} — ${m.front(q)}` : m.front(q), m.back(q)];
}

/** Tab-separated front/back lines, one card a line, as Anki and Quizlet import them. */
export function deckToTsv(deck: Deck): string {
	return deck.questions.map((q) => card(q).map(clean).join('\t') + '\n').join('');
}
