import {
	CITIES,
	COUNTRIES,
	countryByCode,
	countryNames,
	demonymCountry,
	isGivenName,
	REGIONS,
	WORLD_REGIONS
} from '../lexicon';
import type { ExtraFeatures } from './features';
import { wordClasses } from './word-classes';

const LONGEST = 4;

let places: Map<string, string[]> | undefined;

/** Every place name of the reference lists, written as tokens joined by spaces, lower case. */
function placeIndex(): Map<string, string[]> {
	if (places) return places;
	const index = new Map<string, string[]>();
	const add = (name: string, list: string) => {
		const k = normalise(name);
		const lists = index.get(k) ?? [];
		if (!lists.includes(list)) lists.push(list);
		index.set(k, lists);
	};
	for (const c of COUNTRIES) {
		for (const n of countryNames(c)) add(n, 'country');
	}
	for (const c of CITIES) add(c.name, 'city');
	for (const r of REGIONS) add(r.name, 'region');
	for (const r of WORLD_REGIONS) add(r, 'world');
	return (places = index);
}

// Dots, "the" and the spaces the tokenizer puts around hyphens do not matter to a match.
function normalise(name: string): string {
	const lower = name.toLowerCase();
	if (!/[.\-\s]/.test(lower)) return lower;
	return lower
		.replace(/^the\s+/, '')
		.replace(/\./g, '')
		.replace(/\s*-\s*/g, '-')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * Which reference lists a token's words belong to: places (one to four words, marked B for
 * the first word and I for the others), demonyms and given names (one word). Only names
 * starting with a capital are looked up, so "may" or "china" in lower case never match.
 */
export const lexiconFeatures: ExtraFeatures = (words) => {
	const index = placeIndex();
	const out: string[][] = words.map(() => []);
	for (let i = 0; i < words.length; i++) {
		if (!/^\p{Lu}/u.test(words[i])) {
			for (const c of wordClasses(words[i].toLowerCase())) out[i].push('l' + c);
			continue;
		}
		for (const c of wordClasses(words[i].toLowerCase())) out[i].push('c' + c);
		let phrase = words[i].toLowerCase();
		for (let n = 2; n <= 3 && i + n <= words.length; n++) {
			phrase += ' ' + words[i + n - 1].toLowerCase();
			for (const c of wordClasses(phrase)) {
				out[i].push(`p${c}:B`);
				for (let k = i + 1; k < i + n; k++) out[k].push(`p${c}:I`);
			}
		}
		if (isGivenName(words[i])) out[i].push('given');
		if (demonymCountry(words[i])) out[i].push('demonym');
		let name = '';
		for (let n = 1; n <= LONGEST && i + n <= words.length; n++) {
			const w = words[i + n - 1];
			name = n === 1 ? w : name + ' ' + w;
			if (!/^\p{Lu}/u.test(w)) continue;
			const lists = index.get(normalise(name)) ?? countryCode(name);
			if (!lists) continue;
			for (const list of lists) {
				out[i].push(`${list}:B${n > 1 ? 'm' : ''}`);
				for (let k = i + 1; k < i + n; k++) out[k].push(`${list}:I`);
			}
		}
	}
	return out;
};

const COUNTRY = ['country'];

/** A two-letter country code counts only in capitals, with or without dots ("US", "U.S."). */
function countryCode(name: string): string[] | undefined {
	const code = name.replace(/\./g, '');
	return /^[A-Z]{2}$/.test(code) && countryByCode(code) ? COUNTRY : undefined;
}
