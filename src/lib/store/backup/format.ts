import type {
	ArticleRecord,
	CardRecord,
	FactsRecord,
	QuestionRecord,
	ReviewRecord,
	Settings
} from '$lib/store/records';

/** The `format` field that marks a Factdeck backup among other JSON files. */
export const BACKUP_FORMAT = 'factdeck-backup';

/**
 * Version of the backup file layout. Bump it (and teach `parseBackup` to read the old one)
 * whenever a record shape changes, so old backups stay importable. Version 2 added the
 * record counts and the SHA-256 digest; version 1 files are still read, after full
 * validation, since they carry no digest.
 */
export const BACKUP_VERSION = 2;

/** Larger files are refused before they are read: no real library comes near this. */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;

/** Everything a learner would miss after losing the browser's storage. */
export interface BackupData {
	articles: ArticleRecord[];
	questions: QuestionRecord[];
	facts: FactsRecord[];
	/** Card states, including suspended (flagged) questions. */
	cards: CardRecord[];
	/** The review log. */
	reviews: ReviewRecord[];
	/** Null when the learner never changed a setting. */
	settings: Settings | null;
}

/** How many records of each kind the file holds: a cut or spliced file disagrees. */
export interface BackupCounts {
	articles: number;
	questions: number;
	facts: number;
	cards: number;
	reviews: number;
}

export interface BackupFile {
	format: typeof BACKUP_FORMAT;
	version: typeof BACKUP_VERSION;
	/** Epoch milliseconds. */
	exportedAt: number;
	counts: BackupCounts;
	data: BackupData;
}

/** merge: add what is missing and keep the newer progress; replace: the file becomes the store. */
export type ImportMode = 'merge' | 'replace';

export function countsOf(data: BackupData): BackupCounts {
	return {
		articles: data.articles.length,
		questions: data.questions.length,
		facts: data.facts.length,
		cards: data.cards.length,
		reviews: data.reviews.length
	};
}
