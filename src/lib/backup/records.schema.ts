import * as v from 'valibot';
import { FACT_KINDS } from '$lib/core/types';

// One schema per stored record. `schema.types.ts` proves at compile time that each one
// matches its TypeScript type, so a record field added without a schema change fails `check`.

const text = v.string();
const num = v.number();
const int = v.pipe(v.number(), v.integer());
const texts = v.array(v.string());
const factKind = v.picklist(FACT_KINDS);

export const DateValueSchema = v.object({
	granularity: v.picklist(['day', 'month', 'year', 'weekday', 'period']),
	year: v.optional(int),
	month: v.optional(v.pipe(int, v.minValue(1), v.maxValue(12))),
	day: v.optional(v.pipe(int, v.minValue(1), v.maxValue(31))),
	weekday: v.optional(v.pipe(int, v.minValue(0), v.maxValue(6))),
	relativeTo: v.optional(text)
});

export const FigureValueSchema = v.object({
	number: num,
	unit: v.optional(text),
	counts: v.optional(text),
	qualifier: v.optional(text),
	style: v.picklist(['digits', 'grouped', 'scaled', 'words', 'abbreviated'])
});

export const FactSchema = v.object({
	id: text,
	kind: factKind,
	text,
	start: int,
	end: int,
	sentence: text,
	sentenceIndex: int,
	value: text,
	date: v.optional(DateValueSchema),
	figure: v.optional(FigureValueSchema),
	aliases: v.optional(texts),
	role: v.optional(text),
	detail: v.optional(
		v.picklist([
			'company',
			'government',
			'party',
			'team',
			'media',
			'school',
			'other',
			'country',
			'city',
			'region',
			'site'
		])
	),
	country: v.optional(text)
});

export const ArticleRecordSchema = v.object({
	id: v.pipe(text, v.minLength(1)),
	title: text,
	words: int,
	source: v.picklist(['bundled', 'imported']),
	createdAt: num,
	generator: int,
	customName: v.optional(text),
	questionCount: int
});

/** Fields every stored question has; the type decides the shape of the rest. */
const questionFields = {
	id: v.pipe(text, v.minLength(1)),
	prompt: text,
	choices: v.optional(texts),
	items: v.optional(texts),
	accept: v.optional(texts),
	factIds: texts,
	source: text,
	context: v.optional(text),
	kind: factKind,
	articleId: text,
	order: num
};

export const QuestionRecordSchema = v.variant('type', [
	v.object({ ...questionFields, type: v.literal('multiple-choice'), choices: texts, answer: text }),
	v.object({ ...questionFields, type: v.literal('cloze'), answer: text }),
	v.object({ ...questionFields, type: v.literal('true-false'), choices: texts, answer: text }),
	v.object({ ...questionFields, type: v.literal('timeline'), choices: texts, answer: texts }),
	v.object({
		...questionFields,
		type: v.literal('match'),
		items: texts,
		choices: texts,
		answer: texts
	})
]);

export const FactsRecordSchema = v.object({
	articleId: v.pipe(text, v.minLength(1)),
	text,
	facts: v.array(FactSchema)
});

export const CardStateSchema = v.object({
	due: num,
	stability: num,
	difficulty: num,
	elapsedDays: num,
	scheduledDays: num,
	learningSteps: num,
	reps: int,
	lapses: int,
	state: v.picklist([0, 1, 2, 3]),
	lastReview: v.optional(num)
});

export const SuspendInfoSchema = v.object({ reason: text, at: num });

export const CardRecordSchema = v.object({
	questionId: v.pipe(text, v.minLength(1)),
	articleId: text,
	fsrs: CardStateSchema,
	retired: v.boolean(),
	suspended: v.optional(SuspendInfoSchema),
	dueAt: v.optional(num),
	level: v.optional(v.picklist(['learning', 'mastered'])),
	suspendedAt: v.optional(num),
	missedAt: v.optional(num),
	lastCorrect: v.optional(v.boolean()),
	lastGiven: v.optional(text)
});

export const ReviewRecordSchema = v.object({
	// Auto-increment keys are positive integers; anything else would make the write fail.
	id: v.optional(v.pipe(int, v.minValue(1))),
	questionId: text,
	articleId: text,
	kind: factKind,
	rating: int,
	correct: v.boolean(),
	given: text,
	seenBefore: v.boolean(),
	at: num,
	seen: v.optional(v.literal(1))
});

export const SettingsSchema = v.object({
	sessionLength: v.pipe(int, v.minValue(1)),
	retention: v.pipe(num, v.gtValue(0), v.ltValue(1)),
	theme: v.picklist(['system', 'light', 'dark'])
});
