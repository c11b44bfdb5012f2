import nlp from 'compromise/two';
import { memo } from '../../memo';

/** How a finite verb is turned into a question: inverted itself, or with "do". */
export interface Finite {
	/** The word as written. */
	word: string;
	/** An auxiliary or copula inverts ("was … born"); any other verb takes do-support. */
	auxiliary: boolean;
	/** For do-support: "did", "does" or "do", and the verb's base form. */
	support?: 'did' | 'does' | 'do';
	base?: string;
}

/** The closed class of English auxiliaries and copulas: they move before the subject. */
const AUXILIARIES = new Set(
	'is are was were has have had will would can could may might must should shall'.split(' ')
);

type Lexicon = Record<string, string | string[] | undefined>;
type ToInfinitive = (word: string, model: unknown, tense: string) => string;

interface Grammar {
	lexicon: Lexicon;
	toInfinitive: ToInfinitive;
	model: unknown;
}

let grammar: Grammar | null | undefined;

/** compromise's lexicon and conjugator, read once: tagging whole sentences costs too much. */
function load(): Grammar | null {
	if (grammar === undefined) {
		try {
			const world = nlp.world() as unknown as {
				model: { one: { lexicon: Lexicon } };
				methods: { two: { transform: { verb: { toInfinitive: ToInfinitive } } } };
			};
			grammar = {
				lexicon: world.model.one.lexicon,
				toInfinitive: world.methods.two.transform.verb.toInfinitive,
				model: world.model
			};
		} catch {
			grammar = null;
		}
	}
	return grammar;
}

function tags(word: string): string[] {
	const t = load()?.lexicon[word];
	return t === undefined ? [] : Array.isArray(t) ? t : [t];
}

const NOUN_TAGS = new Set(['Noun', 'Singular', 'Plural', 'Uncountable', 'Actor']);

/**
 * A lower-case word that reads as a noun and never as a verb: "lawyer", "family", "region".
 * A word compromise's lexicon does not know is taken for a noun, as the lexicon holds the
 * closed classes and the common verbs; one in "-ed" or known as an adjective ("closed", "left")
 * may be a verb's past.
 */
export function isNounWord(word: string): boolean {
	if (!/^\p{Ll}{3,}$/u.test(word) || /ed$/.test(word) || finiteVerb(word)) return false;
	return tags(word).every((t) => NOUN_TAGS.has(t));
}

export const isAdverb = (word: string) => {
	const w = word.toLowerCase();
	return /^[a-z]{3,}ly$/.test(w) || tags(w).includes('Adverb');
};

/**
 * The word as a finite verb after a singular subject, or null: an auxiliary, a past tense
 * ("announced", "fled") or a third-person present ("holds"). `object` says a noun phrase
 * follows, which settles "holds" between a verb and a plural noun.
 */
export function finiteVerb(word: string, objectFollows = false): Finite | null {
	return (objectFollows ? readBeforeObject : readAlone)(word);
}

const readAlone = memo((word: string) => read(word, false));
const readBeforeObject = memo((word: string) => read(word, true));

function read(word: string, objectFollows: boolean): Finite | null {
	const w = word.toLowerCase();
	if (!/^[a-z]+$/.test(w) || word !== w) return null;
	if (AUXILIARIES.has(w)) return { word, auxiliary: true };
	const g = load();
	if (!g) return null;
	const t = tags(w);
	const past = t.includes('PastTense') || (!t.length && /[^e]ed$|[^aeiou]ied$|eed$/.test(w));
	const present =
		t.includes('PresentTense') || (objectFollows && t.includes('Plural') && /[^s]s$/.test(w));
	if (!past && !present) return null;
	let base: string;
	try {
		base = g.toInfinitive(w, g.model, past ? 'PastTense' : 'PresentTense');
	} catch {
		return null;
	}
	if (!base || base === w || !/^[a-z]+$/.test(base)) return null;
	return { word, auxiliary: false, support: past ? 'did' : 'does', base };
}

const VERB_TAGS = ['PastTense', 'PresentTense', 'Infinitive', 'Copula', 'Modal', 'Auxiliary'];

/** Could this lower-case word be the verb of a clause? Gerunds alone make no sentence. */
const mayBeVerb = memo((w: string) => {
	if (AUXILIARIES.has(w) || SAME_PAST.has(w)) return true;
	const t = tags(w);
	// "pointed", "observed": a past tense the lexicon lists as an adjective is still a verb form.
	return t.some((tag) => VERB_TAGS.includes(tag)) || (w.length > 4 && /ed$/.test(w));
});

/** Does the text end as a sentence does: a stop, question or exclamation mark, maybe quoted? */
export const endsSentence = (text: string) => /[.!?]["”’)\]]*$/.test(text.trim());

/** "fans pose", "they stand": a present-tense verb the lexicon knows only as a noun. */
function presentAfter(prev: string, w: string): boolean {
	const p = prev.toLowerCase();
	const plural = /^(?:they|we|you|i|people)$/.test(p) || /[^s']s$/.test(p);
	return plural && tags(w).includes('Singular');
}

/**
 * Is this text a sentence, not a caption, a list item or a headline? It ends on a full
 * stop, a question or exclamation mark, and has a word that can be its verb ("Jane Roe as
 * the Queen" and "Cup winners and their coach" are captions).
 */
export function isSentence(text: string): boolean {
	return endsSentence(text.trim()) && hasVerbWord(text.trim(), false);
}

/**
 * Does the clause have a word that can be its finite verb: not one after "to" ("a player to
 * have"), nor the last part of a compound ("a four-hit game"), but "co-founded" as "founded"?
 */
export function hasFiniteVerb(text: string): boolean {
	return hasVerbWord(text, true);
}

/**
 * A word that can be a verb: leniently, any one ("co-founded" as "founded", "a four-hit game"
 * as "hit"); strictly, none after "to" nor the last part of a compound other than a verb
 * with a prefix ("co-founded", "re-elected").
 */
function hasVerbWord(text: string, strict: boolean): boolean {
	let prev = '';
	for (const m of text.matchAll(/(?<![\p{L}'’])\p{L}+(?:-\p{L}+)*(?![\p{L}'’])/gu)) {
		const parts = m[0].split('-');
		const last = parts.at(-1)!;
		const w = !strict || parts.length === 1 || VERB_PREFIX.test(parts[0]) ? last : '';
		if (
			w &&
			w === w.toLowerCase() &&
			!(strict && prev === 'to') &&
			(mayBeVerb(w) || presentAfter(prev, w))
		)
			return true;
		prev = strict ? m[0].toLowerCase() : last;
	}
	return false;
}

const VERB_PREFIX = /^(?:co|re|pre|un|over|under|out|mis|de|cross|double|fast|short)$/i;

/** Irregular verbs whose past is their base form: the lexicon lists most of them as nouns. */
const SAME_PAST = new Set(
	'hit put set cut let hurt cost quit spread shut beat bet cast burst split bid broadcast forecast upset thrust shed slit'.split(
		' '
	)
);
