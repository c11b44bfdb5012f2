import { MONTHS, WEEKDAYS } from './gazetteer';
import type { Token } from './tokens';

/** A run of capitalised words that may name something: tokens[from, to) of a sentence. */
export interface Chunk {
	tokens: Token[];
	from: number;
	to: number;
	sentence: number;
	/** The first word starts the sentence, so its capital says nothing. */
	initial: boolean;
	/** Followed by a number: "UK 007", "Chapter 11" — a label, not a name. */
	numbered: boolean;
}

// No name is longer; the cap also keeps a run of capitals in shouted text linear.
const MAX_NAME_TOKENS = 10;
const PARTICLES = new Set('de du da del della der den von van al bin ibn la le'.split(' '));
const CALENDAR = new Set([...MONTHS, ...WEEKDAYS]);

export function isNameWord(t: Token | undefined): t is Token {
	if (!t || t.kind !== 'word' || !t.cap) return false;
	if (t.text === 'I') return false;
	return !CALENDAR.has(t.lower);
}

/**
 * Finds capitalised runs in a sentence, joined by "of" when the run has a head word that
 * takes one ("Ministry of Defense of Ukraine", "Sea of Azov") and by name particles.
 * In a heading in title case every word is capitalised, so each word stands alone there.
 */
export function findChunks(
	tokens: Token[],
	sentence: number,
	takesOf: (words: Token[], connector: string) => boolean,
	heading: boolean
): Chunk[] {
	const chunks: Chunk[] = [];
	const words = tokens.filter((t) => t.kind === 'word');
	const titleCase =
		heading && words.length >= 4 && words.filter((t) => t.cap).length >= words.length * 0.7;
	for (let i = 0; i < tokens.length; i++) {
		if (!isNameWord(tokens[i])) continue;
		let j = i + 1;
		const alone = titleCase || tokens[i].possessive || /\p{N}/u.test(tokens[i].text);
		while (!alone && j < tokens.length && j - i < MAX_NAME_TOKENS) {
			const u = tokens[j];
			if (isNameWord(u) && !u.glueStart && !/\p{N}/u.test(u.text)) {
				j++;
				if (u.possessive) break;
				continue;
			}
			// "Citizens' Movement", "St James' Park": a plural possessive inside a name
			if (
				(u.text === "'" || u.text === '’') &&
				tokens[j - 1].lower.endsWith('s') &&
				u.start === tokens[j - 1].end &&
				isNameWord(tokens[j + 1])
			) {
				j += 2;
				continue;
			}
			const join = joinLength(tokens, i, j, takesOf);
			if (!join) break;
			j += join;
			if (tokens[j - 1].possessive) break;
		}
		const next = tokens[j];
		chunks.push({
			tokens: tokens.slice(i, j),
			from: i,
			to: j,
			sentence,
			initial: tokens[i].initial || titleCase,
			// a score ("beat Sevilla 4-0") is no label
			numbered:
				!!next &&
				next.kind === 'number' &&
				!tokens[j - 1].possessive &&
				!/^\d{1,2}-\d{1,2}$/.test(next.text)
		});
		i = j - 1;
	}
	return chunks;
}

/** How many tokens a connector adds ("of X" = 2, "of the X" = 3), or 0. */
function joinLength(
	tokens: Token[],
	from: number,
	at: number,
	takesOf: (words: Token[], connector: string) => boolean
): number {
	const c = tokens[at];
	if (!c || c.kind === 'number' || tokens[at - 1].possessive) return 0;
	if (c.text === '&' && isNameWord(tokens[at + 1])) return 2;
	if (c.cap) return 0;
	if (PARTICLES.has(c.lower) && isNameWord(tokens[at + 1])) return 2;
	if (c.lower !== 'of' && c.lower !== 'for') return 0;
	if (!takesOf(tokens.slice(from, at), c.lower)) return 0;
	if (isNameWord(tokens[at + 1])) return 2;
	if (tokens[at + 1]?.lower === 'the' && isNameWord(tokens[at + 2])) return 3;
	return 0;
}
