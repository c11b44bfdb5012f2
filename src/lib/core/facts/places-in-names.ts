import { findCity, findCountry, findRegion, isGivenName } from '../lexicon';
import { isHeadWord } from './detail';

const SMALL = new Set(['of', 'the', 'and', 'for', 'de', 'at', 'in']);
const large = (word: string) =>
	!!findCountry(word) || !!findRegion(word) || (findCity(word)?.population ?? 0) >= 500;
const COMPASS = /^(?:north|south|east|west|central|middle)(?:ern)?$/i;

/**
 * The places an organisation's name is built on: "University of Michigan", "Toronto
 * Symphony Orchestra", "Bank of Portugal". English names bodies after the country, state or
 * city they serve, and such a name also names that place. Only places of the reference
 * lists count, the longest first, never the whole name, nor a lone head word,
 * given name or compass word. Offsets are into `name`.
 */
export function placesInName(name: string): { start: number; end: number; name: string }[] {
	const words = [...name.matchAll(/[\p{L}][\p{L}.'’-]*/gu)].map((m) => ({
		text: m[0].replace(/[.]$/u, (d) => (/\p{Lu}\.$/u.test(m[0]) ? d : '')),
		start: m.index
	}));
	const out: { start: number; end: number; name: string }[] = [];
	let i = 0;
	while (i < words.length) {
		let taken = 0;
		for (let n = Math.min(3, words.length - i); n >= 1 && !taken; n--) {
			if (n === words.length) continue;
			const run = words.slice(i, i + n);
			if (!/^\p{Lu}/u.test(run[0].text) || SMALL.has(run[n - 1].text.toLowerCase())) continue;
			// "Centre", "Bay": a head word is the kind of the name, not a place in it
			if (n === 1 && isHeadWord(run[0].text)) continue;
			// "Webber Douglas Academy", "Eastern League": a compass word, or a given name that is
			// no large city's, names no place
			if (
				n === 1 &&
				(COMPASS.test(run[0].text) || (isGivenName(run[0].text) && !large(run[0].text)))
			)
				continue;
			// "New England", "South Sudan", "West Virginia": a place after "New" or a compass
			// word is another place, which the whole name is
			if (i > 0 && (/^New$/.test(words[i - 1].text) || COMPASS.test(words[i - 1].text))) continue;
			const start = run[0].start;
			const end = run[n - 1].start + run[n - 1].text.length;
			const text = name.slice(start, end);
			if (findCountry(text) || findRegion(text) || findCity(text)) {
				out.push({ start, end, name: text });
				taken = n;
			}
		}
		i += taken || 1;
	}
	return out;
}
