import type { Workbox } from 'workbox-window';

/** How often an open tab asks the server whether a new version exists. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/**
 * The one owner of the service worker on the page side: registers it, notices a new version
 * waiting, and reloads into it only when the learner asks.
 */
export class AppUpdate {
	#wb: Workbox | null = null;
	#ready = $state(false);
	#applying = $state(false);

	/** A new version is installed and waits for the learner's reload. */
	get ready(): boolean {
		return this.#ready;
	}

	/** The learner clicked reload; the new version is taking over. */
	get applying(): boolean {
		return this.#applying;
	}

	/** Registers /service-worker.js; returns the function that stops the update checks. */
	async register(url = '/service-worker.js'): Promise<() => void> {
		if (!('serviceWorker' in navigator)) return () => {};
		// Loaded here, not at startup: the first page stays small.
		const { Workbox } = await import('workbox-window');
		const wb = new Workbox(url);
		this.#wb = wb;
		wb.addEventListener('waiting', () => (this.#ready = true));
		await wb.register();
		return this.#watchForUpdates(wb);
	}

	/** The learner's click: let the waiting version take over, then reload into it. */
	apply(): void {
		const wb = this.#wb;
		if (!wb || !this.#ready || this.#applying) return;
		this.#applying = true;
		wb.addEventListener('controlling', () => location.reload());
		wb.messageSkipWaiting();
	}

	// Browsers check on navigation only; a learner may keep one tab open for days, so also
	// check when the tab comes back, when the network comes back, and hourly.
	#watchForUpdates(wb: Workbox): () => void {
		const check = () => {
			if (navigator.onLine) wb.update().catch(() => {});
		};
		const onVisible = () => {
			if (document.visibilityState === 'visible') check();
		};
		const timer = setInterval(check, UPDATE_CHECK_MS);
		window.addEventListener('online', check);
		document.addEventListener('visibilitychange', onVisible);
		return () => {
			clearInterval(timer);
			window.removeEventListener('online', check);
			document.removeEventListener('visibilitychange', onVisible);
		};
	}
}
