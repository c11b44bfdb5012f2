/**
 * A question asked in a session of many articles must say which story it is about. "How many
 * people have been arrested since the protests began?" names nothing of its story: which
 * protests? News writing names a story's actors and places in its headline and first
 * paragraph and comes back to them; a prompt that names none of them is not grounded, and
 * shows, as its context line, the nearest sentence before it that does, or the headline.
 */
import type { BuildContext } from './context';
import { isSentence } from './english/verbs';
import { firstParagraph } from './salience';
import { givesAway, normText, tidy, wordCount } from './text';
import type { Fact } from '../types';

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
		if (/^\s*["“‘]/.test(text)) continue;
		if (!isGrounded(text, answers, ctx) || givesAway(text, answers)) continue;
		return text;
	}
	// else the headline, which says in a few words what the story is about
	const title = headline === undefined ? undefined : sentences[headline]?.text.trim();
	if (title && isGrounded(title, answers, ctx) && !givesAway(title, answers)) return title;
	return undefined;
}
