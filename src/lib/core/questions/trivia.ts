import type { Fact } from '../types';
import type { Located } from './stem';

const WEEKDAY = /^(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)days?$/i;
const CLOCK =
	/^\d{1,2}[:.]\d\d(?:\s*(?:am|pm|a\.m\.|p\.m\.))?$|^\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)$/i;

/**
 * Facts not worth learning: a weekday alone, a clock time, a footnote mark, a lone "one",
 * and a conversion in brackets after the figure it converts ("5 miles (8 km)").
 */
export function isTrivia(fact: Fact, at: Located): boolean {
	const t = fact.text.trim();
	if (WEEKDAY.test(t) || CLOCK.test(t) || /^\[\d+\]$/.test(t) || /^(?:1|one|One)$/.test(t))
		return true;
	// A lone letter is an initial, not a name: "L. Ron Hubbard".
	if (/^\p{Lu}\.?$/u.test(t)) return true;
	const before = at.sentence.slice(0, at.start);
	const after = at.sentence.slice(at.end);
	// A name run into a picture credit ("Washington D.C. Image: US Navy") is no clean answer.
	if (/\b(?:Image|Photo|Picture)$/.test(t) && /^\s*:/.test(after)) return true;
	// A clock time written with its zone or "hours" ("1400 GMT", "at 9 o'clock").
	if (/^\s*(?:GMT|BST|UTC|CET|EST|EDT|PST|am|pm|a\.m\.|p\.m\.|hrs|o['’]clock)\b/.test(after))
		return true;
	if (fact.kind === 'figure' && /\d[^()\d]{0,30}\(\s*(?:about\s+|around\s+|some\s+)?$/.test(before))
		return true;
	// A footnote mark glued to the text ("…in 1950.[3]").
	return /\[$/.test(before) && /^\]/.test(after);
}
