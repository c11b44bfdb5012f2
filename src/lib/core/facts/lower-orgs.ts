import { COUNTRY_NAMES, LOWER_ORG_HEADS, LOWER_ORG_MODIFIERS } from './gazetteer';
import { isDemonym, nameKey } from './lexicon';
import type { Token } from './tokens';

// After the head, these show the head is a noun ("British intelligence said"), not an
// adjective ("Russian military operations").
const AFTER_HEAD = new Set(
	'said says has have had is are was were does did do will would may might could can should must announced reported claimed denied confirmed added also and or but that which who to in on of for with from as at by not'.split(
		' '
	)
);

/**
 * Organisations written in lower case after a country: "British intelligence", "the Russian
 * coast guard", "Ukraine’s military intelligence", "a US bankruptcy court". Returns token
 * ranges [from, to) of the sentence.
 */
export function findLowerOrgs(tokens: Token[]): { from: number; to: number }[] {
	const found: { from: number; to: number }[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i];
		if (!t.cap || t.kind !== 'word') continue;
		const country = COUNTRY_NAMES.has(nameKey(t.text));
		if (!country && !(isDemonym(t) && !t.lower.endsWith('s'))) continue;
		if (t.possessive && !country) continue;
		if (tokens[i - 1]?.cap && tokens[i - 1].kind === 'word' && !tokens[i - 1].initial) continue;
		const end = headEnd(tokens, i + 1);
		if (end > 0) {
			found.push({ from: i, to: end });
			i = end - 1;
		}
	}
	return found;
}

/** Index after the head, trying the longest run of modifiers first; 0 when none. */
function headEnd(tokens: Token[], from: number): number {
	let k = from;
	while (k < from + 2 && tokens[k] && !tokens[k].cap && LOWER_ORG_MODIFIERS.has(tokens[k].lower))
		k++;
	for (let h = k; h >= from; h--) {
		const head = tokens[h];
		if (!head || head.cap || !LOWER_ORG_HEADS.has(head.lower)) continue;
		if (h > from && tokens.slice(from, h).some((t) => t.possessive)) continue;
		const next = tokens[h + 1];
		if (
			!next ||
			head.possessive ||
			next.kind === 'punct' ||
			next.cap ||
			AFTER_HEAD.has(next.lower) ||
			/(?:ing|ed)$/.test(next.lower)
		)
			return h + 1;
	}
	return 0;
}
