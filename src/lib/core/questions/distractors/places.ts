import {
	CITIES,
	citiesOf,
	COUNTRIES,
	countryByCode,
	findCity,
	findCountry,
	findRegion,
	REGIONS,
	type Country
} from '../../lexicon';
import type { Fact } from '../../types';

export type PlaceGroup = 'country' | 'city' | 'region';

export interface ReferencePlace {
	text: string;
	group: PlaceGroup;
	/** ISO code of the country it is in (or is). */
	country: string;
}

/** Enough reference places for any prompt to leave the few a question needs. */
const LIMIT = 30;

/** The group of a place name by the reference lists: a country, a large city or a region. */
export function placeGroup(name: string): PlaceGroup | undefined {
	if (findCountry(name)) return 'country';
	if (findCity(name)) return 'city';
	if (findRegion(name)) return 'region';
	return undefined;
}

/** The country a place belongs to, by the facts stage or the reference lists. */
export function countryOf(fact: Fact, answer: string): string | undefined {
	for (const name of [answer, fact.value]) {
		const c = findCountry(name)?.code ?? findCity(name)?.country ?? findRegion(name)?.country;
		if (c) return c;
	}
	return fact.country;
}

const cache = new Map<string, ReferencePlace[]>();

/**
 * Reference places like the answer, nearest first: countries of the same part of the world,
 * the largest cities of the same country (then capitals nearby), regions of the same country.
 */
export function placePool(answer: string, fact: Fact, group: PlaceGroup): ReferencePlace[] {
	const country = countryOf(fact, answer);
	const key = `${group}|${country ?? ''}`;
	let out = cache.get(key);
	if (!out) {
		out = build(group, country ? countryByCode(country) : undefined);
		cache.set(key, out);
	}
	return out;
}

/** Countries with a city of 250,000 people: a territory of a few thousand is no peer. */
const SIZEABLE = new Set(CITIES.filter((c) => c.population >= 250).map((c) => c.country));

function near(c: Country): Country[] {
	const peers = COUNTRIES.filter((o) => o !== c && SIZEABLE.has(o.code));
	const same = peers.filter((o) => o.subregion === c.subregion);
	const wider = peers.filter((o) => o.subregion !== c.subregion && o.region === c.region);
	return [...same, ...wider];
}

function build(group: PlaceGroup, c: Country | undefined): ReferencePlace[] {
	if (!c) return [];
	if (group === 'country')
		return near(c)
			.slice(0, LIMIT)
			.map((o) => ({ text: o.name, group, country: o.code }));
	if (group === 'region')
		return REGIONS.filter((r) => r.country === c.code)
			.slice(0, LIMIT)
			.map((r) => ({ text: r.name, group, country: r.country }));
	const cities = [...citiesOf(c.code)]
		.sort((a, b) => b.population - a.population)
		.map((x) => ({ text: x.name, group, country: x.country }));
	// A country with few large cities lends the capitals of its neighbours.
	const capitals = near(c)
		.filter((o) => o.capital)
		.map((o) => ({ text: o.capital, group, country: o.code }));
	return [...cities, ...capitals].slice(0, LIMIT);
}
