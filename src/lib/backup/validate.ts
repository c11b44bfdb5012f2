import * as v from 'valibot';
import { BACKUP_FORMAT, BACKUP_VERSION, MAX_BACKUP_BYTES, type BackupFile } from './format';
import { BackupFileError } from './errors';
import { BackupFileSchema } from './schema';
import { checkIntegrity } from './integrity';

const NOT_OURS = 'This file is not a Factdeck backup';

/** Refuses a file by its size alone, before it is read into memory. */
export function assertBackupSize(bytes: number): void {
	if (bytes === 0) throw new BackupFileError('empty', `${NOT_OURS}: it is empty.`);
	if (bytes > MAX_BACKUP_BYTES)
		throw new BackupFileError(
			'too-large',
			`This file is too large to be a Factdeck backup (${megabytes(bytes)} MB; the limit is ${megabytes(MAX_BACKUP_BYTES)} MB).`
		);
}

/**
 * Reads and validates a whole backup file. Throws a BackupFileError that says what is wrong;
 * returns only a backup that can be written as it is.
 */
export function parseBackup(text: string): BackupFile {
	// UTF-16 length understates UTF-8 bytes by at most 3×; this only guards against huge input.
	assertBackupSize(text.trim() === '' ? 0 : text.length);
	let json: unknown;
	try {
		json = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch {
		throw new BackupFileError(
			'not-json',
			`${NOT_OURS}, or it is damaged: it is not valid JSON (it may have been cut short).`
		);
	}
	assertHeader(json);
	const result = v.safeParse(BackupFileSchema, json);
	if (!result.success) {
		const issue = result.issues[0];
		const where = v.getDotPath(issue) ?? 'the file';
		throw new BackupFileError(
			'invalid',
			`This backup is damaged and was not imported: ${where}: ${issue.message}.`
		);
	}
	const problem = checkIntegrity(result.output.data);
	if (problem)
		throw new BackupFileError(
			'invalid',
			`This backup is damaged and was not imported: ${problem}.`
		);
	return result.output;
}

/** The header decides which message fits: another app's file, or a newer Factdeck's. */
function assertHeader(json: unknown): asserts json is Record<string, unknown> {
	if (typeof json !== 'object' || json === null || Array.isArray(json))
		throw new BackupFileError('foreign', `${NOT_OURS}: it holds JSON of another kind.`);
	const { format, version } = json as Record<string, unknown>;
	if (format !== BACKUP_FORMAT)
		throw new BackupFileError(
			'foreign',
			`${NOT_OURS}: it is JSON from another app (no "format": "${BACKUP_FORMAT}").`
		);
	if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_VERSION)
		throw new BackupFileError(
			'future-version',
			`This backup was made by a newer version of Factdeck (backup version ${version}; this app reads version ${BACKUP_VERSION}). Update Factdeck, then import it again.`
		);
	if (version !== BACKUP_VERSION)
		throw new BackupFileError(
			'invalid',
			`This backup is damaged and was not imported: its version (${JSON.stringify(version) ?? 'missing'}) is not one Factdeck knows.`
		);
}

function megabytes(bytes: number): string {
	return (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
}

/** The file's text, as a string for the download link. */
export function serializeBackup(backup: BackupFile): string {
	return JSON.stringify(backup);
}

/** factdeck-backup-2026-11-25.json: sorts by date, says what it is. */
export function backupFilename(now: number): string {
	return `factdeck-backup-${new Date(now).toISOString().slice(0, 10)}.json`;
}
