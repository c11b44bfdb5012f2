import type * as v from 'valibot';
import type { CardState } from '$lib/core/schedule';
import type { DateValue, Fact, FigureValue } from '$lib/core/types';
import type {
	ArticleRecord,
	CardRecord,
	FactsRecord,
	QuestionRecord,
	ReviewRecord,
	Settings,
	SuspendInfo
} from '$lib/store/records';
import type { BackupCounts, BackupData, BackupFile } from './format';
import type * as s from './records.schema';
import type { BackupCountsSchema, BackupDataSchema, BackupFileSchema } from './schema';

// Compile-time only: each schema's output must be exactly its record type. When a record
// gains, loses or changes a field, `npm run check` fails here until the schema follows, so
// a backup never silently drops a field.

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? SameKeys<A, B> : false) : false;
type SameKeys<A, B> = [keyof A] extends [keyof B]
	? [keyof B] extends [keyof A]
		? true
		: false
	: false;
type Out<S extends v.GenericSchema> = v.InferOutput<S>;
/** A union of per-type shapes (the question registry) fits the one record type. */
type Fits<U, B> = [U] extends [B]
	? [keyof B] extends [AllKeys<U>]
		? [AllKeys<U>] extends [keyof B]
			? true
			: false
		: false
	: false;
type AllKeys<U> = U extends unknown ? keyof U : never;
type Rows<T> = T extends (infer R)[] ? R : never;

export type SchemaMatchesTypes = [
	Same<Out<typeof s.DateValueSchema>, DateValue>,
	Same<Out<typeof s.FigureValueSchema>, FigureValue>,
	Same<Out<typeof s.FactSchema>, Fact>,
	Same<Out<typeof s.ArticleRecordSchema>, ArticleRecord>,
	Fits<Out<typeof s.QuestionRecordSchema>, QuestionRecord>,
	Same<Out<typeof s.FactsRecordSchema>, FactsRecord>,
	Same<Out<typeof s.CardStateSchema>, CardState>,
	Same<Out<typeof s.SuspendInfoSchema>, SuspendInfo>,
	Same<Out<typeof s.CardRecordSchema>, CardRecord>,
	Same<Out<typeof s.ReviewRecordSchema>, ReviewRecord>,
	Same<Out<typeof s.SettingsSchema>, Settings>,
	Same<Out<typeof BackupCountsSchema>, BackupCounts>,
	Same<Omit<Out<typeof BackupDataSchema>, 'questions'>, Omit<BackupData, 'questions'>>,
	Fits<Rows<Out<typeof BackupDataSchema>['questions']>, QuestionRecord>,
	Same<Omit<Out<typeof BackupFileSchema>, 'data'>, Omit<BackupFile, 'data'>>
];

const allTrue: SchemaMatchesTypes = [
	true,
	true,
	true,
	true,
	true,
	true,
	true,
	true,
	true,
	true,
	true,
	true,
	true,
	true,
	true
];
export default allTrue;
