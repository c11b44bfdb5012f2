/** What the browser says about Factdeck's storage; null while unknown or unsupported. */
export class StorageState {
	#persisted = $state<boolean | null>(null);
	#usage = $state<number | null>(null);
	#quota = $state<number | null>(null);
	#asked = $state(false);
	#supported = $state(true);

	/** True: the browser will not clear the data on its own. */
	get persisted(): boolean | null {
		return this.#persisted;
	}

	get usage(): number | null {
		return this.#usage;
	}

	get quota(): number | null {
		return this.#quota;
	}

	/** Whether the learner asked for persistent storage in this visit. */
	get asked(): boolean {
		return this.#asked;
	}

	get supported(): boolean {
		return this.#supported;
	}

	async load(): Promise<void> {
		const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
		if (!storage?.persisted || !storage.estimate) {
			this.#supported = false;
			return;
		}
		const [persisted, estimate] = await Promise.all([storage.persisted(), storage.estimate()]);
		this.#persisted = persisted;
		this.#usage = estimate.usage ?? null;
		this.#quota = estimate.quota ?? null;
	}

	/** Asks the browser to keep the data; it decides (often by how much the site is used). */
	async request(): Promise<void> {
		if (!navigator.storage?.persist) return;
		this.#persisted = await navigator.storage.persist();
		this.#asked = true;
		await this.load();
	}
}

/** 1536 → "1.5 KB": sizes for people. */
export function formatBytes(bytes: number): string {
	const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
	let value = bytes;
	let unit = 0;
	while (value >= 1024 && unit < units.length - 1) {
		value /= 1024;
		unit++;
	}
	const digits = unit === 0 || value >= 100 ? 0 : 1;
	return `${value.toFixed(digits)} ${units[unit]}`;
}
