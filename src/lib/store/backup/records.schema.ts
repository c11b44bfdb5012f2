import * as v from 'valibot';
import { FACT_KINDS } from '$lib/core/types';
import { MAX_COUNT, MAX_DAYS, MAX_ID_LENGTH, MAX_REVIEW_ID, MAX_TIME, MIN_TIME } from './bounds';
import { QuestionRecordSchema } from './question.schema';

// One schema per stored record, each value bounded by what it means. The backup check and
// the repair at open both use them, so the store never holds what a backup would be refused
// for. `schema.types.ts` proves at compile time that each one matches its TypeScript type.

const text = v.string();
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_ID_LENGTH));
const texts = v.array(v.string());
const factKind = v.picklist(FACT_KINDS);
/** Epoch milliseconds in sane years; NaN and Infinity fail `number` already. */
const time = v.pipe(v.number(), v.minValue(MIN_TIME), v.maxValue(MAX_TIME));
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_COUNT));
const days = v.pipe(v.number(), v.minValue(0), v.maxValue(MAX_DAYS));
const finite = v.pipe(v.number(), v.finite());

export const DateValueSchema = v.object({
	granularity: v.picklist(['day', 'month', 'year', 'weekday', 'period']),
	year: v.optional(v.pipe(v.number(), v.integer(), v.minValue(-10_000), v.maxValue(10_000))),
	month: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(12))),
	day: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(31))),
	weekday: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(6))),
	relativeTo: v.optional(text)
});

export const FigureValueSchema = v.object({
	number: finite,
	unit: v.optional(text),
	counts: v.optional(text),
	qualifier: v.optional(text),
	style: v.picklist(['digits', 'grouped', 'scaled', 'words', 'abbreviated'])
});

export const FactSchema = v.pipe(
	v.object({
		id,
		kind: factKind,
		text,
		start: count,
		end: count,
		sentence: text,
		sentenceIndex: count,
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
		country: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/)))
	}),
	v.check((f) => f.start <= f.end, 'start after end'),
	v.forward(
		v.check((f) => f.end - f.start === f.text.length, 'span length'),
		['end']
	)
);

export const ArticleRecordSchema = v.object({
	id,
	title: text,
	words: count,
	source: v.picklist(['bundled', 'imported']),
	createdAt: time,
	generator: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1_000_000)),
	customName: v.optional(text),
	questionCount: count
});

export { QuestionRecordSchema };

export const FactsRecordSchema = v.object({
	articleId: id,
	text,
	facts: v.array(FactSchema)
});

export const CardStateSchema = v.pipe(
	v.object({
		due: time,
		stability: days,
		difficulty: v.pipe(v.number(), v.minValue(0), v.maxValue(10)),
		elapsedDays: days,
		scheduledDays: days,
		learningSteps: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100)),
		reps: count,
		lapses: count,
		state: v.picklist([0, 1, 2, 3]),
		lastReview: v.optional(time)
	}),
	v.forward(
		v.check((c) => c.lapses <= c.reps, 'more lapses than reviews'),
		['lapses']
	)
);

export const SuspendInfoSchema = v.object({ reason: text, at: time });

export const CardRecordSchema = v.object({
	questionId: id,
	articleId: id,
	fsrs: CardStateSchema,
	retired: v.boolean(),
	suspended: v.optional(SuspendInfoSchema),
	dueAt: v.optional(time),
	level: v.optional(v.picklist(['learning', 'mastered'])),
	suspendedAt: v.optional(time),
	missedAt: v.optional(time),
	lastCorrect: v.optional(v.boolean()),
	lastGiven: v.optional(text)
});

export const ReviewRecordSchema = v.object({
	id: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_REVIEW_ID))),
	questionId: id,
	articleId: id,
	kind: factKind,
	// ts-fsrs Rating: 1 Again … 4 Easy.
	rating: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(4)),
	correct: v.boolean(),
	given: text,
	seenBefore: v.boolean(),
	at: time,
	seen: v.optional(v.literal(1))
});

export const SettingsSchema = v.object({
	sessionLength: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100)),
	retention: v.pipe(v.number(), v.minValue(0.7), v.maxValue(0.99)),
	theme: v.picklist(['system', 'light', 'dark'])
});
