import type { Article, Fact } from '../types';
import { displayAnswer } from './answer';

/** Who a sentence-initial "he"/"she"/"his"/"her" stands for, by sentence index. */
export interface Referents {
	he: (string | null)[];
	she: (string | null)[];
}

const cache = new WeakMap<Fact[], Referents>();

/** The last word of a person's name: "Hadid" and "Zaha Hadid" are one person. */
const surname = (name: string) => name.trim().split(/\s+/).at(-1)!.toLowerCase();

/**
 * Resolves the third-person pronoun that opens a sentence, as a reader does: it continues
 * the person the text is about (the last sentence-initial person, or the one a pronoun of
 * the same gender last stood for); a pronoun of the other gender stands for another person
 * named in the sentence before, else for the last person it stood for.
 */
export function referents(article: Article, facts: Fact[]): Referents {
	let out = cache.get(facts);
	if (out) return out;
	const people = facts.filter((f) => f.kind === 'person');
	// A person is known by their full name; a surname alone is the last full name ending in it.
	const fullNames: string[] = [];
	let topic: string | null = null;
	const keyOf = (f: Fact): string => {
		const name = displayAnswer(f);
		if (/\s/.test(name.trim())) {
			if (!fullNames.includes(name)) fullNames.push(name);
			return name;
		}
		if (topic && surname(topic) === surname(name)) return topic;
		return fullNames.findLast((n) => surname(n) === surname(name)) ?? name;
	};
	const bySentence = new Map<number, Fact[]>();
	for (const f of people)
		bySentence.set(f.sentenceIndex, [...(bySentence.get(f.sentenceIndex) ?? []), f]);
	const gender = new Map<string, 'he' | 'she'>();
	const last: Record<'he' | 'she', string | null> = { he: null, she: null };
	const notGender = new Map<string, Set<'he' | 'she'>>();
	out = { he: [], she: [] };
	for (const s of article.sentences) {
		const before = (bySentence.get(s.index - 1) ?? []).map(keyOf);
		const pick = (g: 'he' | 'she'): string | null => {
			const fits = (k: string) => (gender.get(k) ?? g) === g && !notGender.get(k)?.has(g);
			if (topic && fits(topic)) return topic;
			const named = before.find((k) => k !== topic && fits(k));
			return named ?? last[g];
		};
		const he = pick('he');
		const she = pick('she');
		out.he[s.index] = he;
		out.she[s.index] = she;
		const lead = /^(He|His|She|Her)\b/.exec(s.text);
		if (lead) {
			const g = /^(He|His)$/.test(lead[1]) ? 'he' : 'she';
			const who = g === 'he' ? he : she;
			if (who) {
				gender.set(who, g);
				last[g] = who;
				topic = who;
			}
			continue;
		}
		const first = (bySentence.get(s.index) ?? []).find((f) => f.start - s.start <= 4);
		if (first) {
			const subject = keyOf(first);
			// "Zenghelis described her …": an object pronoun never stands for its own subject,
			// so it is the person the text was about, and the subject is not that gender.
			const object = /\s(her|him)\b/.exec(s.text);
			if (object && topic && topic !== subject) {
				const g = object[1] === 'her' ? 'she' : 'he';
				if (!gender.has(topic)) gender.set(topic, g);
				notGender.set(subject, new Set([...(notGender.get(subject) ?? []), g]));
				last[g] = topic;
			}
			topic = subject;
		}
	}
	cache.set(facts, out);
	return out;
}

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
