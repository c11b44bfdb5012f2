/**
 * Whether a single-key shortcut (1–4, T, F, Enter) may act: not while typing in a field,
 * not with a modifier (browser shortcuts), not while a dialog is open over the page.
 */
export function shortcutAllowed(event: KeyboardEvent): boolean {
	if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return false;
	const target = event.target as HTMLElement | null;
	if (target?.closest('input, textarea, select, [contenteditable="true"], dialog')) return false;
	return !document.querySelector('dialog[open]');
}

/** Moves an item of a list; returns a new array. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
	const out = [...list];
	if (from < 0 || from >= out.length || to < 0 || to >= out.length) return out;
	const [item] = out.splice(from, 1);
	out.splice(to, 0, item);
	return out;
}
