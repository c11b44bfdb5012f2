import * as v from 'valibot';
import { BACKUP_FORMAT, BACKUP_VERSION } from './format';
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

export const BackupFileSchema = v.object({
	format: v.literal(BACKUP_FORMAT),
	version: v.literal(BACKUP_VERSION),
	exportedAt: v.number(),
	data: BackupDataSchema
});
