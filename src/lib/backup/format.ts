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
 * whenever a record shape changes, so old backups stay importable.
 */
export const BACKUP_VERSION = 1;

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

export interface BackupFile {
	format: typeof BACKUP_FORMAT;
	version: typeof BACKUP_VERSION;
	/** Epoch milliseconds. */
	exportedAt: number;
	data: BackupData;
}

/** merge: add what is missing and keep the newer progress; replace: the file becomes the store. */
export type ImportMode = 'merge' | 'replace';
