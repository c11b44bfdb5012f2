import {
	findCity,
	findCountry,
	findRegion,
	isWorldRegion,
	demonymCountry,
	type Country
} from '../lexicon';
import {
	ORGANISATION_HEADS as MORE_ORG_HEADS,
	PLACE_HEADS as MORE_PLACE_HEADS
} from '../names/head-words';
import type { OrganisationDetail, PlaceDetail } from '../types';

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

// The words English names of organisations are built on, by what they name.
const ORG_WORDS: [OrganisationDetail, Set<string>][] = [
	['school', set('university college school academy institute polytechnic conservatory seminary')],
	[
		'party',
		set('party democrats republicans conservatives tories labour socialists greens liberals')
	],
	[
		'media',
		set(`times post herald tribune journal gazette telegraph guardian observer chronicle
		news newspaper magazine radio television tv broadcasting broadcaster channel press wire daily weekly
		review mail mirror sun express independent standard record bulletin`)
	],
	[
		'team',
		set(
			'fc f.c. afc united rovers athletic athletico wanderers hotspur albion city club team sc cf'
		)
	],
	[
		'government',
		set(`ministry department office agency bureau directorate commission committee council
		board authority parliament congress senate assembly court tribunal police guard navy army force
		forces corps command fleet intelligence service services administration cabinet government
		embassy consulate treasury reserve secretariat duma knesset bundestag legislature`)
	],
	[
		'company',
		set(`inc inc. corp corp. corporation company co co. ltd ltd. llc plc gmbh ag sa s.a. group
		holdings bank airlines airways motors systems technologies labs pharmaceuticals energy oil
		industries enterprises partners capital investments securities telecom studios records games
		software electronics foods brewery insurance`)
	]
];

// Last words (or first, before "of") that make a name an organisation's, whatever else it holds.
const ORG_HEADS = set(`university college school academy institute conservatory party ministry
	department agency bureau commission committee council board authority parliament congress senate
	assembly court tribunal police army navy corps inc inc. corp corp. corporation company co. ltd
	ltd. llc plc gmbh group holdings bank airlines airways motors systems technologies laboratories
	pharmaceuticals industries fc afc club association federation foundation society union league
	organisation organization trust times post herald tribune journal gazette telegraph observer chronicle
	newspaper magazine broadcasting`);
// Last words (or first, before "of") that make a name a place's.
const PLACE_HEADS = set(`river lake sea ocean bay gulf strait island islands peninsula mountain
	mountains mount valley desert street avenue road square bridge airport station stadium park
	province county district region`);

// First words that make a name a place's: "Mount Kenya", "Lake Volta".
const PLACE_FIRST = set('mount lake cape fort port isle');

/** The kind a name's own head word gives it ("Lakeside University", "Gulf of Aden"), if any. */
export function headKind(name: string): 'organisation' | 'place' | undefined {
	const words = name.toLowerCase().split(/\s+/);
	const heads = [words[words.length - 1]];
	if (words[1] === 'of') heads.push(words[0]);
	if (heads.some((w) => PLACE_HEADS.has(w)) || PLACE_FIRST.has(words[0])) return 'place';
	if (heads.some((w) => ORG_HEADS.has(w) || (MORE_ORG_HEADS.has(w) && w !== 'house')))
		return 'organisation';
	return undefined;
}

/** What sort of organisation a name is, from the words it is built of; "other" when none tell. */
export function organisationDetail(name: string): OrganisationDetail {
	// "the United States' Central Intelligence Agency": the owner's words are another name's
	const own = name.split(/['’]s?\s+/).pop()!;
	const words = own.toLowerCase().split(/\s+/);
	// the head word tells first: "Ohio State University Press" is a publisher, "Manchester
	// United" a team, "… Intelligence Agency" a government body
	const last = words[words.length - 1];
	for (const [detail, heads] of ORG_WORDS) if (heads.has(last)) return detail;
	for (const [detail, heads] of ORG_WORDS) if (words.some((w) => heads.has(w))) return detail;
	return 'other';
}

// The words English names of places end on when they name a site or a feature.
const SITE_WORDS = set(`airport station stadium arena park square street avenue road bridge tower
	palace castle cathedral church mosque temple museum gallery hospital prison base port harbour harbor
	hall centre center building house theatre theater zoo dam mine plant`);
const REGION_WORDS = set(`province region state county district territory oblast krai republic
	valley peninsula island islands coast desert mountains sea ocean river lake gulf bay strait`);

/**
 * What a place's name says it is by the word it is built on: "Hartford Hospital" a site,
 * "Middlesex County" a region; "" for a plain name ("Dover", "New England").
 */
export function placeHead(name: string): 'site' | 'region' | '' {
	const words = name.toLowerCase().trim().split(/\s+/);
	if (words.length < 2) return '';
	const heads = [words[words.length - 1], ...(words[1] === 'of' ? [words[0]] : [])];
	if (heads.some((w) => SITE_WORDS.has(w))) return 'site';
	if (heads.some((w) => REGION_WORDS.has(w))) return 'region';
	return '';
}

/** A word English names of bodies, sites and regions are built on ("Centre", "Bay", "Fund"). */
export function isHeadWord(word: string): boolean {
	const w = word.toLowerCase();
	return (
		ORG_HEADS.has(w) ||
		PLACE_HEADS.has(w) ||
		SITE_WORDS.has(w) ||
		REGION_WORDS.has(w) ||
		ORG_WORDS.some(([, words]) => words.has(w))
	);
}

// More words English names of places and sites end on: "Palm Springs", "Panama Canal".
const MORE_PLACE_WORDS = set(`heights springs gardens point ridge sound delta basin plateau plains
	canal reservoir pass pier wharf quay market mall junction terminal area keys reef highlands
	lowlands field fields wall gate waterfront downs heath green place circle drive way highway
	motorway freeway expressway corridor metro municipality governorate oblast krai shore shores
	glacier marsh marshes woods wood cove inlet lagoon archipelago atoll monument memorial dome
	speedway raceway circuit racecourse headquarters aquarium observatory`);

/**
 * Is the word one English names of places, sites and regions end on ("Street", "Bay",
 * "Heights", "Canal")?
 */
export function isPlaceHeadWord(word: string): boolean {
	const w = word.toLowerCase();
	return (
		PLACE_HEADS.has(w) ||
		SITE_WORDS.has(w) ||
		REGION_WORDS.has(w) ||
		MORE_PLACE_HEADS.has(w) ||
		MORE_PLACE_WORDS.has(w)
	);
}

/** What sort of place a name is, and the country it lies in, from the reference lists. */
export function placeDetail(name: string): { detail: PlaceDetail; country?: string } {
	const country: Country | undefined = findCountry(name);
	if (country) return { detail: 'country', country: country.code };
	const words = name.toLowerCase().split(/\s+/);
	const last = words[words.length - 1];
	if (SITE_WORDS.has(last)) return { detail: 'site' };
	const city = findCity(name);
	if (city) return { detail: 'city', country: city.country };
	const region = findRegion(name);
	if (region) return { detail: 'region', country: region.country };
	// "Northamptonshire", "Yorkshire": English counties end on "-shire"
	if (
		isWorldRegion(name) ||
		REGION_WORDS.has(last) ||
		REGION_WORDS.has(words[0]) ||
		/shire$/.test(last)
	)
		return { detail: 'region' };
	// most places news names without a head word are towns and cities
	return { detail: 'city' };
}

/** A demonym or a word made from one ("French", "Russians") names no place. */
export function isDemonymWord(word: string): boolean {
	return !!demonymCountry(word) || (word.endsWith('s') && !!demonymCountry(word.slice(0, -1)));
}
