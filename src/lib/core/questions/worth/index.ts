import { MONTH_NAMES } from '../../lexical/calendar';
import type { Question } from '../../types';
import type { BuildContext } from '../context';
import { articleView, questionFeatures, type ArticleView } from './features';
import { factKey } from '../salience';
import { probability, type LogisticModel } from './logistic';
import trained from './model.json';

export { articleView, questionFeatures, type ArticleView } from './features';
export { mentionCounts } from '../salience';
export { fitLogistic, probability, type Example, type LogisticModel } from './logistic';

interface WorthModel extends LogisticModel {
	/** Questions below this probability of being judged acceptable are not asked. */
	threshold: number;
	/** An article keeps at least this many of its best questions, however weak. */
	floor: number;
	/**
	 * An article asks at most one question of one fact for this many of its words, the best
	 * ones: a teacher asks ten questions of a 500-word story, not twenty of its box score.
	 */
	wordsPerQuestion?: number;
	/** An article keeps at least one question for this many of its words, however weak. */
	wordsPerKept?: number;
	/**
	 * Questions of one fact are of what the story is about (see `isCentral`); others only
	 * make up this many when the story has fewer.
	 */
	fewest?: number;
	/** Any question of one fact, central or not, is asked from this probability. */
	aside?: number;
}

const MODEL = trained as WorthModel;

/**
 * The questions a teacher would likely sign: a logistic model trained on blind ratings of
 * generated questions (data/ratings) scores each question of one fact, and those below its
 * threshold are left out, so a deck asks what the story is about rather than its side
 * details. Timelines and matches are kept or left out by their own builders' rules.
 */
export function keepWorthAsking(
	questions: Question[],
	ctx: BuildContext,
	model: WorthModel = MODEL
): Question[] {
	if (!model.threshold) return questions;
	const view = articleView(ctx);
	// The features describe one fact; a timeline or a match over several stands on its own rules.
	// background and figures too precise to carry are left out, however well they score
	const single = questions.filter(
		(q) => q.factIds.length === 1 && !isBackground(q, view) && !isPreciseDetail(q, view)
	);
	const scored = single.map((q, i) => ({
		q,
		i,
		p: probability(model, questionFeatures(q, view))
	}));
	const words = ctx.article.text.split(/\s+/).filter(Boolean).length;
	const per = model.wordsPerQuestion;
	const cap = per ? Math.max(model.floor, Math.ceil(words / per)) : Infinity;
	const least = model.wordsPerKept
		? Math.max(model.floor, Math.floor(words / model.wordsPerKept))
		: model.floor;
	// best first; the `least` best are kept however weak, the rest from the threshold, `cap` in all
	const ranked = scored.sort((a, b) => b.p - a.p || a.i - b.i);
	const fewest = model.fewest;
	const central = fewest === undefined ? ranked : ranked.filter((s) => isCentral(s.q, view));
	const chosen = central.filter((s, rank) => s.p >= model.threshold || rank < least);
	// any other question is asked too where it is as likely to be judged worth asking as
	// the lead's usually are: a fact further down the story may be what it is about
	const aside = model.aside;
	if (fewest !== undefined && aside !== undefined) {
		const taken = new Set(chosen);
		chosen.push(...ranked.filter((s) => !taken.has(s) && s.p >= aside));
		chosen.sort((a, b) => b.p - a.p || a.i - b.i);
	}
	chosen.splice(cap);
	// a story with too few such questions makes them up with its best others
	if (fewest !== undefined && chosen.length < fewest) {
		const taken = new Set(chosen);
		chosen.push(...ranked.filter((s) => !taken.has(s)).slice(0, fewest - chosen.length));
	}
	const kept = new Set(chosen.map((s) => s.q));
	return questions.filter((q) => q.factIds.length > 1 || kept.has(q));
}

/**
 * Is the question of a fact the story is about? News tells its point first, in the lead and
 * the paragraph that goes on with it, then works down to background and detail: a fact of
 * the first two paragraphs is, and a body only where the story names it three times or more
 * (a body named once or twice is where someone works, who reported, who investigates).
 * Readers accepted 72% of such questions against 43% of the rest (data/ratings, rounds 26 on).
 */
export function isCentral(q: Question, view: ArticleView): boolean {
	const f = view.byId.get(q.factIds[0]);
	if (!f) return false;
	const paragraph = view.ctx.article.sentences[f.sentenceIndex]?.paragraph;
	if (paragraph === undefined || !view.topParagraphs.has(paragraph)) return false;
	return f.kind !== 'organisation' || (view.mentions.get(factKey(f)) ?? 0) >= 3;
}

// "In 2019, …", "In October 2016 the university …", "Back in 2005 …": a sentence that opens on
// a year
const YEAR_OPENER = new RegExp(
	`^(?:(?:back|earlier|previously),?\\s+)?in\\s+(?:(?:early|late|mid-?)\\s*)?(?:(?:${MONTH_NAMES})\\s+)?(?:1[5-9]|20)\\d\\d\\b(?!\\s*(?:–|-|to)\\s*\\d)`,
	'i'
);

/**
 * Is the question of a sentence of background? A news story tells its event in the days
 * around its lead (a weekday, "yesterday"), seldom by its year, then what led to it, in
 * sentences that open on a year ("In 2019 he survived a drone attack …"). Readers judged questions of such sentences trivial or
 * general knowledge four times in five (data/ratings). A biography, whose lead is not of
 * the days around it, tells its facts so and keeps them.
 */
export function isBackground(q: Question, view: ArticleView): boolean {
	const f = view.byId.get(q.factIds[0]);
	const sentence = f && view.ctx.article.sentences[f.sentenceIndex];
	if (!sentence || sentence.paragraph === view.firstParagraph) return false;
	// the story's own year is seldom written: a year named at all is of before its days
	return YEAR_OPENER.test(sentence.text.trim()) && view.news;
}

/**
 * Is the question of a figure given to four significant digits or more ("6,606 lives",
 * "$5,479,761", "47.42 seconds") that the headline and the first paragraph do not name?
 * A learner keeps the scale of such a figure, not its digits; readers accepted under a
 * third of them (data/ratings). The story's own headline figure stays.
 */
export function isPreciseDetail(q: Question, view: ArticleView): boolean {
	const f = view.byId.get(q.factIds[0]);
	if (!f || f.kind !== 'figure') return false;
	const key = factKey(f);
	if (view.leadKeys.has(key) || view.headlineKeys.has(key)) return false;
	return significantDigits(f.text) >= 4;
}

/** How many significant digits the first number written in digits has ("1,034" → 4, "5.5" → 2). */
export function significantDigits(text: string): number {
	const number = /\d[\d,]*(?:\.\d+)?/.exec(text)?.[0] ?? '';
	return number.replace(/[,.]/g, '').replace(/^0+/, '').replace(/0+$/, '').length;
}
