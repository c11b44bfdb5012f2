import { findNumber, TENS, UNITS } from '../lexical/numbers';
import { isGivenName } from '../lexicon';
import { SHARED_NAME_ADJECTIVES } from '../lexical/adjectives';
import { memo } from '../memo';
import { finiteVerb } from './english/verbs';

/** The blank a fill-in prompt leaves for its answer. */
export const BLANK = '_____';

const normalised = memo(normalise, 20000);

/** Normalised as the deck checks compare text: case, punctuation and small words dropped. */
export function normText(s: string): string {
	return normalised(String(s ?? ''));
}

function normalise(s: string): string {
	return s
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[’‘`]/g, "'")
		.replace(/'s\b/g, '')
		.replace(/[^\p{L}\p{N}.%]+/gu, ' ')
		.replace(/(^|\s)(the|on|in|at|of|since|by)(?=\s)/g, ' ')
		.replace(/\.(?=\s|$)/g, '')
		.trim()
		.replace(/\s+/g, ' ');
}

const STOP = new Set(
	'the a an and or of in on at to for by with from that this than then their its his her was were has have had been be is are as about over under nearly some more most less into after before since during says said one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion billions trillion dozen dozens'.split(
		' '
	)
);

/** Words of an answer that would give it away if the prompt held them. */
function tellingWords(answer: string): string[] {
	return (
		normText(answer)
			.split(' ')
			// A given name is shared by many people: "Harry Kane" in the prompt tells nothing of
			// "Harry Maguire".
			.filter(
				(w) =>
					w.length > 3 &&
					!STOP.has(w) &&
					!SHARED_NAME_ADJECTIVES.has(w) &&
					!/^\d/.test(w) &&
					!isGivenName(w)
			)
	);
}

/**
 * Does the prompt give the answer away: the answer itself, a telling word of it longer
 * than three letters, an acronym of it, or the same number written another way?
 */
export function givesAway(prompt: string, answers: readonly string[]): boolean {
	const p = normText(prompt);
	const words = new Set(p.split(' '));
	const numbers = numbersIn(prompt);
	for (const answer of answers) {
		const a = normText(answer);
		if (!a) continue;
		if (a.length > 3 && p.includes(a)) return true;
		if (words.has(a)) return true;
		if (tellingWords(answer).some((w) => words.has(w))) return true;
		// "the Myanma embassy" for Myanmar, "Syrian" for Syria: a word made from the name.
		if (sharesStem(answer, prompt)) return true;
		// "9" in "Falcon 9" gives away "nine" as much as "9"
		const n = /\d/.test(answer) ? findNumber(answer) : countInWords(answer);
		if (n && numbers.includes(n.value)) return true;
		if (spellsOut(answer, prompt)) return true;
		const count = leadingCount(answer);
		if (count >= 2 && listedAfterBlank(prompt) === count) return true;
	}
	return false;
}

/**
 * "So far _____ countries, Sierra Leone, Liberia and Nigeria, have …": how many names the
 * words right after a blank list, which tells how many there are; 0 when they list none.
 */
const NOUN_BEFORE = /^(?:the|a|an|of|in|on|off|at|to|from|by|for|with|its|their|his|her)$/i;

export function listedAfterBlank(prompt: string): number {
	const at = prompt.indexOf(BLANK);
	if (at < 0) return 0;
	const after = prompt.slice(at + BLANK.length);
	// (none when the answer holds what is counted: "_____, Kelby, Harlow and Dunmore" for "3 towns")
	const m = /^(?:\s+(?:[\p{L}'’.-]+\s+){0,11}?[\p{L}'’.-]+)?\s*(?:[,:;(]|\s[—–-])\s*/u.exec(after);
	// the words between name what is counted ("countries"), with no verb: "ministers met in
	// Paris, London and Rome" lists where, not who
	// ("the slopes": a word after a determiner or preposition is a noun)
	const words = m?.[0].split(/\s+/) ?? [];
	if (
		!m ||
		words.some(
			(w, i) => /^\p{Ll}/u.test(w) && finiteVerb(w) && !NOUN_BEFORE.test(words[i - 1] ?? '')
		)
	)
		return 0;
	let count = 0;
	const rest = after.slice(m[0].length);
	for (const item of rest.split(/\s*(?:[,;]|\s[—–]\s|\band\b|\bor\b)\s*/)) {
		if (!item) continue;
		// a name, or a species by its genus and epithet ("Porites cylindrica")
		const binomial = /^\p{Lu}\p{Ll}+\s+(\p{Ll}+)[.)]?$/u.exec(item);
		if (
			!/^(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}[.)]?$/u.test(item) &&
			!(binomial && !finiteVerb(binomial[1]))
		)
			break;
		count++;
	}
	return count >= 2 ? count : 0;
}

const LINKING = /^(?:of|the|for|and|on|in|de|du|des|la|le|del|di|&)$/i;

/**
 * Does the text spell out the acronym, with capitalised words whose first letters make it
 * ("the Alliance for the Re-liberation of Somalia" for ARS, "European Court of Justice" for
 * ECJ)? Words between them such as "of" and "the" are not counted.
 */
export function spellsOut(acronym: string, text: string): boolean {
	const letters = acronym.replace(/\./g, '');
	if (!/^\p{Lu}{2,6}$/u.test(letters)) return false;
	const words = text.split(/[\s/]+/).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}-]+$/gu, ''));
	for (let i = 0; i < words.length; i++) {
		let k = 0;
		for (let j = i; j < words.length && k < letters.length; j++) {
			const w = words[j];
			if (!w) break;
			if (k > 0 && LINKING.test(w)) continue;
			if (!/^\p{Lu}/u.test(w) || w[0] !== letters[k]) break;
			k++;
		}
		if (k === letters.length) return true;
	}
	return false;
}

/**
 * A capitalised word of the prompt made from a word of the answer: the same first five
 * letters ("Syrian" for Syria), or four and a nationality ending ("Norwegian" for Norway).
 */
function sharesStem(answer: string, prompt: string): boolean {
	const stems = answer
		.split(/\s+/)
		.filter(
			(w) =>
				/^\p{Lu}\p{Ll}{3,}/u.test(w) && !isGivenName(w) && !SHARED_NAME_ADJECTIVES.has(normText(w))
		)
		.map((w) => normText(w));
	if (!stems.length) return false;
	for (const m of prompt.matchAll(/\p{Lu}\p{Ll}{3,}/gu)) {
		const w = m[0].toLowerCase();
		const made = (s: string) =>
			w !== s &&
			(w.slice(0, 5) === s.slice(0, 5) ||
				(w.slice(0, 4) === s.slice(0, 4) && /(?:an|ese|ish|ic|i)s?$/.test(w)));
		if (stems.some(made)) return true;
	}
	return false;
}

/** "nine", "forty-two", "two hundred": an answer that is a count of two or more in words. */
function countInWords(answer: string): { value: number } | null {
	const m = answer.trim().match(NUMBER_WORDS);
	if (!m || m[0].length !== answer.trim().length) return null;
	return findNumber(m[0].toLowerCase());
}

/** The number an answer opens with, in digits or words ("3 towns", "three towns"), else 0. */
function leadingCount(answer: string): number {
	const m = /^\s*(\d[\d,]*)\b/.exec(answer) ?? LEADING_NUMBER_WORDS.exec(answer);
	return m ? (findNumber(m[0].trim().toLowerCase())?.value ?? 0) : 0;
}

function numbersIn(text: string): number[] {
	const out: number[] = [];
	const re = /\d[\d,.]*(?:\s?(?:thousand|million|billion|bn|m|k)\b)?/gi;
	for (const m of text.matchAll(re)) {
		const n = findNumber(m[0]);
		if (n) out.push(n.value);
	}
	// "Four Israelis killed" gives away 4, "two hundred" 200
	for (const m of text.matchAll(NUMBER_WORDS)) {
		const n = findNumber(m[0].toLowerCase());
		if (n) out.push(n.value);
	}
	return out;
}

const WORD = `(?:${[...UNITS.slice(2), ...TENS.slice(2)].join('|')})`;
const NUMBER_WORDS = new RegExp(
	`\\b${WORD}(?:[\\s-]+(?:${WORD}|hundred|thousand|million|billion))*\\b`,
	'gi'
);
const LEADING_NUMBER_WORDS = new RegExp(`^\\s*${NUMBER_WORDS.source}`, 'i');

/** Repairs glitches of scraped or translated text that a reader would trip over. */
export const tidy: (text: string) => string = memo(repair);

function repair(text: string): string {
	let s = text
		.replace(/\bthe(?=[A-Z][a-z])/g, 'the ')
		// A lone lower-case "i" is never English: a word left over from a translation.
		.replace(/(^|\s)i(?=\s)/g, '$1')
		.replace(/([.,;:!?])(?=[“"][A-Za-z])/g, '$1 ')
		.replace(/([.,;:!?][”"])(?=[A-Za-z])/g, '$1 ')
		.replace(/\s+/g, ' ')
		.trim();
	s = balanceQuotes(s);
	return s
		.replace(/\s+([,.;:!?])/g, '$1')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * A quotation that runs over several sentences opens in one and closes in a later one: a
 * sentence shown alone gets the missing mark at its start or end, so it still reads as
 * speech. Straight and curly marks pair alike ("…” is one quotation); a mark glued to the
 * wrong side of a word ("Intelligence“ based") is no quote and goes.
 */
function balanceQuotes(s: string): string {
	const marks: { at: number; open: boolean }[] = [];
	const drop = new Set<number>();
	for (let i = 0; i < s.length; i++) {
		const c = s[i];
		if (c !== '“' && c !== '”' && c !== '"') continue;
		const wordAfter = /[\p{L}\p{N}_‘'(]/u.test(s[i + 1] ?? '');
		const wordBefore = /[\p{L}\p{N}_.,!?’)]/u.test(s[i - 1] ?? '');
		if (c === '“' && (!wordAfter || /\p{L}/u.test(s[i - 1] ?? ''))) drop.add(i);
		else if (c === '”' && !wordBefore) drop.add(i);
		else marks.push({ at: i, open: c === '“' || (c === '"' && wordAfter && !wordBefore) });
	}
	let inside = false;
	let closesFirst: string | null = null;
	let opensLast: string | null = null;
	for (const m of marks) {
		if (m.open && inside) drop.add(m.at);
		else if (m.open) {
			inside = true;
			opensLast = s[m.at];
		} else if (inside) {
			inside = false;
			opensLast = null;
		} else if (closesFirst === null && m === marks[0]) closesFirst = s[m.at];
		else drop.add(m.at);
	}
	let out = drop.size ? [...s].map((c, i) => (drop.has(i) ? ' ' : c)).join('') : s;
	if (inside && opensLast) out = `${out.trimEnd()}${opensLast === '“' ? '”' : '"'}`;
	if (closesFirst) out = `${closesFirst === '”' ? '“' : '"'}${out.trimStart()}`;
	return out;
}

export const wordCount = (s: string) =>
	s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Upper-cases the first letter, for a clause moved to the start of a sentence. */
export const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * A sentence that is a quotation and nothing else: it does not say who spoke, and words
 * out of an unnamed mouth are no fact to learn.
 */
/** Does the text open with a quotation mark: quoted words, someone's view? */
export const opensQuote = (text: string) => /^\s*["“‘]/.test(text);

export function isBareQuote(sentence: string): boolean {
	const t = sentence.trim();
	if (!/^["“]/.test(t) || !/["”][)\]]?$/.test(t.replace(/[.!?]$/, ''))) return false;
	const inner = t.slice(1, -1);
	// `…," she said. "…` names the speaker between two parts of the quotation
	return !/["”]\s*,?\s*\p{Ll}|[,.]["”]\s+\p{L}/u.test(inner);
}

/** The words of four letters or more, normalised: the ones that say what a text is about. */
export function longWords(text: string): string[] {
	return normText(text)
		.split(' ')
		.filter((w) => w.length > 3);
}

/** The share of the headline's longer words the sentence repeats: how near it is the story's point. */
export function overlap(sentence: string, headline: string): number {
	const head = new Set(longWords(headline));
	if (!head.size) return 0;
	const own = new Set(longWords(sentence));
	let shared = 0;
	for (const w of head) if (own.has(w)) shared++;
	return shared / head.size;
}

/** A string to match as written inside a regular expression. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
