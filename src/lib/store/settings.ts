import { clampRetention } from '$lib/core/schedule';
import { DEFAULT_SETTINGS, type Settings, type Theme } from './records';
import type { FactdeckDb } from './schema';
import { commit } from './tx';

const THEMES: readonly Theme[] = ['system', 'light', 'dark'];

/** Settings with every field present and in range, whatever was stored. */
export function normaliseSettings(value: Partial<Settings> | undefined): Settings {
	const v = { ...DEFAULT_SETTINGS, ...value };
	const length = Math.round(Number(v.sessionLength));
	return {
		sessionLength: Number.isFinite(length)
			? Math.min(100, Math.max(1, length))
			: DEFAULT_SETTINGS.sessionLength,
		retention: clampRetention(Number(v.retention)),
		theme: THEMES.includes(v.theme) ? v.theme : DEFAULT_SETTINGS.theme
	};
}

export async function getSettings(db: FactdeckDb): Promise<Settings> {
	return normaliseSettings(await db.get('settings', 'settings'));
}

/** Stores the settings (normalised) and returns what was stored. */
export async function saveSettings(db: FactdeckDb, settings: Settings): Promise<Settings> {
	const value = normaliseSettings(settings);
	const tx = db.transaction('settings', 'readwrite');
	await commit(tx, () => tx.store.put(value, 'settings'));
	return value;
}
