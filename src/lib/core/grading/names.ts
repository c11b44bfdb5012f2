/** Names said in part: a person by surname, an organisation without its generic word. */
import { editDistance } from './distance';

// Words after a name that say what it is in general, not which one.
const GENERIC = new Set(
	'party corporation corp inc incorporated ltd limited plc llc co company group holdings ag sa nv gmbh'.split(
		' '
	)
);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
const TITLES = new Set('mr mrs ms miss dr sir dame lord lady prof professor'.split(' '));

const letterCount = (s: string) => s.replace(/[^\p{L}]/gu, '').length;

/** Equal, or one typo apart in a name of five letters or more. */
export function nearlySame(e: string, g: string): boolean {
	if (e === g) return true;
	return letterCount(e) >= 5 && !/\d/.test(e + g) && editDistance(e, g, 1) <= 1;
}

/** A normalised organisation name without its generic last words ("labour party" → "labour"). */
export function withoutGeneric(name: string): string {
	const words = name.split(' ');
	while (words.length > 1 && GENERIC.has(words[words.length - 1])) words.pop();
	return words.join(' ');
}

/** Is normalised `given` the organisation `expected`, with or without its generic word? */
export function sameOrganisation(expected: string, given: string): boolean {
	const e = withoutGeneric(expected);
	return e !== expected || withoutGeneric(given) !== given
		? nearlySame(e, withoutGeneric(given))
		: false;
}

/**
 * Is normalised `given` the person `expected` by surname: the last words of the full name
 * ("merkel", "von der leyen"), never the first name alone, perhaps after a title ("Mrs")?
 */
export function sameBySurname(expected: string, given: string): boolean {
	const e = expected.split(' ');
	while (e.length > 2 && SUFFIXES.has(e[e.length - 1])) e.pop();
	const g = given.split(' ');
	if (g.length > 1 && TITLES.has(g[0])) g.shift();
	if (e.length < 2 || g.length >= e.length) return false;
	const tail = e.slice(e.length - g.length).join(' ');
	return letterCount(tail) >= 2 && nearlySame(tail, g.join(' '));
}
