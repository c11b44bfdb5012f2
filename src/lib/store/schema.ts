import type { DBSchema, IDBPDatabase } from 'idb';
import type {
	ArticleRecord,
	CardRecord,
	FactsRecord,
	QuestionRecord,
	ReviewRecord,
	MetaRecord,
	SessionRecord,
	Settings
} from './records';

/**
 * Database name, version and store names. They change only together with a migration
 * step in `migrations.ts` (a learner's data lives in the old shape until it runs).
 */
export const DB_NAME = 'factdeck';
export const DB_VERSION = 4;

export interface FactdeckSchema extends DBSchema {
	articles: { key: string; value: ArticleRecord; indexes: { 'by-created': number } };
	questions: {
		key: string;
		value: QuestionRecord;
		indexes: { 'by-article': [string, number] };
	};
	facts: { key: string; value: FactsRecord };
	cards: {
		key: string;
		value: CardRecord;
		indexes: {
			'by-due': number;
			'by-article': string;
			'by-article-due': [string, number];
			'by-article-level': [string, string];
			'by-suspended': number;
			'by-missed': number;
		};
	};
	reviews: {
		key: number;
		value: ReviewRecord;
		indexes: {
			'by-question': string;
			'by-time': number;
			'by-article': string;
			'by-kind-rating': [string, number];
			'by-seen-rating': [number, number];
		};
	};
	settings: { key: 'settings'; value: Settings };
	session: { key: 'current'; value: SessionRecord };
	/** Small bookkeeping records, e.g. which bundled decks were ever stored. */
	meta: { key: string; value: MetaRecord };
}

export type FactdeckDb = IDBPDatabase<FactdeckSchema>;
