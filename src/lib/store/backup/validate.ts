import * as v from 'valibot';
import {
	BACKUP_FORMAT,
	BACKUP_VERSION,
	countsOf,
	MAX_BACKUP_BYTES,
	type BackupCounts,
	type BackupFile
} from './format';
import { BackupFileError, damaged } from './errors';
import { BackupFileSchema, BackupFileV1Schema } from './schema';
import { checkIntegrity } from './integrity';
import { describeIssue, RECORD_NAMES } from './messages';
import { sha256Hex, signBackup, signedHeader } from './digest';

const NOT_OURS = 'This file is not a Factdeck backup';
const CHECKSUM = 'its contents do not match its checksum';
const BOM = [0xef, 0xbb, 0xbf];

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
 * Reads and validates a whole backup file, in this order: size, UTF-8, checksum, JSON,
 * header, every record, the references between them. Throws a BackupFileError that says
 * in plain words what is wrong first; returns only a backup that can be written as it is.
 */
export async function parseBackup(input: Uint8Array | string): Promise<BackupFile> {
	let bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
	assertBackupSize(bytes.length);
	if (BOM.every((b, i) => bytes[i] === b)) bytes = bytes.subarray(3);
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
	} catch {
		throw damaged(
			'encoding',
			'it is not UTF-8 text, as Factdeck saves it (it was changed, or saved in another encoding)'
		);
	}
	if (text.trim() === '') throw new BackupFileError('empty', `${NOT_OURS}: it is empty.`);
	const signed = signedHeader(text);
	if (signed && (await sha256Hex(bytes.subarray(signed.bodyStart))) !== signed.digest)
		throw damaged('checksum', CHECKSUM);
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		throw new BackupFileError(
			'not-json',
			`${NOT_OURS}, or it is damaged: it is not valid JSON (it may have been cut short).`
		);
	}
	const version = assertHeader(json);
	// A current file whose header is not exactly as written was edited or damaged.
	if (version === BACKUP_VERSION && !signed) throw damaged('checksum', CHECKSUM);
	return version === 1 ? readVersion1(json) : readCurrent(json);
}

function readCurrent(json: unknown): BackupFile {
	const file = parse(BackupFileSchema, json);
	const mismatch = countMismatch(file.counts, countsOf(file.data));
	if (mismatch) throw damaged('invalid', mismatch);
	return checked(file);
}

/** Version 1 files have no checksum: they are accepted only if every record is sound. */
function readVersion1(json: unknown): BackupFile {
	const old = parse(BackupFileV1Schema, json);
	return checked({ ...old, version: BACKUP_VERSION, counts: countsOf(old.data) });
}

function parse<S extends v.GenericSchema>(schema: S, json: unknown): v.InferOutput<S> {
	const result = v.safeParse(schema, json, { abortEarly: true });
	if (!result.success) throw damaged('invalid', describeIssue(result.issues[0]));
	return result.output;
}

function checked(file: BackupFile): BackupFile {
	const problem = checkIntegrity(file.data);
	if (problem) throw damaged('invalid', problem);
	return file;
}

function countMismatch(said: BackupCounts, found: BackupCounts): string | null {
	for (const key of Object.keys(said) as (keyof BackupCounts)[])
		if (said[key] !== found[key])
			return `it says it holds ${said[key]} ${RECORD_NAMES[key]} records but holds ${found[key]}`;
	return null;
}

/** The header decides which message fits: another app's file, or a newer Factdeck's. */
function assertHeader(json: unknown): number {
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
			`This backup was made by a newer version of Factdeck (backup version ${version}; this app reads versions up to ${BACKUP_VERSION}). Update Factdeck, then import it again.`
		);
	if (version !== 1 && version !== BACKUP_VERSION)
		throw damaged('invalid', 'its version is not one Factdeck knows');
	return version;
}

function megabytes(bytes: number): string {
	return (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
}

/** The file's text, signed: a digest of everything after its header. */
export function serializeBackup(backup: BackupFile): Promise<string> {
	const { exportedAt, counts, data } = backup;
	return signBackup(backup.version, JSON.stringify({ exportedAt, counts, data }).slice(1));
}

/** factdeck-backup-2026-11-25.json: sorts by date, says what it is. */
export function backupFilename(now: number): string {
	return `factdeck-backup-${new Date(now).toISOString().slice(0, 10)}.json`;
}
