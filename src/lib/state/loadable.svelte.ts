import { messageOf } from './errors';

/**
 * What a page reads from the store: the value, whether a load runs, whether one has finished,
 * and why the last one failed. The value is replaced whole, never changed in place, so it is
 * raw state: no deep proxy over lists of hundreds of records.
 */
export class Loadable<T> {
	#value: T;
	#loading = $state(false);
	#loaded = $state(false);
	#error = $state<string | null>(null);

	constructor(initial: T) {
		this.#value = $state.raw(initial);
	}

	protected get value(): T {
		return this.#value;
	}

	protected set value(value: T) {
		this.#value = value;
	}

	get loading(): boolean {
		return this.#loading;
	}

	/** True once a load finished (an empty list then means there is nothing). */
	get loaded(): boolean {
		return this.#loaded;
	}

	get error(): string | null {
		return this.#error;
	}

	/** Runs `read` and keeps its value; a failure keeps the old value and says why. */
	protected async run(read: () => Promise<T>): Promise<void> {
		this.#loading = true;
		try {
			this.#value = await read();
			this.#error = null;
			this.#loaded = true;
		} catch (error) {
			this.#error = messageOf(error);
		} finally {
			this.#loading = false;
		}
	}
}
