export {
	BACKUP_FORMAT,
	BACKUP_VERSION,
	MAX_BACKUP_BYTES,
	type BackupData,
	type BackupFile,
	type ImportMode
} from './format';
export { BackupFileError, type BackupProblem } from './errors';
export { assertBackupSize, backupFilename, parseBackup, serializeBackup } from './validate';
export { BackupFileSchema } from './schema';
