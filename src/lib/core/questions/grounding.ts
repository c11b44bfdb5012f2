/**
 * A question asked in a session of many articles must say which story it is about. "How many
 * people have been arrested since the protests began?" names nothing of its story: which
 * protests? News writing names a story's actors and places in its headline and first
 * paragraph and comes back to them; a prompt that names none of them is not grounded, and
 * shows, as its context line, the nearest sentence before it that does, or the headline.
 */
import type { BuildContext } from './context';
import { finiteVerb, isSentence } from './english/verbs';
import { firstParagraph } from './salience';
import { givesAway, normText, opensQuote, tidy, wordCount } from './text';
import type { Fact } from '../types';

/**
 * Nouns a definite description of this story rarely points back with: "the world", "the
 * time", "the first" say what they say without an earlier sentence.
 */
const NOT_ANAPHORIC = new Set(
	`world time first last same end start beginning number rest past future year years month
	week day days people public country state city government police number`.split(/\s+/)
);

/**
 * The context line a prompt needs to say what it speaks of: the sentence that brought in what
 * its opening "The …" describes, else one that says which story it is of.
 */
export function contextLine(
	prompt: string,
	answers: readonly string[],
	fact: Fact,
	ctx: BuildContext
): string | undefined {
	return (
		antecedentContext(prompt, answers, fact, ctx) ?? groundingContext(prompt, answers, fact, ctx)
	);
}

/**
 * "The guidelines cite the 2009 outbreak", "The protests began in June": a prompt that opens
 * on a definite description points back to the sentence that brought in what it describes
 * ("The WHO published guidelines for naming diseases in 2015"). That sentence, the nearest
 * one before that has the noun, is the context line; undefined when the prompt opens
 * otherwise or no sentence before names the noun.
 */
export function antecedentContext(
	prompt: string,
	answers: readonly string[],
	fact: Fact,
	ctx: BuildContext
): string | undefined {
	const head = definiteHead(prompt);
	if (!head) return undefined;
	const nouns = [stemOf(head)];
	const { sentences, headline } = ctx.article;
	for (let i = fact.sentenceIndex - 1; i >= 0 && i >= fact.sentenceIndex - 8; i--) {
		const s = sentences[i];
		if (!s || s.index === headline) continue;
		// the sentence that brings it in names it without "the" ("guidelines", "a toilet");
		// one that points back to it too ("The toilet has not been found") is no help
		const words = wordsOf(s.text);
		const at = words.flatMap((w, k) => (nouns.includes(stemOf(w.toLowerCase())) ? [k] : []));
		if (!at.length) continue;
		if (at.every((k) => definite(words, k))) continue;
		const text = tidy(s.text);
		// a prompt that already shows the sentence needs it no more
		if (prompt.includes(text.slice(0, 40))) return undefined;
		if (wordCount(text) > MAX_CONTEXT_WORDS || !isSentence(text) || opensQuote(text))
			return undefined;
		return givesAway(text, answers) ? undefined : text;
	}
	return undefined;
}

const DEFINITE = /^(?:the|this|that|these|those|its|their|his|her)$/i;

/** Is the noun at `k` told with "the" (or "its", "this"…) before it, adjectives between? */
function definite(words: readonly string[], k: number): boolean {
	for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
		if (DEFINITE.test(words[j])) return true;
		if (/^(?:a|an|some|any|new|several|many|two|three)$/i.test(words[j])) return false;
	}
	return false;
}

const FUNCTION_WORD = new Set(
	'the a an in on at of to for with by from as and or but is was were are has have had will would could can also not than'.split(
		' '
	)
);

/**
 * Does the text open on a description that points back to what no sentence before it, nor
 * the headline, names ("The action was taken after…" where the story told of a quarantine)?
 */
export function pointsBackUnshown(text: string, fact: Fact, ctx: BuildContext): boolean {
	const head = definiteHead(text);
	if (!head) return false;
	const noun = stemOf(head);
	const { sentences } = ctx.article;
	for (let i = fact.sentenceIndex - 1; i >= 0; i--)
		if (wordsOf(sentences[i]?.text ?? '').some((w) => stemOf(w.toLowerCase()) === noun))
			return false;
	return true;
}

/** The words of a text, hyphens and apostrophes kept inside them. */
function wordsOf(text: string): string[] {
	return text.split(/[^\p{L}'’-]+/u).filter(Boolean);
}

/** The noun a prompt's opening "The …" describes: "The guidelines cite" → "guidelines". */
function definiteHead(prompt: string): string | undefined {
	const m = /^The\s+(\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,2})(['’])?/u.exec(prompt.trim());
	if (!m || m[2]) return undefined;
	const words = m[1].split(/\s+/);
	let head = words[0];
	for (const w of words.slice(1)) {
		// a plural noun ends the phrase: "the guidelines cite", "the protests began"
		if (FUNCTION_WORD.has(w) || finiteVerb(w) || /[^s]s$/.test(head)) break;
		head = w;
	}
	if (/['’]$/.test(head) || head.length < 4 || NOT_ANAPHORIC.has(head)) return undefined;
	return head;
}

/** "guidelines" and "guideline", "protests" and "protest": one noun. */
function stemOf(w: string): string {
	return w.replace(/(?:ies)$/, 'y').replace(/(?<=[^s])s$/, '');
}

/** A context line longer than this is a paragraph to read. */
const MAX_CONTEXT_WORDS = 40;

const NAMES = new Set(['person', 'organisation', 'place']);

const cache = new WeakMap<readonly Fact[], string[]>();

/**
 * The names a story is about, normalised: every person, body and place its headline or first
 * paragraph names, or that it names three times or more, in every form the story gives.
 */
export function anchors(ctx: BuildContext): string[] {
	const known = cache.get(ctx.facts);
	if (known) return known;
	const { article, facts } = ctx;
	const lead = firstParagraph(article);
	const top = (f: Fact) =>
		f.sentenceIndex === article.headline || article.sentences[f.sentenceIndex]?.paragraph === lead;
	const count = new Map<string, number>();
	const named = facts.filter((f) => NAMES.has(f.kind));
	for (const f of named) count.set(normText(f.value), (count.get(normText(f.value)) ?? 0) + 1);
	const values = new Set(
		named
			.filter((f) => top(f) || (count.get(normText(f.value)) ?? 0) >= 3)
			.map((f) => normText(f.value))
	);
	const out = new Set<string>();
	for (const f of named)
		if (values.has(normText(f.value)))
			for (const form of [f.text, f.value, ...(f.aliases ?? [])]) {
				const n = normText(form);
				if (n.length > 2) out.add(n);
			}
	const list = [...out];
	cache.set(ctx.facts, list);
	return list;
}

/** Does the text name one of the story's names, other than the answer's? */
export function isGrounded(text: string, answers: readonly string[], ctx: BuildContext): boolean {
	const t = ` ${normText(text)} `;
	const given = answers.map(normText).filter(Boolean);
	return anchors(ctx).some(
		(a) => t.includes(` ${a} `) && !given.some((g) => g.includes(a) || a.includes(g))
	);
}

/**
 * The context line a prompt that names none of the story's names needs: the nearest sentence
 * before it, in its paragraph, that names one, else the first sentence of the story, else
 * the headline; never one that gives the answer away or is too long to read. Undefined when there is none, or
 * when the story has no names to ground it.
 */
export function groundingContext(
	prompt: string,
	answers: readonly string[],
	fact: Fact,
	ctx: BuildContext
): string | undefined {
	if (!anchors(ctx).length || isGrounded(prompt, answers, ctx)) return undefined;
	const { sentences, headline } = ctx.article;
	const own = sentences[fact.sentenceIndex];
	if (!own) return undefined;
	const candidates = sentences
		.slice(0, fact.sentenceIndex)
		.filter((s) => s.paragraph === own.paragraph && s.index !== headline)
		.reverse();
	const first = sentences.find((s) => s.index !== headline);
	if (first && first.index < fact.sentenceIndex && !candidates.includes(first))
		candidates.push(first);
	for (const s of candidates) {
		const text = tidy(s.text);
		if (wordCount(text) > MAX_CONTEXT_WORDS || !isSentence(text)) continue;
		// quoted words tell someone's view, not which story this is
		if (opensQuote(text)) continue;
		if (!isGrounded(text, answers, ctx) || givesAway(text, answers)) continue;
		return text;
	}
	// else the headline, which says in a few words what the story is about
	const title = headline === undefined ? undefined : sentences[headline]?.text.trim();
	if (title && isGrounded(title, answers, ctx) && !givesAway(title, answers)) return title;
	return undefined;
}
