/** Whether the browser believes it is online, kept current by its online/offline events. */
export class OnlineStatus {
	#online = $state(true);

	get online(): boolean {
		return this.#online;
	}

	/** Starts listening; returns the function that stops it. */
	watch(target: Window = window): () => void {
		const update = () => (this.#online = target.navigator.onLine);
		update();
		target.addEventListener('online', update);
		target.addEventListener('offline', update);
		return () => {
			target.removeEventListener('online', update);
			target.removeEventListener('offline', update);
		};
	}
}
