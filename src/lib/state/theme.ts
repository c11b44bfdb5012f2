import { applyTheme, type Theme } from './settings.svelte';

// A copy of the theme outside IndexedDB, read synchronously at start-up: IndexedDB answers
// only after the first paint, and a dark theme should not flash light. No inline script may
// do this earlier (CSP).
const KEY = 'factdeck-theme';

export function rememberTheme(theme: Theme): void {
	try {
		localStorage.setItem(KEY, theme);
	} catch {
		// Storage can be off (private mode); the theme still applies to this page.
	}
}

export function applyRememberedTheme(): void {
	try {
		const t = localStorage.getItem(KEY);
		if (t === 'light' || t === 'dark') applyTheme(t);
	} catch {
		// Nothing remembered: the system theme applies until the settings load.
	}
}
