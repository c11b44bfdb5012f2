import * as v from 'valibot';
import { FACT_KINDS, type QuestionType } from '$lib/core/types';
import { MAX_COUNT, MAX_ID_LENGTH } from './bounds';

// A registry of what each question type needs, as the generator and the quiz components
// read it: a question of a type without its choices or with an answer of the wrong shape
// cannot be shown, so it is refused like any other damage.

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_ID_LENGTH));
const nonEmpty = v.pipe(v.string(), v.minLength(1));

/** The fields every question has, whatever its type. */
const common = {
	id,
	prompt: v.string(),
	factIds: v.array(id),
	source: v.string(),
	kind: v.picklist(FACT_KINDS),
	articleId: id,
	order: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_COUNT)),
	accept: v.optional(v.array(v.string())),
	context: v.optional(v.string()),
	hint: v.optional(v.string())
};

const sameItems = (a: string[], b: string[]) =>
	a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');

const answers = v.pipe(v.array(nonEmpty), v.minLength(2), v.maxLength(20));

/** One schema per question type: adding a type adds an entry here. */
export const QUESTION_SCHEMAS = {
	'multiple-choice': v.object({
		...common,
		type: v.literal('multiple-choice'),
		choices: v.pipe(v.array(nonEmpty), v.minLength(2), v.maxLength(10)),
		answer: nonEmpty
	}),
	cloze: v.object({ ...common, type: v.literal('cloze'), answer: nonEmpty }),
	'true-false': v.object({
		...common,
		type: v.literal('true-false'),
		choices: v.tuple([v.literal('True'), v.literal('False')]),
		answer: v.picklist(['True', 'False'])
	}),
	timeline: v.object({
		...common,
		type: v.literal('timeline'),
		choices: v.array(nonEmpty),
		answer: answers
	}),
	match: v.object({
		...common,
		type: v.literal('match'),
		items: v.array(nonEmpty),
		choices: v.array(nonEmpty),
		answer: answers
	})
} satisfies Record<QuestionType, v.GenericSchema>;

const s = QUESTION_SCHEMAS;

export const QuestionRecordSchema = v.pipe(
	v.variant('type', [s['multiple-choice'], s.cloze, s['true-false'], s.timeline, s.match]),
	// What one field cannot say alone: the parts of a question must fit together.
	v.forward(
		v.check((q) => q.type !== 'multiple-choice' || q.choices.includes(q.answer), 'answer'),
		['answer']
	),
	v.forward(
		v.check(
			(q) => (q.type !== 'timeline' && q.type !== 'match') || sameItems(q.choices, q.answer),
			'choices'
		),
		['choices']
	),
	v.forward(
		v.check((q) => q.type !== 'match' || q.items.length === q.answer.length, 'items'),
		['items']
	)
);
