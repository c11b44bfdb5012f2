/**
 * What the UI must tell the learner about the database connection. One instance for the
 * app: the store reports into it, a banner component reads it.
 */
export class ConnectionState {
	#reloadNeeded = $state(false);
	#blocked = $state(false);
	#error = $state<string | null>(null);

	/** A newer version opened in another tab; this tab's connection is closed. Ask for a reload. */
	get reloadNeeded(): boolean {
		return this.#reloadNeeded;
	}

	/** An older tab keeps the database open, so the upgrade waits until that tab closes. */
	get blocked(): boolean {
		return this.#blocked;
	}

	/** The database could not be opened at all; a learner-readable message. */
	get error(): string | null {
		return this.#error;
	}

	markReloadNeeded(): void {
		this.#reloadNeeded = true;
	}

	setBlocked(blocked: boolean): void {
		this.#blocked = blocked;
	}

	setError(message: string | null): void {
		this.#error = message;
	}
}

export const connection = new ConnectionState();
