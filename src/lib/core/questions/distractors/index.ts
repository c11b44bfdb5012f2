import type { Fact } from '../../types';
import { normText } from '../text';
import { dateDistractors } from './dates';
import { figureDistractors } from './figures';
import { nameDistractors } from './names';

export { namesOf } from './names';

/**
 * Wrong answers (for a true/false `statement`, safe swaps only) of the same kind, unit, scale and format as `answer`, best first. None is
 * equal to the answer after normalisation or true for the same blank.
 */
export function distractorsFor(
	fact: Fact,
	answer: string,
	facts: Fact[],
	display: (f: Fact) => string,
	prompt: string,
	statement = false,
	pool?: Fact[]
): string[] {
	let found: string[];
	try {
		if (fact.kind === 'figure') found = figureDistractors(answer, fact, facts, statement);
		else if (fact.kind === 'date') found = dateDistractors(answer, fact, facts);
		else found = nameDistractors(answer, fact, facts, display, prompt, statement, pool);
	} catch {
		// Odd facts give no distractors rather than no deck.
		found = [];
	}
	const a = normText(answer);
	const isName = fact.kind !== 'figure' && fact.kind !== 'date';
	const seen = new Set<string>([a]);
	return found.filter((d) => {
		// An option starts with a letter or a figure: "/ NASA" is a scrap of a caption.
		if (!/^[\p{L}\p{N}$£€¥]/u.test(d)) return false;
		// Names of one sort have one shape: "Movimento 5 Stelle" is no town among towns.
		if (isName && /\d/.test(d) !== /\d/.test(answer)) return false;
		const n = normText(d);
		if (!n || seen.has(n)) return false;
		seen.add(n);
		return true;
	});
}
