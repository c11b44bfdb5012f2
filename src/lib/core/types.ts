/** The five kinds of fact Factdeck finds in an article. */
export type FactKind = 'date' | 'figure' | 'organisation' | 'person' | 'place';

export const FACT_KINDS: readonly FactKind[] = [
	'date',
	'figure',
	'organisation',
	'person',
	'place'
];

/** A sentence of the article, with character offsets into the article text. */
export interface Sentence {
	index: number;
	paragraph: number;
	start: number;
	end: number;
	/** Exactly `article.text.slice(start, end)`. */
	text: string;
}

export interface Paragraph {
	index: number;
	start: number;
	end: number;
}

export interface Article {
	/** Stable id: a hash of the normalised text. */
	id: string;
	title: string;
	/** The article text as given (only line endings normalised to \n). */
	text: string;
	words: number;
	paragraphs: Paragraph[];
	sentences: Sentence[];
	/** Index of the sentence that is the headline, when the article has one. */
	headline?: number;
}

/** How precise a date is. */
export type DateGranularity = 'day' | 'month' | 'year' | 'weekday' | 'period';

export interface DateValue {
	granularity: DateGranularity;
	year?: number;
	/** 1–12 */
	month?: number;
	day?: number;
	/** 0 (Sunday) – 6, for weekdays */
	weekday?: number;
	/** For a date told relative to another ("the next day"): the value of that other date. */
	relativeTo?: string;
}

export interface FigureValue {
	/** The number itself: 2 million → 2000000. */
	number: number;
	/** Currency symbol or code, percent sign or unit word ("$", "roubles", "%", "days"). */
	unit?: string;
	/** What the figure counts ("soldiers", "inmates", "barrels of oil a day"). */
	counts?: string;
	/** A qualifier such as "over", "nearly", "about". */
	qualifier?: string;
	/** Which form the article used, so distractors can copy it. */
	style: 'digits' | 'grouped' | 'scaled' | 'words' | 'abbreviated';
}

export interface Fact {
	/** Stable id: the same article and the same fact give the same id on every run. */
	id: string;
	kind: FactKind;
	/** Exact span as it appears in the article. */
	text: string;
	start: number;
	end: number;
	/** The whole sentence it stands in. */
	sentence: string;
	sentenceIndex: number;
	/** Normalised form: 2022-09-21, 300000, Federal Security Service. */
	value: string;
	date?: DateValue;
	figure?: FigureValue;
	/** Other names for the same organisation, person or place (acronym ↔ name). */
	aliases?: string[];
	/** A person's role, where the article gives one ("Russian Defense Minister"). */
	role?: string;
	/** The finer kind, where the text or the reference lists tell it. */
	detail?: FactDetail;
	/** ISO 3166-1 alpha-2 code of the country a place (or organisation) belongs to, when known. */
	country?: string;
}

/** What sort of organisation a fact names. */
export type OrganisationDetail =
	'company' | 'government' | 'party' | 'team' | 'media' | 'school' | 'other';

/** What sort of place a fact names. */
export type PlaceDetail = 'country' | 'city' | 'region' | 'site';

export type FactDetail = OrganisationDetail | PlaceDetail;

export type QuestionType = 'multiple-choice' | 'cloze' | 'true-false' | 'timeline' | 'match';

export const QUESTION_TYPES: readonly QuestionType[] = [
	'multiple-choice',
	'cloze',
	'true-false',
	'timeline',
	'match'
];

/** What every question has, whatever its type. */
interface QuestionBase {
	/** Stable id: derived from the article, the question type and its facts. */
	id: string;
	prompt: string;
	/** Options shown: multiple choice and true/false, timeline events, match right column. */
	choices?: string[];
	/** match: the left-hand column. */
	items?: string[];
	/** cloze: other answers that are also right (an acronym and its name). */
	accept?: string[];
	/** The facts the question asks about. */
	factIds: string[];
	/** The sentence(s) the question is built from. */
	source: string;
	/** The sentence before the prompt, shown above it when the prompt needs it. */
	context?: string;
	/** Typed answers: what sort of answer is wanted ("a year", "a city or town"). */
	hint?: string;
	/** The kind of the main fact, for stats by kind. */
	kind: FactKind;
}

/** Four options, one right. */
export interface MultipleChoiceQuestion extends QuestionBase {
	type: 'multiple-choice';
	choices: string[];
	answer: string;
}

/** A typed answer: a blank to fill or a wh-question to answer. */
export interface ClozeQuestion extends QuestionBase {
	type: 'cloze';
	answer: string;
}

/** A statement of the article, or one with a fact swapped: choices are ["True", "False"]. */
export interface TrueFalseQuestion extends QuestionBase {
	type: 'true-false';
	choices: string[];
	answer: string;
}

/** Events in a shuffled order (`choices`); `answer` is the chronological order. */
export interface TimelineQuestion extends QuestionBase {
	type: 'timeline';
	choices: string[];
	answer: string[];
}

/** `items` on the left; `answer` the right-hand item for each, `choices` them shuffled. */
export interface MatchQuestion extends QuestionBase {
	type: 'match';
	items: string[];
	choices: string[];
	answer: string[];
}

/** A question, told apart by `type`. */
export type Question =
	MultipleChoiceQuestion | ClozeQuestion | TrueFalseQuestion | TimelineQuestion | MatchQuestion;

/** The question of one type. */
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;

export interface DeckArticle {
	id: string;
	title: string;
	words: number;
}

export interface Deck {
	article: DeckArticle;
	/** The generator version that made the deck. */
	generator: number;
	facts: Fact[];
	questions: Question[];
}
