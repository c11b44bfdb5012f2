import { givenNameGender } from '../lexicon';
import { TITLES } from '../facts/gazetteer';
import type { Article, Fact } from '../types';

// Titles that tell a man or a woman: "Tsar Peter", "Queen Anne", "Mrs Ruiz".
const HIS_TITLES = new Set(
	'mr sir lord king prince tsar czar emperor duke earl baron count father brother sheikh emir'.split(
		' '
	)
);
const HER_TITLES = new Set(
	'mrs ms miss madam lady dame queen princess tsarina czarina empress duchess countess baroness sister'.split(
		' '
	)
);

/**
 * "he" or "she" as a person's name tells it: by a title that says a man or a woman ("Tsar
 * Peter", "Queen Anne"), else by the first given name, when the lists know it as one only.
 */
export function genderOfName(name: string): 'he' | 'she' | undefined {
	for (const word of name.split(/\s+/)) {
		const lower = word.toLowerCase().replace(/\.$/, '');
		if (HIS_TITLES.has(lower)) return 'he';
		if (HER_TITLES.has(lower)) return 'she';
		const g = givenNameGender(word);
		if (g === 'female') return 'she';
		if (g === 'male') return 'he';
		// a title or a rank before the given name tells nothing yet ("General Ana Ruiz")
		if (!TITLES.has(lower)) return undefined;
	}
	return undefined;
}

/** Who a sentence-initial "he"/"she"/"his"/"her" stands for, by sentence index. */
export interface Referents {
	he: (string | null)[];
	she: (string | null)[];
}

const cache = new WeakMap<Fact[], Referents>();

/**
 * Resolves the pronoun that opens a sentence only where a reader could not doubt it, and
 * leaves it unresolved otherwise (the question then shows the sentence before, or is not
 * asked). It stands for:
 * - after a paragraph break, the person the article is about (named at least three times and
 *   twice as often as anyone else);
 * - the one person the sentence before names, unless that sentence also speaks of someone by
 *   a pronoun of the same gender ("Tom Hart described her…");
 * - the person the article is about, when the sentence before names them among others;
 * - whom it stood for in the sentence before, when that one named nobody and opened with a
 *   pronoun itself; else the person the article is about.
 * A person a pronoun of one gender stood for is never taken for the other.
 */
export function referents(article: Article, facts: Fact[]): Referents {
	let out = cache.get(facts);
	if (out) return out;
	const people = new Map<number, Set<string>>();
	const count = new Map<string, number>();
	for (const f of facts) {
		if (f.kind !== 'person') continue;
		const name = f.value;
		if (!people.has(f.sentenceIndex)) people.set(f.sentenceIndex, new Set());
		people.get(f.sentenceIndex)!.add(name);
		count.set(name, (count.get(name) ?? 0) + 1);
	}
	const ranked = [...count].sort((a, b) => b[1] - a[1]);
	const main =
		ranked.length && ranked[0][1] >= 3 && ranked[0][1] >= 2 * (ranked[1]?.[1] ?? 0)
			? ranked[0][0]
			: null;
	const gender = new Map<string, 'he' | 'she'>();
	out = { he: [], she: [] };
	let previous: Record<'he' | 'she', string | null> = { he: null, she: null };
	for (const s of article.sentences) {
		const before = article.sentences[s.index - 1];
		const sameParagraph = !!before && before.paragraph === s.paragraph;
		const named = [...(people.get(s.index - 1) ?? [])];
		const opened = before ? /^(He|His|She|Her)\b/.exec(before.text)?.[1] : undefined;
		const pick = (g: 'he' | 'she'): string | null => {
			const fits = (who: string | null) =>
				!!who && (gender.get(who) ?? genderOfName(who) ?? g) === g;
			// a new paragraph about the article's person goes on about them
			if (!sameParagraph && fits(main)) return main;
			// "Tom Hart described her …": the one person named is not who the pronoun means
			const other = g === 'he' ? /\bhim\b/i : /\bher\b/i;
			const mentioned = !!before && other.test(before.text.replace(/^\S+/, ''));
			const fitting = named.filter(fits);
			// "The news came from his son-in-law, Tom Hart. He had …": one named as kin of
			// someone "his" stands for may not be whom the next "He" means; the story's main
			// person is, where it has one
			if (fitting.length === 1 && !!before && KIN_OF[g].test(before.text) && fitting[0] !== main)
				return fits(main) ? main : null;
			if (fitting.length === 1) return mentioned ? null : fitting[0];
			if (fitting.length > 1) return main && fitting.includes(main) ? main : null;
			// nobody it could stand for was named: it goes on with whom it stood for
			if ((opened || named.length) && fits(previous[g])) return previous[g];
			return fits(main) && !mentioned ? main : null;
		};
		const current = { he: pick('he'), she: pick('she') };
		out.he[s.index] = current.he;
		out.she[s.index] = current.she;
		const lead = /^(He|His|She|Her)\b/.exec(s.text);
		if (lead) {
			const g = /^(He|His)$/.test(lead[1]) ? 'he' : 'she';
			const who = current[g];
			if (who) gender.set(who, g);
			previous = { ...previous, [g]: who };
		} else previous = { he: null, she: null };
	}
	cache.set(facts, out);
	return out;
}

const KIN_WORDS =
	'(?:son|daughter|wife|husband|father|mother|brother|sister|son-in-law|daughter-in-law|father-in-law|mother-in-law|brother-in-law|sister-in-law|widow|widower|partner|fianc[ée]e?|grandson|granddaughter|nephew|niece|cousin|aide|spokesman|spokeswoman|spokesperson|lawyer|attorney|agent|manager|doctor)';
const kinOf = (possessive: string) =>
	new RegExp(`\\b${possessive}\\s+(?:\\w+\\s+)?${KIN_WORDS}\\b`, 'i');
const KIN_OF = { he: kinOf('his'), she: kinOf('her') };

/** The name for a pronoun that opens a sentence, or null when the article does not tell it. */
export function referentFor(
	refs: Referents,
	sentenceIndex: number,
	pronoun: string
): string | null {
	const p = pronoun.toLowerCase();
	if (p === 'he' || p === 'his') return refs.he[sentenceIndex] ?? null;
	if (p === 'she' || p === 'her') return refs.she[sentenceIndex] ?? null;
	return null;
}

/**
 * The prompt with its opening "He"/"She"/"His"/"Her" replaced by the name it stands for:
 * "Her father …" → "Hadid's father …". Unchanged when the article does not tell who.
 */
export function resolveStart(prompt: string, refs: Referents, sentenceIndex: number): string {
	const m = /^(He|She|His|Her)(['’]s)?\s+(\S+)/.exec(prompt);
	if (!m) return prompt;
	const name = referentFor(refs, sentenceIndex, m[1]);
	if (!name) return prompt;
	const rest = prompt.slice(m[1].length + (m[2]?.length ?? 0));
	// "He's garnered" is "he has", "She's an architect" is "she is".
	if (m[2]) return `${name} ${/(?:ed|en|wn|ne|un|ght)$/.test(m[3]) ? 'has' : 'is'}${rest}`;
	const possessive = m[1] === 'His' || m[1] === 'Her';
	const as = possessive ? `${name}${/s$/.test(name) ? '’' : '’s'}` : name;
	return as + rest;
}
