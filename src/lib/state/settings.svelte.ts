import { DEFAULT_SETTINGS, getSettings, saveSettings, type Settings, type Theme } from '$lib/store';
import { getDb } from './db';
import { messageOf } from './errors';

export type { Settings, Theme };
export { MAX_SESSION_LENGTH, MIN_SESSION_LENGTH, parseSessionLength } from '$lib/store';

/** Shows the chosen theme: the `data-theme` attribute, absent for 'system'. */
export function applyTheme(theme: Theme): void {
	if (typeof document === 'undefined') return;
	const root = document.documentElement;
	if (theme === 'system') delete root.dataset.theme;
	else root.dataset.theme = theme;
}

/** The learner's settings; one instance for the app (`settings`). */
export class SettingsState {
	#value = $state<Settings>({ ...DEFAULT_SETTINGS });
	#loaded = $state(false);
	#error = $state<string | null>(null);

	/** Questions per session (1–200; default 10). */
	get sessionLength(): number {
		return this.#value.sessionLength;
	}

	/** Desired retention, 0.7–0.99 (default 0.9). */
	get retention(): number {
		return this.#value.retention;
	}

	get theme(): Theme {
		return this.#value.theme;
	}

	get loaded(): boolean {
		return this.#loaded;
	}

	get error(): string | null {
		return this.#error;
	}

	/** Reads the stored settings and applies the theme. */
	async load(): Promise<void> {
		try {
			this.#value = await getSettings(await getDb());
			this.#loaded = true;
			this.#error = null;
			applyTheme(this.#value.theme);
		} catch (error) {
			this.#error = messageOf(error);
		}
	}

	/** Saves a change (values are clamped to their ranges) and applies the theme. */
	async update(patch: Partial<Settings>): Promise<void> {
		try {
			this.#value = await saveSettings(await getDb(), { ...this.#value, ...patch });
			this.#error = null;
			applyTheme(this.#value.theme);
		} catch (error) {
			this.#error = messageOf(error);
			throw error;
		}
	}
}

export const settings = new SettingsState();
