import { FactdeckError } from '$lib/core/errors';

/** The browser refused to store more: the device or the site's storage quota is full. */
export class StorageFullError extends FactdeckError {
	constructor() {
		super(
			'Your device has no room left for Factdeck’s data, so this was not saved. Free some space (or delete an article) and try again.'
		);
	}
}

/** IndexedDB is missing or refused to open (private mode in some browsers, a broken profile). */
export class StorageUnavailableError extends FactdeckError {
	constructor(detail?: string) {
		super('Factdeck cannot save your progress in this browser' + (detail ? ` (${detail}).` : '.'));
	}
}

/** A newer version of Factdeck opened in another tab: this tab must reload to go on. */
export class ReloadRequiredError extends FactdeckError {
	constructor() {
		super('Factdeck was updated in another tab. Reload this page to go on.');
	}
}

/** A backup file that is not a Factdeck backup, or of a version this app cannot read. */
export class BackupFormatError extends FactdeckError {}

/** Turns a DOMException from IndexedDB into one of the errors above where one fits. */
export function mapStorageError(error: unknown): unknown {
	const name = (error as { name?: string } | null)?.name;
	if (name === 'QuotaExceededError') return new StorageFullError();
	if (name === 'InvalidStateError' || name === 'DatabaseClosedError')
		return new ReloadRequiredError();
	return error;
}
