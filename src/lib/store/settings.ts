import { clampRetention } from '$lib/core/schedule';
import { DEFAULT_SETTINGS, type Settings, type Theme } from './records';
import type { FactdeckDb } from './schema';
import { commit } from './tx';

const THEMES: readonly Theme[] = ['system', 'light', 'dark'];

export const MIN_SESSION_LENGTH = 1;
export const MAX_SESSION_LENGTH = 200;

/**
 * A session length as typed: the number, or why it is refused. Nothing is clamped: a value
 * out of range is refused with a message, never silently changed.
 */
export function parseSessionLength(raw: string): { value: number } | { error: string } {
	const text = raw.trim();
	const range = `from ${MIN_SESSION_LENGTH} to ${MAX_SESSION_LENGTH}`;
	if (text === '') return { error: `Type how many questions a session asks, ${range}.` };
	const n = Number(text);
	if (!Number.isInteger(n) || n < MIN_SESSION_LENGTH || n > MAX_SESSION_LENGTH)
		return { error: `${text} is not possible: a session asks ${range} questions.` };
	return { value: n };
}

/** Settings with every field present and in range, whatever was stored. */
export function normaliseSettings(value: Partial<Settings> | undefined): Settings {
	const v = { ...DEFAULT_SETTINGS, ...value };
	const length = Math.round(Number(v.sessionLength));
	return {
		sessionLength: Number.isFinite(length)
			? Math.min(MAX_SESSION_LENGTH, Math.max(MIN_SESSION_LENGTH, length))
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
