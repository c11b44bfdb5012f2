import {
	assertBackupSize,
	backupFilename,
	exportBackup,
	restoreBackup,
	serializeBackup,
	type ImportMode,
	type ImportSummary
} from '$lib/store/backup';
import { getDb } from './db';
import { messageOf } from './errors';
import { settings } from './settings.svelte';

export type { ImportMode };

export type BackupStatus = 'idle' | 'working' | 'done' | 'refused';

/** A backup file ready to be saved by the browser. */
export interface BackupDownload {
	blob: Blob;
	filename: string;
}

/** The backup panel: export everything to one file, import a file back. */
export class BackupState {
	#status = $state<BackupStatus>('idle');
	#message = $state<string | null>(null);
	#summary = $state<ImportSummary | null>(null);
	#file = $state<string | null>(null);

	get status(): BackupStatus {
		return this.#status;
	}

	/** What went wrong (refused) or what was done, for the learner. */
	get message(): string | null {
		return this.#message;
	}

	get summary(): ImportSummary | null {
		return this.#summary;
	}

	/** The name of the file the outcome is about. */
	get file(): string | null {
		return this.#file;
	}

	async export(now = Date.now()): Promise<BackupDownload | null> {
		this.#status = 'working';
		try {
			const backup = await exportBackup(await getDb(), now);
			const blob = new Blob([await serializeBackup(backup)], { type: 'application/json' });
			this.#status = 'idle';
			this.#message = null;
			return { blob, filename: backupFilename(now) };
		} catch (error) {
			this.#refuse(error);
			return null;
		}
	}

	/** Validates the whole file, then writes it in one transaction, or writes nothing. */
	async import(file: File, mode: ImportMode): Promise<void> {
		this.#status = 'working';
		this.#summary = null;
		this.#file = file.name;
		try {
			// Refused by its size before a huge file is read into memory.
			assertBackupSize(file.size);
			// Bytes, not text: a file that is not UTF-8 must be refused, not decoded with U+FFFD.
			const bytes = new Uint8Array(await file.arrayBuffer());
			const summary = await restoreBackup(await getDb(), bytes, mode);
			this.#summary = summary;
			this.#message = null;
			this.#status = 'done';
			await settings.load();
		} catch (error) {
			this.#refuse(error);
		}
	}

	#refuse(error: unknown): void {
		this.#message = messageOf(error);
		this.#status = 'refused';
	}
}
