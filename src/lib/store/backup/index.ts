export {
	BACKUP_FORMAT,
	BACKUP_VERSION,
	countsOf,
	MAX_BACKUP_BYTES,
	type BackupCounts,
	type BackupData,
	type BackupFile,
	type ImportMode
} from './format';
export { BackupFileError, DAMAGED, type BackupProblem } from './errors';
export { assertBackupSize, backupFilename, parseBackup, serializeBackup } from './validate';
export { BackupFileSchema } from './schema';
export { isReviewKey, MAX_REVIEW_ID } from './bounds';
export { exportBackup, importBackup, restoreBackup, type ImportSummary } from './transfer';
