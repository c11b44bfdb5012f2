/** The reference lists as lookup tables; loaded apart from the grader (see lexicon.ts). */
// Only the country rows of the lexicon: a named import keeps its other lists out.
import { countries } from '../lexicon/lexicon.json';
import { countryLines } from '../lexicon/country-lines';
import reference from './data/reference.json';
import places from './data/spellings.json';
import { normaliseAnswer } from './normalise';

export interface Index {
	/** Name → the groups (same thing, other names) it belongs to. */
	groups: Map<string, number[]>;
	/** Country name → ISO code. */
	country: Map<string, string[]>;
	/** Demonym → ISO code. */
	demonym: Map<string, string[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
	const list = map.get(key);
	if (!list) map.set(key, [value]);
	else if (!list.includes(value)) list.push(value);
}

function build(): Index {
	const idx: Index = {
		groups: new Map(),
		country: new Map(),
		demonym: new Map()
	};
	let id = 0;
	const group = (names: readonly string[]) => {
		for (const n of names) push(idx.groups, normaliseAnswer(n), id);
		id++;
	};
	const allCountries = [
		...countryLines(countries).map(({ code, name, official, others, demonyms }) => ({
			c: code,
			n: [name, official, ...others],
			d: demonyms
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
		}
		for (const d of c.d) {
			push(idx.demonym, normaliseAnswer(d), c.c);
		}
	}
	for (const a of reference.acronyms) group(a.n);
	for (const p of places) group(p);
	return idx;
}

export const index: Index = build();
