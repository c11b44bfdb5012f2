/** Reference lists: other names of one country, city or body, and a country's demonyms. */
// Only the country rows of the lexicon: a named import keeps its other lists out of the quiz.
import { countries } from '../lexicon/lexicon.json';
import reference from './data/reference.json';
import places from './data/spellings.json';
import { normaliseAnswer } from './normalise';

/** A lexicon row: code, common name, official name, other names, demonyms, … */
type CountryRow = [string, string, string, string[], string[], ...unknown[]];

interface Index {
	/** Name → the groups (same thing, other names) it belongs to. */
	groups: Map<string, number[]>;
	/** Country name → ISO code. */
	country: Map<string, string[]>;
	/** Demonym → ISO code. */
	demonym: Map<string, string[]>;
	/** ISO code → demonyms. */
	demonymsOf: Map<string, string[]>;
	/** ISO code → names. */
	namesOf: Map<string, string[]>;
}

let index: Index | null = null;

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
	const list = map.get(key);
	if (!list) map.set(key, [value]);
	else if (!list.includes(value)) list.push(value);
}

// Built on first use, so a page that never grades a typed answer pays nothing.
function build(): Index {
	const idx: Index = {
		groups: new Map(),
		country: new Map(),
		demonym: new Map(),
		demonymsOf: new Map(),
		namesOf: new Map()
	};
	let id = 0;
	const group = (names: readonly string[]) => {
		for (const n of names) push(idx.groups, normaliseAnswer(n), id);
		id++;
	};
	const allCountries = [
		...(countries as CountryRow[]).map(([c, name, official, others, d]) => ({
			c,
			n: [name, official, ...others],
			d
		})),
		...reference.countries.map((c) => ({ ...c, d: [] as string[] }))
	];
	const codeGroup = new Map<string, number>();
	for (const c of allCountries) {
		// One group per country, whichever list names it.
		let g = codeGroup.get(c.c);
		if (g === undefined) codeGroup.set(c.c, (g = id++));
		for (const n of c.n) {
			push(idx.groups, normaliseAnswer(n), g);
			push(idx.country, normaliseAnswer(n), c.c);
			push(idx.namesOf, c.c, n);
		}
		for (const d of c.d) {
			push(idx.demonym, normaliseAnswer(d), c.c);
			push(idx.demonymsOf, c.c, d);
		}
	}
	for (const a of reference.acronyms) group(a.n);
	for (const p of places) group(p);
	return idx;
}

const lists = () => (index ??= build());

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

/** The demonyms of a country, by ISO code. */
export const demonymsOf = (code: string): string[] =>
	lists().demonymsOf.get(code.toUpperCase()) ?? [];

/** The names of a country, by ISO code. */
export const countryNames = (code: string): string[] =>
	lists().namesOf.get(code.toUpperCase()) ?? [];
