import { isCapitalised } from './shape';

/**
 * What the whole document says about a word, before any tagging: a capitalised word that
 * also appears in lower case is likely a common word; one capitalised mid-sentence is a name.
 */
export interface DocumentStats {
	lowerSeen: Set<string>;
	capitalisedMidSentence: Set<string>;
}

export function documentStats(sentences: readonly (readonly string[])[]): DocumentStats {
	const lowerSeen = new Set<string>();
	const capitalisedMidSentence = new Set<string>();
	for (const words of sentences) {
		words.forEach((w, i) => {
			if (/^\p{Ll}/u.test(w)) lowerSeen.add(w);
			else if (i > 0 && isCapitalised(w) && !isQuoteOrBracket(words[i - 1]))
				capitalisedMidSentence.add(w);
		});
	}
	return { lowerSeen, capitalisedMidSentence };
}

function isQuoteOrBracket(w: string): boolean {
	return /^["“”'‘’([:—–-]+$/u.test(w);
}

/** How capitalised words were tagged earlier in the same document (by the tagger itself). */
export class DocumentMemory {
	private readonly seen = new Map<string, string>();

	/** The label the word last had, "O" if it was seen outside a name, undefined if never. */
	recall(word: string): string | undefined {
		return this.seen.get(word);
	}

	remember(words: readonly string[], tags: readonly string[]): void {
		words.forEach((w, i) => {
			if (!isCapitalised(w) || w.length < 2) return;
			const tag = tags[i];
			if (tag === 'O') {
				if (i > 0) this.seen.set(w, 'O');
			} else this.seen.set(w, tag.slice(2));
		});
	}
}
