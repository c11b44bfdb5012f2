/**
 * A bundled list of names, the last source of distractors when the article has too few
 * of its own. Broad on purpose (news from anywhere, not one story), and tagged by group
 * and region so a Texas city gets US cities and a British judge gets British names.
 */
import { memo } from '../../memo';

export type NameGroup =
	| 'continent'
	| 'country'
	| 'city'
	| 'region'
	| 'water'
	| 'agency'
	| 'legislature'
	| 'court'
	| 'company'
	| 'media'
	| 'international'
	| 'party'
	| 'club'
	| 'competition'
	| 'university'
	| 'landmark'
	| 'politician'
	| 'business'
	| 'athlete'
	| 'person';

export type Region =
	'us' | 'uk' | 'europe' | 'russia' | 'asia' | 'mideast' | 'africa' | 'latam' | 'oceania' | 'world';

type Lists = Partial<Record<Region, string>>;

const DATA: Record<NameGroup, Lists> = {
	continent: {
		world:
			'Europe|Asia|Africa|North America|South America|Latin America|the Middle East|Oceania|Antarctica|the Arctic'
	},
	// Countries, cities and regions come from the reference lists (lexicon/), near the answer.
	country: {},
	city: {},
	region: {},
	water: {
		russia:
			'Black Sea|Sea of Azov|Caspian Sea|Kerch Strait|Barents Sea|White Sea|Dnieper River|Volga River|Lake Baikal',
		europe:
			'Baltic Sea|North Sea|Mediterranean Sea|Bosphorus|Danube|Rhine|English Channel|Adriatic Sea',
		us: 'Gulf of Mexico|Mississippi River|Hudson River|Great Lakes|Lake Michigan|Rio Grande|Colorado River',
		asia: 'Sea of Japan|South China Sea|Yangtze River|Ganges|Mekong River|Irrawaddy River|Bay of Bengal',
		mideast: 'Red Sea|Persian Gulf|Strait of Hormuz|Suez Canal|Euphrates|Nile',
		world: 'Atlantic Ocean|Pacific Ocean|Indian Ocean|Arctic Ocean'
	},
	// Organisations and people come from the article and the learner's other articles only:
	// a stock list of famous names offers options that have nothing to do with the story.
	agency: {},
	legislature: {},
	court: {},
	company: {},
	media: {},
	international: {},
	party: {},
	club: {},
	competition: {},
	university: {},
	landmark: {},
	politician: {},
	business: {},
	athlete: {},
	person: {}
};

const list = (s: string) => s.split('|');
const key = (name: string) => name.toLowerCase().replace(/^the\s+/, '');

/** Every bundled name by group, regions in a fixed order. */
export const GAZETTEER = {} as Record<NameGroup, string[]>;
/** Where a bundled name belongs: its first group and region. */
const GROUP_OF = new Map<string, NameGroup>();
const REGION_OF = new Map<string, Region>();
for (const [group, lists] of Object.entries(DATA) as [NameGroup, Lists][]) {
	GAZETTEER[group] = [];
	for (const [region, names] of Object.entries(lists) as [Region, string][])
		for (const name of list(names)) {
			GAZETTEER[group].push(name);
			if (!GROUP_OF.has(key(name))) GROUP_OF.set(key(name), group);
			if (!REGION_OF.has(key(name))) REGION_OF.set(key(name), region);
		}
}

/** Names that are the same place or body, so one is never a distractor for the other. */
export const SAME_NAMES: string[][] = [
	['kiev', 'kyiv'],
	['odessa', 'odesa'],
	['kharkov', 'kharkiv'],
	['united kingdom', 'uk', 'britain', 'great britain'],
	['united states', 'us', 'usa', 'america', 'united states of america'],
	['russia', 'russian federation'],
	['netherlands', 'holland'],
	['crimea', 'crimean peninsula'],
	['sea of azov', 'azov sea'],
	['ukraine', 'the ukraine'],
	['belarus', 'byelorussia'],
	['tass', 'itar tass'],
	['ministry of defence', 'ministry of defense', 'defence ministry', 'defense ministry'],
	['lloyds', 'lloyds bank'],
	['conservatives', 'conservative', 'conservative party', 'tories'],
	['labour', 'labour party'],
	['democrats', 'democratic party'],
	['republicans', 'republican party'],
	['un', 'united nations'],
	['eu', 'european union'],
	['who', 'world health organization'],
	['tottenham', 'tottenham hotspur', 'spurs'],
	['alphabet', 'google'],
	['meta', 'facebook'],
	['new york', 'new york state', 'new york city'],
	['washington', 'washington state', 'washington dc']
];

const HINTS: [RegExp, NameGroup][] = [
	[/\b(sea|strait|river|lake|bay|ocean|gulf|channel)\b/i, 'water'],
	[/\b(court|tribunal|bailey)\b/i, 'court'],
	[/\b(university|college|institute of technology|school)\b/i, 'university'],
	[/\b(fc|united|city|rovers|athletic|hotspur|wanderers|albion)$/i, 'club'],
	[/\b(league|cup|championship|open|olympics|games|grand prix|series)\b/i, 'competition'],
	[/\b(party|movement|democrats|republicans)\b/i, 'party'],
	[
		/\b(bridge|tower|palace|square|airport|canal|dam|station|plant|stadium|park|arena)\b/i,
		'landmark'
	],
	[
		/\b(peninsula|region|province|oblast|territory|island|islands|republic|state|county)\b/i,
		'region'
	],
	[
		/\b(news|times|post|press|independent|herald|gazette|journal|radio|tv|television|lancet)\b/i,
		'media'
	],
	[/\b(parliament|congress|senate|assembly|duma|house of \w+)\b/i, 'legislature'],
	[/\b(central bank|bank of|federal reserve|reserve bank)\b/i, 'agency'],
	[
		/\b(bank|group|company|corp|corporation|inc|ltd|plc|llc|holdings|securities|oil|gas|energy|motors|airlines|airways|dialog|ubs|capital|partners|technologies|pharmaceuticals)\b\.?/i,
		'company'
	],
	[
		/\b(ministry|service|agency|intelligence|committee|council|fund|office|government|army|navy|guard|police|directorate|department|authority|commission|survey|institute|house)\b/i,
		'agency'
	],
	[/\b(union|nations|organi[sz]ation|alliance|summit|programme|program)\b/i, 'international']
];

const BUSINESS =
	/\b(chief executive|ceo|cfo|founder|co-founder|chairman|chairwoman|chair|executive|investor|banker|analyst|economist|boss|managing director|president of the company)\b/i;
const POLITICS =
	/\b(president|prime minister|minister|secretary|senator|governor|mayor|mp|leader|chancellor|premier|congressman|congresswoman|candidate|speaker|ambassador|deputy prime minister|king|queen)\b/i;
const SPORT =
	/\b(coach|striker|midfielder|defender|goalkeeper|winger|forward|player|captain|champion)\b/i;
const SPORT_DEEDS =
	/\b(scored|scoring|goal|goals|hat-trick|penalty|league|tournament|medal|innings|wicket|beat|drew)\b/i;

type GroupedKind = 'organisation' | 'person' | 'place';

/** The group a name most likely belongs to, from the list or from words in it. */
export function groupOf(name: string, kind: GroupedKind): NameGroup | undefined {
	return groupByKey(`${kind}|${name}`);
}

// Keyed by "kind|name": a kind holds no "|".
const groupByKey = memo((k: string) => {
	const bar = k.indexOf('|');
	return findGroup(k.slice(bar + 1), k.slice(0, bar) as GroupedKind);
});

function findGroup(name: string, kind: 'organisation' | 'person' | 'place'): NameGroup | undefined {
	const known = GROUP_OF.get(key(name));
	if (known) return known;
	if (kind === 'person') return undefined;
	for (const [re, group] of HINTS) if (re.test(name)) return group;
	return undefined;
}

/**
 * A person's group, from the list, the role the article gives and what the sentence
 * tells of them: a chief executive is business, a winger an athlete.
 */
export function personGroup(
	name: string,
	role: string | undefined,
	sentence: string,
	sporty: boolean
): NameGroup {
	const known = GROUP_OF.get(key(name));
	if (known) return known;
	const r = role ?? '';
	if (BUSINESS.test(r)) return 'business';
	if (POLITICS.test(r)) return 'politician';
	// In a match report everyone unnamed by office plays or coaches.
	if (SPORT.test(r) || sporty) return 'athlete';
	return 'person';
}

/** The region a bundled name belongs to, if it is bundled. */
export function regionOf(name: string): Region | undefined {
	return REGION_OF.get(key(name));
}

/** A sentence about a game: a score or a sporting deed. */
export const isSporty = (sentence: string) =>
	/\b\d{1,2}-\d{1,2}\b/.test(sentence) || SPORT_DEEDS.test(sentence);
