/**
 * Reference lookups: other names of one country, city or body, and a country's demonyms.
 * The lists (some 12 KB gzipped) load in their own chunk, started as soon as a page imports
 * the grader, so the first page does not wait for them; until they arrive (a few milliseconds,
 * from the precache), only the rules that need no list apply. `loadGradingLists()` lets a
 * caller, or a test, wait for them.
 */
import type { Index } from './lists';

const EMPTY: Index = {
	groups: new Map(),
	country: new Map(),
	demonym: new Map()
};

let index: Index | null = null;
let loading: Promise<void> | null = null;

/** Loads the reference lists once; resolves when grading uses them. Never rejects. */
export function loadGradingLists(): Promise<void> {
	loading ??= import('./lists').then(
		(m) => {
			index = m.index;
		},
		() => {
			// Without the lists the grader still applies every rule that needs none.
			loading = null;
		}
	);
	return loading;
}

// A page that may grade loads them at once; the generator's worker bundles the graders of the
// question types but never grades, so it leaves them (and a script run in Node awaits them)
if (typeof window !== 'undefined') void loadGradingLists();

const lists = (): Index => index ?? EMPTY;

/** Do the reference lists give `a` and `b` (both normalised) as names of one thing? */
export function sameByReference(a: string, b: string): boolean {
	const ga = lists().groups.get(a);
	const gb = ga && lists().groups.get(b);
	return !!gb && ga.some((g) => gb.includes(g));
}

/** ISO codes of the countries a normalised name names ("uk" → GB). */
export const countriesNamed = (name: string): string[] => lists().country.get(name) ?? [];

/** ISO codes of the countries whose people a normalised demonym names ("british" → GB). */
export const countriesOfDemonym = (word: string): string[] => lists().demonym.get(word) ?? [];
