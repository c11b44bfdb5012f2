/**
 * A small bundled list of names, the last source of distractors when the article has too
 * few of its own. Broad on purpose: news from anywhere, not one story.
 */

export type NameGroup =
	| 'country'
	| 'city'
	| 'region'
	| 'water'
	| 'agency'
	| 'company'
	| 'media'
	| 'international'
	| 'landmark'
	| 'person';

const list = (s: string) => s.split('|');

export const GAZETTEER: Record<NameGroup, string[]> = {
	country: list(
		'Russia|Ukraine|Belarus|Poland|Germany|France|United Kingdom|United States|China|Turkey|Georgia|Kazakhstan|Moldova|Finland|Sweden|Norway|Latvia|Lithuania|Estonia|Romania|Hungary|Italy|Spain|Japan|India|Iran|Israel|Syria|Canada|Brazil|Mexico|Egypt|Armenia|Azerbaijan|Serbia|Greece|Austria|Switzerland|Netherlands|Belgium'
	),
	city: list(
		'Moscow|Kyiv|Kiev|Odessa|Kharkov|Minsk|Warsaw|Berlin|Paris|London|Washington|Beijing|Istanbul|Odesa|Kharkiv|Lviv|Dnipro|Mariupol|St Petersburg|Sevastopol|Novosibirsk|Yekaterinburg|Tbilisi|Vilnius|Riga|Tallinn|Helsinki|Brussels|Geneva|Vienna|Rome|Madrid|Tokyo|New York|Buenos Aires|Ankara|Kazan|Samara|Rostov-on-Don|Chelyabinsk|Omsk|Volgograd|Kaliningrad'
	),
	region: list(
		'Crimea|Donbas|Siberia|the Urals|the Caucasus|Tver|Kursk|Belgorod|Chechnya|Bavaria|Scotland|Catalonia|Texas|California|Kherson|Zaporizhzhia|Luhansk|Donetsk|Dagestan|Tatarstan|Far East|Central Asia|Balkans|Baltic region'
	),
	water: list(
		'Black Sea|Sea of Azov|Baltic Sea|Caspian Sea|North Sea|Mediterranean Sea|Kerch Strait|Bosphorus|Sea of Japan|Barents Sea|White Sea|Dnieper River|Volga River|Danube|Lake Baikal'
	),
	agency: list(
		'FSB|SVR|GRU|CIA|FBI|MI6|NSA|Kremlin|White House|Pentagon|Downing Street|Federal Security Service|Foreign Intelligence Service|Ministry of Defence|Ministry of Foreign Affairs|Interior Ministry|Ministry of Finance|State Duma|Central Bank|Federal Tax Service|Prosecutor General’s Office|Investigative Committee|National Guard|General Staff|Security Council|Federal Customs Service|Federal Penitentiary Service|Emergencies Ministry|Constitutional Court|Supreme Court|Border Service'
	),
	company: list(
		'Gazprom|Rosneft|Lukoil|Sberbank|Transneft|Aeroflot|Rostec|Novatek|Shell|BP|ExxonMobil|Total|VTB|Norilsk Nickel|Severstal|Rusal|Alfa-Bank|Surgutneftegas|Tatneft|Uralkali|Siemens|Boeing|Airbus|Volkswagen|Renault|Facebook|Google|Twitter|Telegram|Apple|Microsoft|Amazon|YouTube|Instagram|VKontakte'
	),
	media: list(
		'Reuters|BBC|Associated Press|TASS|Interfax|RIA Novosti|The Guardian|Financial Times|The New York Times|Bloomberg|Al Jazeera|Kommersant|Vedomosti|Meduza|CNN|Agence France-Presse|Deutsche Welle|Euronews|Novaya Gazeta|Ukrainska Pravda'
	),
	international: list(
		'NATO|UN|EU|IMF|WHO|UNESCO|UNICEF|United Nations|European Union|International Monetary Fund|World Bank|Red Cross|OPEC|G7|G20|Interpol|World Health Organization|OSCE|Council of Europe|European Commission|International Criminal Court|World Trade Organization|African Union|Commonwealth of Independent States'
	),
	landmark: [],
	person: list(
		'Vladimir Putin|Dmitry Medvedev|Sergei Lavrov|Sergei Shoigu|Volodymyr Zelensky|Petro Poroshenko|Angela Merkel|Emmanuel Macron|Joe Biden|Boris Johnson|Xi Jinping|Recep Tayyip Erdogan|Alexander Lukashenko|Mikhail Mishustin|Valery Gerasimov|Dmitry Peskov|Olaf Scholz|Jens Stoltenberg|Antonio Guterres|Ursula von der Leyen|Dmytro Kuleba|Oleksii Reznikov|Alexei Navalny|Mikhail Gorbachev|Boris Yeltsin|Viktor Orban|Andrzej Duda|Rishi Sunak|Tony Blair|Donald Tusk'
	)
};

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
	['ministry of defence', 'ministry of defense', 'defence ministry', 'defense ministry']
];

/** Adjectives of nationality: shared by many names, so they give no answer away. */
export const DEMONYMS = new Set(
	list(
		'russian|ukrainian|british|american|german|french|polish|chinese|turkish|georgian|belarusian|european|western|eastern|soviet|italian|spanish|japanese|indian|iranian|israeli|syrian|canadian|international|national|federal|state|central|foreign|military'
	)
);

const GROUP_OF = new Map<string, NameGroup>();
for (const [group, names] of Object.entries(GAZETTEER) as [NameGroup, string[]][])
	for (const name of names) {
		const key = name.toLowerCase().replace(/^the\s+/, '');
		if (!GROUP_OF.has(key)) GROUP_OF.set(key, group);
	}

const HINTS: [RegExp, NameGroup][] = [
	[/\b(sea|strait|river|lake|bay|ocean|gulf|channel)\b/i, 'water'],
	[/\b(bridge|tower|palace|square|airport|port|canal|dam|station|plant|stadium)\b/i, 'landmark'],
	[/\b(peninsula|region|province|oblast|territory|island|islands|republic|state)\b/i, 'region'],
	[/\b(news|times|post|press|independent|herald|gazette|journal|radio|tv|television)\b/i, 'media'],
	[
		/\b(bank|group|company|corp|inc|ltd|plc|oil|gas|energy|motors|airlines|dialog|ubs)\b/i,
		'company'
	],
	[
		/\b(ministry|service|agency|intelligence|committee|council|fund|court|office|government|duma|parliament|army|navy|guard|police|directorate)\b/i,
		'agency'
	],
	[/\b(union|nations|organi[sz]ation|alliance|summit)\b/i, 'international']
];

/** The group a name most likely belongs to, from the list or from words in it. */
export function groupOf(
	name: string,
	kind: 'organisation' | 'person' | 'place'
): NameGroup | undefined {
	const known = GROUP_OF.get(name.toLowerCase().replace(/^the\s+/, ''));
	if (known) return known;
	if (kind === 'person') return 'person';
	for (const [re, group] of HINTS) if (re.test(name)) return group;
	return undefined;
}
