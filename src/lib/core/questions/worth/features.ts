import type { Fact, Question } from '../../types';
import type { BuildContext } from '../context';
import { wordClasses } from '../../names/word-classes';
import { famousPlace } from '../obvious';
import { groundingContext, isGrounded } from '../grounding';
import { factKey, firstParagraph, mentionCounts, topParagraphs } from '../salience';
import { insideQuote } from '../stem';
import { longWords, normText, overlap } from '../text';

/** A question's features, by name: what the worth model weighs. */
export type Features = Record<string, number>;

// Words that point to someone or something the prompt may not name.
const PRONOUN = /\b(?:he|she|they|it|him|his|her|them|their|its|this|that|these|those)\b/gi;

/** A name English's common lexicon holds ("NASA", "Twitter", "London"): known without the article. */
function known(f: Fact): boolean {
	if (f.kind !== 'organisation' && f.kind !== 'place') return false;
	const names = [f.text, f.value].map((n) => n.replace(/^the\s+/i, '').toLowerCase());
	return names.some((n) => wordClasses(n).some((c) => KNOWN_CLASSES.has(c)));
}

const KNOWN_CLASSES = new Set(['org', 'city', 'country', 'place', 'region']);

// Reported speech: a sentence that only says who said what ("…, she told reporters").
const ATTRIBUTION = /\b(?:said|says|told|tells|according to|added|wrote|stated|explained)\b/i;

/** What every question of one article reads, worked out once for the article. */
export interface ArticleView {
	ctx: BuildContext;
	byId: Map<string, Fact>;
	/** How often the story names each value, by `factKey`. */
	mentions: Map<string, number>;
	/** The place of each sentence below the headline, by sentence index, and their number. */
	bodyAt: Map<number, number>;
	bodyLength: number;
	factsIn: Map<number, Fact[]>;
	firstParagraph: number | undefined;
	headline: string;
	/** The values the headline names, by `factKey`. */
	headlineKeys: Set<string>;
	/** The values the first paragraph names, by `factKey`. */
	leadKeys: Set<string>;
	/** The first two paragraphs below the headline: the lead and the paragraph that goes on with it. */
	topParagraphs: Set<number>;
	/** Is it news: does its lead tell of the days around it (see `NEWS_TIME`)? */
	news: boolean;
	/** The latest year any date of the story has (0 if none). */
	latestYear: number;
	/** The longer words of the lead, the paragraph that tells the story's point. */
	leadWords: Set<string>;
	/** How often each longer word occurs in the article. */
	wordCounts: Map<string, number>;
	/** The article's text, normalised, to find choices it names. */
	normalised: string;
}

/**
 * A lead of news anchors its event in the days around it ("on Tuesday", "yesterday", "this
 * morning") or tells it as news in the present perfect ("has died", "have agreed").
 */
const NEWS_TIME =
	/\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|(?:last|this)\s+(?:week|month|weekend)|this\s+(?:morning|afternoon|evening)|last\s+night|(?:has|have)\s+(?:(?:\p{L}+ly|not|also|just|now|already)\s+)?(?:been\s+)?(?:\p{L}+(?:ed|en|wn)|won|said|found|lost|made|left|met|held|told|sold|led|hit|struck|begun|become|come))\b/iu;

export function articleView(ctx: BuildContext): ArticleView {
	const { article, facts } = ctx;
	const body = article.sentences.filter((s) => s.index !== article.headline);
	const factsIn = new Map<number, Fact[]>();
	for (const f of facts) factsIn.set(f.sentenceIndex, [...(factsIn.get(f.sentenceIndex) ?? []), f]);
	const wordCounts = new Map<string, number>();
	for (const w of longWords(article.text)) wordCounts.set(w, (wordCounts.get(w) ?? 0) + 1);
	const h = article.headline;
	const lead = firstParagraph(article);
	return {
		ctx,
		byId: new Map(facts.map((f) => [f.id, f])),
		mentions: mentionCounts(facts),
		bodyAt: new Map(body.map((s, i) => [s.index, i])),
		bodyLength: body.length,
		factsIn,
		firstParagraph: lead,
		headline: h === undefined ? '' : (article.sentences[h]?.text ?? ''),
		headlineKeys: new Set(h === undefined ? [] : (factsIn.get(h) ?? []).map(factKey)),
		topParagraphs: topParagraphs(article),
		leadKeys: new Set(
			facts.filter((f) => article.sentences[f.sentenceIndex]?.paragraph === lead).map(factKey)
		),
		news: body.some((s) => s.paragraph === lead && NEWS_TIME.test(s.text)),
		latestYear: Math.max(0, ...facts.map((g) => g.date?.year ?? 0)),
		leadWords: new Set(body.filter((s) => s.paragraph === lead).flatMap((s) => longWords(s.text))),
		wordCounts,
		normalised: normText(article.text)
	};
}

/**
 * What a reader of news weighs when asking whether a question is worth asking: what kind of
 * fact it asks, where the story puts it (headline, first paragraph, how far down the
 * inverted pyramid), how often the story comes back to it, whether it stands in quoted words
 * or brackets, and how the question is put (its type, a typed label, a context line, a
 * question word, choices the article does not name).
 */
export function questionFeatures(q: Question, view: ArticleView): Features {
	const facts = q.factIds.map((id) => view.byId.get(id)).filter((f): f is Fact => !!f);
	const f = facts[0];
	const out: Features = { [`type:${q.type}`]: 1 };
	if (!f) return out;
	const { mentions } = view;
	const sentence = view.ctx.article.sentences[f.sentenceIndex];
	const bodyAt = view.bodyAt.get(f.sentenceIndex) ?? -1;
	const inSentence = view.factsIn.get(f.sentenceIndex) ?? [];
	out[`kind:${f.kind}`] = 1;
	if (f.detail) out[`detail:${f.kind}:${f.detail}`] = 1;
	const many = Math.log2(1 + (mentions.get(factKey(f)) ?? 1));
	out.mentions = many;
	out[`mentions:${q.type}`] = many;
	out.inHeadline = view.headlineKeys.has(factKey(f)) ? 1 : 0;
	out.headlineOverlap = overlap(f.sentence, view.headline);
	out.firstParagraph = sentence && sentence.paragraph === view.firstParagraph ? 1 : 0;
	out.position = view.bodyLength > 1 && bodyAt >= 0 ? bodyAt / (view.bodyLength - 1) : 0;
	out.firstSentence = bodyAt === 0 ? 1 : 0;
	out[`position:${f.kind}`] = out.position;
	out[`firstParagraph:${f.kind}`] = out.firstParagraph;
	out.centrality = centrality(f.sentence, view.wordCounts);
	// a sentence that tells more of what the lead tells is nearer the story's point
	const shared = new Set(longWords(f.sentence).filter((w) => view.leadWords.has(w))).size;
	out.lead = Math.log2(1 + shared);
	out[`lead:${f.kind}`] = out.lead;
	// names around the answer tie it to the story's actors
	out[`capitals:${f.kind}`] = Math.min(8, (f.sentence.match(/\b\p{Lu}\p{Ll}+/gu) ?? []).length) / 4;
	const neighbours = inSentence.filter((g) => g !== f);
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
	out.factsInSentence = Math.log2(inSentence.length);
	if (f.kind === 'figure') {
		out.counts = f.figure?.counts ? 1 : 0;
		out.unit = f.figure?.unit ? 1 : 0;
		out.money = /[$€£¥]|dollar|euro|pound|yuan|rupee/i.test(f.figure?.unit ?? '') ? 1 : 0;
		out.percent = f.figure?.unit === '%' ? 1 : 0;
	}
	if (f.kind === 'date') {
		out[`granularity:${f.date?.granularity ?? 'none'}`] = 1;
		// news is of its latest days: an earlier year is background ("first held in 1994")
		const year = f.date?.year;
		if (year && view.latestYear)
			out.yearsBefore = Math.log2(1 + Math.max(0, view.latestYear - year));
	}
	if (f.kind === 'figure' && f.figure?.counts)
		out.countsInHeadline = overlap(f.figure.counts, view.headline) > 0 ? 1 : 0;
	if (f.kind === 'person') out.role = f.role ? 1 : 0;
	out.aliases = f.aliases?.length ? 1 : 0;
	out.answerWords = Math.min(words(f.text), 6) / 3;
	out.promptWords = Math.min(words(q.prompt), 60) / 30;
	out.question = /\?\s*$/.test(q.prompt) ? 1 : 0;
	// a context line the prompt needs to be read (the sentence before), not one that only says
	// which story it is of
	out.context = q.context && q.context !== groundingFor(q, f, view) ? 1 : 0;
	out.hint = q.hint ? 1 : 0;
	out.pronouns = Math.min(3, (q.prompt.match(PRONOUN) ?? []).length);
	out.famous = famousPlace(f) ? 1 : 0;
	out[`known:${f.kind}`] = known(f) ? 1 : 0;
	out.blankFirst = /^\W*_____/.test(q.prompt) ? 1 : 0;
	// a prompt that names none of the story's names is of a side of it, or of no one story
	const answers =
		'answer' in q && typeof q.answer === 'string' ? [q.answer, ...(q.accept ?? [])] : [];
	out.anchored = isGrounded(q.prompt, q.type === 'true-false' ? [f.text] : answers, view.ctx)
		? 1
		: 0;
	if (q.type === 'multiple-choice') {
		const foreign = q.choices.filter((c) => !view.normalised.includes(normText(c))).length;
		out.foreignChoices = foreign / q.choices.length;
	}
	if (facts.length > 1) out.facts = Math.log2(facts.length);
	return out;
}

/**
 * How central a sentence is to the story: the mean log frequency, in the whole article, of
 * its longer words. A sentence on the story's subject repeats the story's words.
 */
function centrality(sentence: string, counts: Map<string, number>): number {
	const ws = longWords(sentence);
	if (!ws.length) return 0;
	return ws.reduce((sum, w) => sum + Math.log2(counts.get(w) ?? 1), 0) / ws.length;
}

/** What the prompt must not show: the answer, or the value a statement tells. */
function answersOf(q: Question, f: Fact): string[] {
	if (q.type === 'true-false') return [f.text];
	return 'answer' in q && typeof q.answer === 'string' ? [q.answer, ...(q.accept ?? [])] : [];
}

function groundingFor(q: Question, f: Fact, view: ArticleView): string | undefined {
	return groundingContext(q.prompt, answersOf(q, f), f, view.ctx);
}

function words(s: string): number {
	return s.split(/\s+/).filter(Boolean).length;
}
