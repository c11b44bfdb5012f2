import nlp from 'compromise';

/** compromise's tags for each word, keyed by the word's start offset in the article. */
export type Tags = Map<number, Set<string>>;

const KEPT = [
	'Person',
	'FirstName',
	'LastName',
	'Place',
	'Country',
	'City',
	'Region',
	'Organization'
];
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’\-.]*/gu;

/**
 * Runs compromise once over the text (its cost dominates the generator) and keeps only the
 * name tags the entity rules consult. Only capitalised words and the word before them matter, so
 * every other word is blanked first: offsets stay the same and tagging costs a fraction.
 */
export function tagText(text: string): Tags {
	const tags: Tags = new Map();
	try {
		const doc = nlp(maskText(text));
		doc.compute('offset');
		for (const terms of doc.docs)
			for (const term of terms) {
				const offset = (term as { offset?: { start: number } }).offset;
				if (!offset) continue;
				const kept = new Set(KEPT.filter((t) => term.tags?.has(t)));
				if (kept.size) tags.set(offset.start, kept);
			}
	} catch {
		// the tagger is a hint: the rules still work without it
	}
	return tags;
}

/** Blanks words that are neither capitalised nor just before a capitalised word. */
export function maskText(text: string): string {
	const words: { start: number; end: number; cap: boolean }[] = [];
	WORD.lastIndex = 0;
	for (let m = WORD.exec(text); m; m = WORD.exec(text))
		words.push({ start: m.index, end: m.index + m[0].length, cap: /^\p{Lu}/u.test(m[0]) });
	const out: string[] = [];
	let at = 0;
	words.forEach((w, i) => {
		if (w.cap || words[i + 1]?.cap) return;
		out.push(text.slice(at, w.start), ' '.repeat(w.end - w.start));
		at = w.end;
	});
	out.push(text.slice(at));
	return out.join('');
}
