/**
 * The prompt shared by the types that ask one fact: a wh-question where the sentence
 * allows one, else the sentence with the fact blanked; built once per mention and deck.
 */
import { parseDate } from '../lexical/dates';
import type { Fact } from '../types';
import { acceptFor, displayAnswer } from './answer';
import type { BuildContext } from './context';
import { contextLine } from './grounding';
import { isSentence } from './english/verbs';
import { whQuestion } from './english/wh';
import { referentFor, referents, resolveStart } from './pronouns';
import {
	BLANK,
	blankOut,
	cutsName,
	isBroken,
	locate,
	stemQuality,
	trimStem,
	type Located
} from './stem';
import { capitalise, givesAway, isBareQuote, tidy, wordCount } from './text';

/** Longer than this, a prompt is a paragraph to read, not a question. */
export const MAX_WORDS = 55;
import { isTrivia } from './trivia';
import { isMinorSpeaker } from './minor';
import { isPlayByPlay } from './side';
import {
	capitalGivenAway,
	countryGivenAway,
	eventYear,
	famousPlace,
	figureWorkedOut,
	leaderGivenAway,
	placeAside,
	placeNotWhere,
	yearWorkedOut
} from './obvious';

/** A period one can be sure of: "the Cold War", "the 1930s", not "in the coming days". */
const namedPeriod = (f: Fact) =>
	/^\p{Lu}/u.test(f.text) ||
	/^\d{3}0s$|^\d{1,2}(?:st|nd|rd|th) century$/i.test(f.text.replace(/^the\s+/i, ''));

export const isName = (f: Fact) => f.kind !== 'date' && f.kind !== 'figure';

export interface Stem {
	/** A wh-question where the sentence allows one, else the sentence with a blank. */
	stem: string;
	/** The sentence before, when the prompt needs it to be understood. */
	context?: string;
	answer: string;
	accept: string[];
	score: number;
}

const stemCache = new WeakMap<Fact[], Map<Fact, Stem | null>>();

/** The fact's sentence with the fact blanked, or null when it would give itself away. */
export function makeStem(fact: Fact, ctx: BuildContext): Stem | null {
	// Multiple choice and cloze share a stem: build it once per deck.
	let stems = stemCache.get(ctx.facts);
	if (!stems) stemCache.set(ctx.facts, (stems = new Map()));
	if (!stems.has(fact)) stems.set(fact, buildStem(fact, ctx));
	return stems.get(fact)!;
}

/** How good the fact's sentence is as a question, -1 when it makes no blank. */
export function stemScore(fact: Fact, ctx: BuildContext): number {
	try {
		return makeStem(fact, ctx)?.score ?? -1;
	} catch {
		return -1;
	}
}

function buildStem(fact: Fact, ctx: BuildContext): Stem | null {
	const at = locate(fact, ctx.article);
	// "in the coming days" is no answer one can be sure of; a named period ("the Cold War") is.
	if (!at || (fact.kind === 'date' && !parseDate(fact.text) && !namedPeriod(fact))) return null;
	// "Eight years earlier", "two days after": a date told from another is no answer to type
	if (fact.kind === 'date' && /\b(?:earlier|later|ago|before|after|prior)\b/i.test(fact.text))
		return null;
	if (isTrivia(fact, at, ctx.facts) || fact.sentenceIndex === ctx.article.headline) return null;
	if (isMinorSpeaker(fact, ctx.article, ctx.facts) || isPlayByPlay(fact, ctx.article)) return null;
	// A caption or a list item is no sentence to ask from: it says too little.
	if (!isSentence(at.sentence) || isBareQuote(at.sentence)) return null;
	if (speakerUnshown(at.sentence)) return null;
	const answer = displayAnswer(fact);
	const accept = acceptFor(fact, ctx.facts, answer);
	// The headline stands above every question: an answer it names is given away.
	if (inHeadline(ctx, [answer, ...accept]) || countryGivenAway(fact, ctx)) return null;
	if (leaderGivenAway(fact, at) || famousPlace(fact) || placeAside(fact, ctx)) return null;
	if (capitalGivenAway(fact, at, ctx.facts)) return null;
	if (placeNotWhere(fact, at)) return null;
	if (figureWorkedOut(fact, ctx.facts) || yearWorkedOut(fact, ctx.facts)) return null;
	if (eventYear(fact, at, ctx)) return null;
	const quality = (stem: string) => stemQuality(stem, ctx.article, fact.sentenceIndex);
	const wh = askWh(fact, at, ctx);

	if (wh && !givesAway(wh, [answer, ...accept]) && !isBroken(wh))
		return grounded(
			withContext({ stem: wh, answer, accept, score: quality(wh) + 0.05 }, fact, ctx),
			fact,
			ctx
		);
	const names = isName(fact) ? [fact.text, answer, ...accept] : [];
	let stem = withoutRelativeTime(trimStem(withoutCredit(blankOut(at, names).stem)));
	if (!stem?.includes(BLANK) || cutsName(stem, !isName(fact))) return null;
	// the value twice in its sentence leaves two blanks for one answer
	if (stem.split(BLANK).length > 2) return null;
	stem = resolveStart(stem, referents(ctx.article, ctx.facts), fact.sentenceIndex);
	stem = eitherArticle(stem);
	// too long to read, or too short to say anything ("Cool clock, _____.")
	if (isBroken(stem) || wordCount(stem) > MAX_WORDS || wordCount(stem) < 4) return null;
	// with its blank: a list of names right after it counts them ("_____ countries, Chad, Mali …")
	if (givesAway(stem, [answer, ...accept])) return null;
	// a prompt that speaks of someone or something it does not name opens with the sentence
	// before, which says who or what; without one that does, it is not asked
	if (dangles(stem)) {
		const context = contextFor(stem, fact, ctx);
		const joined = context && `${context} ${stem}`;
		if (!joined || wordCount(joined) > MAX_WORDS || dangles(joined)) return null;
		if (givesAway(joined, [answer, ...accept])) return null;
		stem = joined;
	}
	return grounded(
		withContext({ stem, answer, accept, score: quality(stem) }, fact, ctx),
		fact,
		ctx
	);
}

/**
 * "An _____ study" tells that the answer opens on a vowel ("eight-year"), "a _____ study" that
 * it does not: before a blank the article is written "a(n)", which tells neither.
 */
export function eitherArticle(stem: string): string {
	return stem.replace(new RegExp(`\\b([Aa])n?(\\s+)(?=${BLANK})`, 'g'), '$1(n)$2');
}

const EITHER = new RegExp(`\\b([Aa])\\(n\\)(\\s+)(?=${BLANK})`);

/** Does the stem write "a(n)" before its blank (see `eitherArticle`)? */
export function hasEitherArticle(stem: string): boolean {
	return EITHER.test(stem);
}

/** The stem with its "a(n)" before the blank written as the article every choice takes. */
export function sayArticle(stem: string, article: 'a' | 'an'): string {
	return stem.replace(
		EITHER,
		(_, a: string, space: string) => a + (article === 'an' ? 'n' : '') + space
	);
}

/** A prompt that names none of the story's names shows the nearest sentence before that does. */
function grounded(stem: Stem | null, fact: Fact, ctx: BuildContext): Stem | null {
	if (!stem || stem.context) return stem;
	const context = contextLine(stem.stem, [stem.answer, ...stem.accept], fact, ctx);
	return context ? { ...stem, context } : stem;
}

/**
 * "that decision", "this point", "both explosions", "in that apartment": a noun that points
 * back to what the sentences before say.
 */
const REFERRING = new RegExp(
	[
		/\b(?:this|that|these|those|the same)\s+(?:decision|date|day|point|time|move|case|year|month|week|plan|deal|agreement|announcement|statement|ruling|incident|event|attack|report|reasoning|period|issue|matter|request|proposal|step|figure|number)s?\b/
			.source,
		/\b(?:[Tt]his|[Tt]hese|[Tt]hose|[Bb]oth)\s+(?!(?:is|was|are|were|has|had|have|will|would|of|and|or|in)\b)\p{Ll}{3,}/u
			.source,
		/\b(?:in|at|of|on|from|to|by|with|for|after|before)\s+that\s+(?!(?:is|was|are|were|has|had|will|would)\b)\p{Ll}{3,}/u
			.source,
		// "One such accident", "such a move": "such" before a noun means one like those told before
		/\bsuch\s+(?!as\b|that\b)(?:an?\s+)?\p{Ll}{3,}/u.source,
		// "Most were Britons", "Many of them": a quantity standing for people or things named before
		/^(?:Most|Many|Several|Some|All|Both|None|Others|The rest)(?:\s+of\s+(?:them|these|those|whom))?\s+(?:were|are|was|is|had|have|died|survived)\b/u
			.source
	].join('|'),
	'iu'
);

/** Fewer words than this say too little of what the article tells to be asked alone. */
const SHORT = 9;

/**
 * A short prompt ("Altogether, _____ members voted against.") or one that points back ("after
 * that decision") shows the sentence before it from the same paragraph; with none, it is
 * not asked.
 */
function withContext(stem: Stem, fact: Fact, ctx: BuildContext): Stem | null {
	if (wordCount(stem.stem.replaceAll(BLANK, 'x')) >= SHORT && !REFERRING.test(stem.stem))
		return stem;
	const s = ctx.article.sentences[fact.sentenceIndex];
	const before = ctx.article.sentences[fact.sentenceIndex - 1];
	if (!s || !before || before.paragraph !== s.paragraph || before.index === ctx.article.headline)
		return null;
	const context = tidy(before.text);
	if (givesAway(context, [stem.answer, ...stem.accept])) return null;
	// a prompt that opens with the sentence before already shows it
	if (stem.stem.startsWith(context)) return stem;
	return { ...stem, context };
}

/**
 * "This year, …" means the year the article was written, which the prompt does not show: the
 * opener goes, and the rest stays true of the article.
 */
function withoutRelativeTime(stem: string): string {
	const m =
		/^(?:This|That|Last|Next)\s+(?:year|week|month|season|spring|summer|autumn|winter|weekend),\s+(?=\p{Ll})/u.exec(
			stem
		);
	return m ? capitalise(stem.slice(m[0].length)) : stem;
}

/** A picture credit run into the sentence ("… in Washington. Image: US Navy") is no part of it. */
export function withoutCredit(stem: string): string {
	const m = /(?:^|\s+)(?:Image|Photo|Picture|Credit|Source)s?:\s/.exec(stem);
	return m ? stem.slice(0, m.index) : stem;
}

/**
 * A prompt that opens on "this", "it", "they"… or on a word that answers the sentence before
 * ("However, after …", "As a result, …") shows the sentence before it.
 */
function contextFor(prompt: string, fact: Fact, ctx: BuildContext): string | undefined {
	if (!dangles(prompt)) return undefined;
	const s = ctx.article.sentences[fact.sentenceIndex];
	const before = ctx.article.sentences[fact.sentenceIndex - 1];
	return before && s && before.paragraph === s.paragraph ? tidy(before.text) : undefined;
}

const DANGLING =
	/^(?:it|its|they|their|them|this|that|these|those|he|she|his|her|such|the move|the decision|the deal|the (?:other|others|rest|remaining|former|latter|previous|same|duo|pair|couple|trio|two|three|four)|(?:in|according to|under) the (?:letter|statement|report|filing|memo|interview|speech|ruling|study|survey|paper|deal|agreement|plan|proposal)|(?:both|either|neither) (?:he|she|they|of them)|since then|by then|then|(?:however|instead|nevertheless|nonetheless|as a result|therefore|thus|consequently|in response|in turn|by contrast|on the other hand)(?=,)|(?:but|yet)(?=\s))\b/i;

// "In the 1990s, he turned to…", "Reportedly she left…": the subject after an opening phrase
// that names nobody is as much a pronoun as one that opens the sentence
const FRONTED_PRONOUN =
	/^\S+(?:\s+[^\s,A-Z"“”][^\s,]*){0,6},\s+(?:he|she|they)\b|^[A-Z][a-z]+ly,?\s+(?:he|she|they)\b/;

// case counts: "US" is a country
const FIRST_PERSON = /\b(?:I|me|my|we|us|our|We|My|Our)\b/;
const SAYING =
	/\b(?:said|says|told|tells|added|adds|according\s+to|stated|states|wrote|writes|asked|explained|recalled)\b/i;

/**
 * "If anyone raises three fingers, we will not arrest him.": words in the first person with
 * no quotation mark and no verb of saying are the middle of someone's quotation, and the
 * sentence does not say whose.
 */
export function speakerUnshown(sentence: string): boolean {
	// "I" as a Roman numeral or a letter in a name ("World War I", "Part I") is no speaker
	const text = sentence.replace(
		/\b(?:War|Part|Phase|Book|Volume|Act|Elizabeth|Charles|James|George)\s+I\b/g,
		''
	);
	return FIRST_PERSON.test(text) && !/["“”]/.test(text) && !SAYING.test(text);
}

/** Does the text speak of someone or something it does not name, by a pronoun or "this"? */
export function dangles(text: string): boolean {
	return DANGLING.test(text) || FRONTED_PRONOUN.test(text);
}

const nameIndex = new WeakMap<Fact[], Map<number, Fact[]>>();

/** The names of each sentence, indexed once per deck. */
function namesBySentence(facts: Fact[]): Map<number, Fact[]> {
	let out = nameIndex.get(facts);
	if (!out) {
		out = new Map();
		for (const f of facts) {
			if (!out.has(f.sentenceIndex)) out.set(f.sentenceIndex, []);
			if (isName(f)) out.get(f.sentenceIndex)!.push(f);
		}
		nameIndex.set(facts, out);
	}
	return out;
}

/** The fact asked by a wh-question of its sentence, when the rules can form one. */
function askWh(fact: Fact, at: Located, ctx: BuildContext): string | null {
	if (fact.kind === 'date' && !/\d/.test(fact.text)) return null;
	const s = ctx.article.sentences[fact.sentenceIndex];
	const offset = s ? s.start : 0;
	const names = namesBySentence(ctx.facts)
		.get(fact.sentenceIndex)!
		.map((f) => ({ start: f.start - offset, end: f.end - offset }))
		.filter((n) => n.start >= 0 && n.end <= at.sentence.length);
	const lead = /^(He|She)\s/.exec(at.sentence);
	const referent = lead
		? referentFor(referents(ctx.article, ctx.facts), fact.sentenceIndex, lead[1])
		: null;
	const measured = fact.kind === 'figure' && (!!fact.figure?.unit || /[$£€¥%]/.test(fact.text));
	try {
		return whQuestion({
			sentence: at.sentence,
			start: at.start,
			end: at.end,
			kind: fact.kind,
			detail: fact.detail,
			measured,
			names,
			referent
		});
	} catch {
		return null;
	}
}

/** Does the article's headline name one of these answers? */
export function inHeadline(ctx: BuildContext, answers: string[]): boolean {
	const h = ctx.article.headline;
	const text = h === undefined ? '' : (ctx.article.sentences[h]?.text ?? '');
	return !!text && givesAway(text, answers);
}
