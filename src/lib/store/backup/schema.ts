import * as v from 'valibot';
import { BACKUP_FORMAT, BACKUP_VERSION } from './format';
import { MAX_COUNT, MAX_TIME, MIN_TIME } from './bounds';
import {
	ArticleRecordSchema,
	CardRecordSchema,
	FactsRecordSchema,
	QuestionRecordSchema,
	ReviewRecordSchema,
	SettingsSchema
} from './records.schema';

export const BackupDataSchema = v.object({
	articles: v.array(ArticleRecordSchema),
	questions: v.array(QuestionRecordSchema),
	facts: v.array(FactsRecordSchema),
	cards: v.array(CardRecordSchema),
	reviews: v.array(ReviewRecordSchema),
	settings: v.nullable(SettingsSchema)
});

const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_COUNT));

export const BackupCountsSchema = v.object({
	articles: count,
	questions: count,
	facts: count,
	cards: count,
	reviews: count
});

const exportedAt = v.pipe(v.number(), v.minValue(MIN_TIME), v.maxValue(MAX_TIME));

/** The current file: its digest is checked on the raw bytes before this schema runs. */
export const BackupFileSchema = v.object({
	format: v.literal(BACKUP_FORMAT),
	version: v.literal(BACKUP_VERSION),
	exportedAt,
	counts: BackupCountsSchema,
	data: BackupDataSchema
});

/**
 * Version 1 files carry no digest; nothing more than these fields is allowed, so a newer
 * file cannot pass for an old one to skip its checksum.
 */
export const BackupFileV1Schema = v.strictObject({
	format: v.literal(BACKUP_FORMAT),
	version: v.literal(1),
	exportedAt,
	data: BackupDataSchema
});
