import { findCity, findCountry, findRegion, isGivenName } from '../lexicon';
import { isHeadWord, isPlaceHeadWord } from './detail';

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

// Words that end the names of events and of agreements named after where they are held or
// signed: "Boston Marathon", "Paris Agreement", "Kyoto Protocol".
const EVENT_WORDS = new Set(
	`marathon open games cup championship championships festival summit conference expo fair
	olympics derby classic series tour rally parade carnival awards agreement agreements accord
	accords treaty protocol declaration convention attack attacks bombing bombings massacre
	uprising war crisis riots earthquake constitution act law bill charter`.split(/\s+/)
);

/**
 * Is a name a place's name with a word after it that no place's name ends on? English names
 * bodies and events after their home: "Utah Jazz" and "Oklahoma City Thunder" are teams,
 * "Kyiv Independent" a newspaper ("body"); "Boston Marathon" and "Paris Agreement" an event
 * and a treaty ("event"). Places built on a place end on a word of places ("Oklahoma City",
 * "Panama Canal", "Chesapeake Energy Arena") or are listed whole ("Papua New Guinea"), and an
 * abbreviation after a city ("Washington DC") is part of its name.
 */
export function namedForHome(name: string): 'body' | 'event' | undefined {
	const words = name.trim().split(/\s+/);
	if (words.length < 2 || findCountry(name) || findRegion(name) || findCity(name)) return undefined;
	const home = placesInName(name).find((p) => p.start === 0);
	if (!home) return undefined;
	const rest = name.slice(home.end).trim();
	const tail = rest.split(/\s+/);
	// the words after the place: capitalised words of a name, with lower-case letters
	if (!tail.every((w) => /^\p{Lu}[\p{Ll}'’.-]*\p{Ll}[\p{L}'’.-]*$/u.test(w))) return undefined;
	if (tail.some(isPlaceHeadWord) || findCountry(rest) || findRegion(rest) || findCity(rest))
		return undefined;
	return EVENT_WORDS.has(tail[tail.length - 1].toLowerCase()) ? 'event' : 'body';
}
