/**
 * Reference lists built by scripts/build-lexicon.ts from named datasets (see README.md):
 * countries with their other names, demonyms and capitals; large cities; first-level
 * regions; given names. Lookups ignore case and accents' absence is not forgiven: names are
 * matched as written, lower-cased.
 */
import { countryLines, type Country } from './country-lines';
import data from './lexicon.json';

export type { Country } from './country-lines';

export interface City {
	name: string;
	/** ISO 3166-1 alpha-2 */
	country: string;
	/** Thousands of people. */
	population: number;
}

export interface Region {
	name: string;
	country: string;
}

const key = (s: string) =>
	s
		.toLowerCase()
		.replace(/[’']/g, "'")
		.replace(/^the\s+/, '')
		.replace(/\.(?=\S)|\.$/g, '')
		.replace(/\s+/g, ' ')
		.trim();

export const COUNTRIES: readonly Country[] = countryLines(data.countries);

const byCountryName = new Map<string, Country>();
const byCode = new Map<string, Country>();
const byDemonym = new Map<string, Country>();
for (const c of COUNTRIES) {
	byCode.set(c.code, c);
	for (const n of [c.name, c.official, ...c.others])
		if (!byCountryName.has(key(n))) byCountryName.set(key(n), c);
	for (const d of c.demonyms) if (!byDemonym.has(key(d))) byDemonym.set(key(d), c);
}

// one line a city: "Shanghai\tCN\t22315", the largest first
export const CITIES: readonly City[] = data.cities.split('\n').map((line) => {
	const [name, country, population] = line.split('\t');
	return { name, country, population: Number(population) };
});
const byCity = new Map<string, City>();
for (const c of CITIES) if (!byCity.has(key(c.name))) byCity.set(key(c.name), c);

// one line a country: "AD\tAndorra la Vella|Canillo|…"
export const REGIONS: readonly Region[] = data.regions.split('\n').flatMap((line) => {
	const [country, names] = line.split('\t');
	return names.split('|').map((name) => ({ name, country }));
});
const byRegion = new Map<string, Region>();
for (const r of REGIONS) if (!byRegion.has(key(r.name))) byRegion.set(key(r.name), r);

/** Continents and sub-regions as the country list names them ("Europe", "Western Africa"). */
export const WORLD_REGIONS: readonly string[] = [
	...new Set(COUNTRIES.flatMap((c) => [c.region, c.subregion]).filter(Boolean))
].sort();
const worldRegions = new Set(WORLD_REGIONS.map(key));

// a name on both lists is stored once, under bothNames
const words = (list: string) => list.split(' ').map((n) => n.toLowerCase());
const femaleNames = new Set([...words(data.femaleNames), ...words(data.bothNames)]);
const maleNames = new Set([...words(data.maleNames), ...words(data.bothNames)]);

/** The country a name stands for, in any of its forms ("UK", "the United States", "Britain"). */
export function findCountry(name: string): Country | undefined {
	const found = byCountryName.get(key(name));
	if (found) return found;
	// A two-letter code counts only written in capitals, with or without dots ("US", "U.S.").
	const code = name.replace(/\./g, '');
	return /^[A-Z]{2}$/.test(code) ? byCode.get(code) : undefined;
}

export function countryByCode(code: string): Country | undefined {
	return byCode.get(code.toUpperCase());
}

/** The country of a demonym ("French" → France). */
export function demonymCountry(word: string): Country | undefined {
	return byDemonym.get(key(word));
}

/** The largest listed city of that name. */
export function findCity(name: string): City | undefined {
	return byCity.get(key(name));
}

export function findRegion(name: string): Region | undefined {
	return byRegion.get(key(name));
}

export function isWorldRegion(name: string): boolean {
	return worldRegions.has(key(name));
}

/** A common English given name ("Sarah", "James"). */
export function isGivenName(word: string): boolean {
	return femaleNames.has(word.toLowerCase()) || maleNames.has(word.toLowerCase());
}

/** Whether a given name is a woman's or a man's in the lists; undefined if both or neither. */
export function givenNameGender(word: string): 'female' | 'male' | undefined {
	const w = word.toLowerCase();
	const f = femaleNames.has(w);
	const m = maleNames.has(w);
	return f === m ? undefined : f ? 'female' : 'male';
}

/** Every name a country goes by, the common one first. */
export function countryNames(c: Country): string[] {
	return [...new Set([c.name, c.official, ...c.others])];
}

export function citiesOf(country: string): City[] {
	return CITIES.filter((c) => c.country === country);
}
