import type { Fact, Question } from '../../types';
import type { BuildContext } from '../context';
import { findCity, findCountry } from '../../lexicon';
import { wordClasses } from '../../names/word-classes';
import { firstParagraph } from '../salience';
import { insideQuote } from '../stem';
import { normText } from '../text';

/** A question's features, by name: what the worth model weighs. */
export type Features = Record<string, number>;

// Words that point to someone or something the prompt may not name.
const PRONOUN = /\b(?:he|she|they|it|him|his|her|them|their|its|this|that|these|those)\b/gi;

/** A place most learners know without the article: a country or a city of a million. */
function famous(f: Fact): boolean {
	if (f.kind !== 'place') return false;
	if (findCountry(f.text)) return true;
	return (findCity(f.text)?.population ?? 0) >= 1000;
}

/** A name English's common lexicon holds ("NASA", "Twitter", "London"): known without the article. */
function known(f: Fact): boolean {
	if (f.kind !== 'organisation' && f.kind !== 'place') return false;
	const names = [f.text, f.value].map((n) => n.replace(/^the\s+/i, '').toLowerCase());
	return names.some((n) => wordClasses(n).some((c) => KNOWN_CLASSES.has(c)));
}

const KNOWN_CLASSES = new Set(['org', 'city', 'country', 'place', 'region']);

// Reported speech: a sentence that only says who said what ("…, she told reporters").
const ATTRIBUTION = /\b(?:said|says|told|tells|according to|added|wrote|stated|explained)\b/i;

/**
 * What a reader of news weighs when asking whether a question is worth asking: what kind of
 * fact it asks, where the story puts it (headline, first paragraph, how far down the
 * inverted pyramid), how often the story comes back to it, whether it stands in quoted words
 * or brackets, and how the question is put (its type, a typed label, a context line, a
 * question word, choices the article does not name).
 */
export function questionFeatures(
	q: Question,
	ctx: BuildContext,
	mentions: Map<string, number>
): Features {
	const byId = new Map(ctx.facts.map((f) => [f.id, f]));
	const facts = q.factIds.map((id) => byId.get(id)).filter((f): f is Fact => !!f);
	const f = facts[0];
	const out: Features = { [`type:${q.type}`]: 1 };
	if (!f) return out;
	const article = ctx.article;
	const sentence = article.sentences[f.sentenceIndex];
	const body = article.sentences.filter((s) => s.index !== article.headline);
	const bodyAt = body.findIndex((s) => s.index === f.sentenceIndex);
	out[`kind:${f.kind}`] = 1;
	if (f.detail) out[`detail:${f.kind}:${f.detail}`] = 1;
	const many = Math.log2(1 + (mentions.get(factKey(f)) ?? 1));
	out.mentions = many;
	out[`mentions:${q.type}`] = many;
	out.inHeadline = headlineNames(ctx, f) ? 1 : 0;
	out.headlineOverlap = overlap(f.sentence, headlineOf(ctx));
	out.firstParagraph = sentence && sentence.paragraph === firstParagraph(article) ? 1 : 0;
	out.position = body.length > 1 && bodyAt >= 0 ? bodyAt / (body.length - 1) : 0;
	out.firstSentence = bodyAt === 0 ? 1 : 0;
	out[`position:${f.kind}`] = out.position;
	out[`firstParagraph:${f.kind}`] = out.firstParagraph;
	out.centrality = centrality(f.sentence, wordCounts(article.text));
	const neighbours = ctx.facts.filter((g) => g.sentenceIndex === f.sentenceIndex && g !== f);
	out.neighbourMentions = Math.log2(
		1 + Math.max(0, ...neighbours.map((g) => mentions.get(factKey(g)) ?? 1))
	);
	const at = f.start - (sentence?.start ?? 0);
	const text = f.sentence;
	out.quoted = insideQuote(text, Math.max(0, at)) ? 1 : 0;
	out.hasQuote = /["“”]/.test(text) ? 1 : 0;
	out.bracketed = /\([^)]*$/.test(text.slice(0, Math.max(0, at))) ? 1 : 0;
	out.attribution = ATTRIBUTION.test(text) ? 1 : 0;
	out.sentenceWords = Math.min(words(text), 60) / 30;
	out.factsInSentence = Math.log2(
		ctx.facts.filter((g) => g.sentenceIndex === f.sentenceIndex).length
	);
	if (f.kind === 'figure') {
		out.counts = f.figure?.counts ? 1 : 0;
		out.unit = f.figure?.unit ? 1 : 0;
		out.money = /[$€£¥]|dollar|euro|pound|yuan|rupee/i.test(f.figure?.unit ?? '') ? 1 : 0;
		out.percent = f.figure?.unit === '%' ? 1 : 0;
	}
	if (f.kind === 'date') {
		out[`granularity:${f.date?.granularity ?? 'none'}`] = 1;
		// news is of its latest days: an earlier year is background ("first held in 1994")
		const latest = Math.max(0, ...ctx.facts.map((g) => g.date?.year ?? 0));
		const year = f.date?.year;
		if (year && latest) out.yearsBefore = Math.log2(1 + Math.max(0, latest - year));
	}
	if (f.kind === 'figure' && f.figure?.counts)
		out.countsInHeadline = overlap(f.figure.counts, headlineOf(ctx)) > 0 ? 1 : 0;
	if (f.kind === 'person') out.role = f.role ? 1 : 0;
	out.aliases = f.aliases?.length ? 1 : 0;
	out.answerWords = Math.min(words(f.text), 6) / 3;
	out.promptWords = Math.min(words(q.prompt), 60) / 30;
	out.question = /\?\s*$/.test(q.prompt) ? 1 : 0;
	out.context = q.context ? 1 : 0;
	out.hint = q.hint ? 1 : 0;
	out.pronouns = Math.min(3, (q.prompt.match(PRONOUN) ?? []).length);
	out.famous = famous(f) ? 1 : 0;
	out[`known:${f.kind}`] = known(f) ? 1 : 0;
	out.blankFirst = /^\W*_____/.test(q.prompt) ? 1 : 0;
	if (q.type === 'multiple-choice') {
		const own = normText(article.text);
		const foreign = q.choices.filter((c) => !own.includes(normText(c))).length;
		out.foreignChoices = foreign / q.choices.length;
	}
	if (facts.length > 1) out.facts = Math.log2(facts.length);
	return out;
}

/** The key facts of one value share, for counting how often the story names it. */
export function factKey(f: Fact): string {
	return `${f.kind}|${normText(f.value || f.text)}`;
}

export function mentionCounts(facts: readonly Fact[]): Map<string, number> {
	const out = new Map<string, number>();
	for (const f of facts) out.set(factKey(f), (out.get(factKey(f)) ?? 0) + 1);
	return out;
}

function headlineNames(ctx: BuildContext, f: Fact): boolean {
	const h = ctx.article.headline;
	if (h === undefined) return false;
	const key = factKey(f);
	return ctx.facts.some((g) => g.sentenceIndex === h && factKey(g) === key);
}

const counted = new Map<string, Map<string, number>>();

/** How often each longer word occurs in the text (cached per text). */
function wordCounts(text: string): Map<string, number> {
	const known = counted.get(text);
	if (known) return known;
	const out = new Map<string, number>();
	for (const w of normText(text).split(' ')) if (w.length > 3) out.set(w, (out.get(w) ?? 0) + 1);
	if (counted.size > 8) counted.clear();
	counted.set(text, out);
	return out;
}

/**
 * How central a sentence is to the story: the mean log frequency, in the whole article, of
 * its longer words. A sentence on the story's subject repeats the story's words.
 */
function centrality(sentence: string, counts: Map<string, number>): number {
	const ws = normText(sentence)
		.split(' ')
		.filter((w) => w.length > 3);
	if (!ws.length) return 0;
	return ws.reduce((sum, w) => sum + Math.log2(counts.get(w) ?? 1), 0) / ws.length;
}

function headlineOf(ctx: BuildContext): string {
	const h = ctx.article.headline;
	return h === undefined ? '' : (ctx.article.sentences[h]?.text ?? '');
}

/** The share of the headline's longer words the sentence repeats: how near it is the story's point. */
function overlap(sentence: string, headline: string): number {
	const long = (t: string) =>
		new Set(
			normText(t)
				.split(' ')
				.filter((w) => w.length > 3)
		);
	const head = long(headline);
	if (!head.size) return 0;
	const own = long(sentence);
	let shared = 0;
	for (const w of head) if (own.has(w)) shared++;
	return shared / head.size;
}

function words(s: string): number {
	return s.split(/\s+/).filter(Boolean).length;
}
