/**
 * A bundled list of names, the last source of distractors when the article has too few
 * of its own. Broad on purpose (news from anywhere, not one story), and tagged by group
 * and region so a Texas city gets US cities and a British judge gets British names.
 */

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
	country: {
		russia: 'Russia|Ukraine|Belarus|Georgia|Kazakhstan|Moldova|Armenia|Azerbaijan|Uzbekistan',
		europe:
			'Poland|Germany|France|Finland|Sweden|Norway|Latvia|Lithuania|Estonia|Romania|Hungary|Italy|Spain|Portugal|Serbia|Greece|Austria|Switzerland|Netherlands|Belgium|Ireland|Denmark|Czech Republic',
		uk: 'United Kingdom',
		us: 'United States|Canada',
		asia: 'China|Japan|India|South Korea|Indonesia|Vietnam|Thailand|Philippines|Malaysia|Pakistan|Bangladesh|Myanmar|Nepal|Sri Lanka',
		mideast:
			'Turkey|Iran|Israel|Syria|Iraq|Saudi Arabia|Jordan|Lebanon|Qatar|United Arab Emirates|Egypt',
		africa: 'Nigeria|Kenya|South Africa|Ethiopia|Ghana|Morocco|Algeria|Tanzania|Uganda|Senegal',
		latam: 'Mexico|Brazil|Argentina|Colombia|Chile|Peru|Venezuela|Ecuador|Bolivia|Cuba|Guatemala',
		oceania: 'Australia|New Zealand|Fiji|Papua New Guinea'
	},
	city: {
		russia:
			'Moscow|Kyiv|Kiev|Odessa|Kharkov|Minsk|St Petersburg|Odesa|Kharkiv|Lviv|Dnipro|Mariupol|Sevastopol|Novosibirsk|Yekaterinburg|Tbilisi|Kazan|Samara|Rostov-on-Don|Chelyabinsk|Omsk|Volgograd|Kaliningrad',
		europe:
			'Warsaw|Berlin|Paris|Vilnius|Riga|Tallinn|Helsinki|Brussels|Geneva|Vienna|Rome|Madrid|Barcelona|Milan|Munich|Frankfurt|Hamburg|Amsterdam|Lisbon|Prague|Budapest|Athens|Stockholm|Copenhagen|Oslo|Dublin|Lyon|Marseille',
		uk: 'London|Manchester|Birmingham|Leeds|Liverpool|Glasgow|Edinburgh|Bristol|Cardiff|Belfast|Sheffield|Newcastle|Nottingham|Leicester|Brighton|Southampton|Oxford|Cambridge|Reading|Guildford|York|Norwich|Aberdeen',
		us: 'Washington|New York|Los Angeles|Chicago|Houston|Dallas|Austin|San Antonio|Phoenix|Philadelphia|San Diego|San Jose|San Francisco|Seattle|Denver|Boston|Atlanta|Miami|Detroit|Nashville|Portland|Las Vegas|Charlotte|Minneapolis|Pittsburgh|Baltimore|Cleveland|Sacramento|Palo Alto|Cupertino|Mountain View|Redmond|Toronto|Montreal|Vancouver|Ottawa',
		asia: 'Beijing|Shanghai|Shenzhen|Guangzhou|Hong Kong|Tokyo|Osaka|Seoul|Busan|Delhi|Mumbai|Bangalore|Kolkata|Chennai|Karachi|Lahore|Dhaka|Bangkok|Jakarta|Manila|Hanoi|Ho Chi Minh City|Kuala Lumpur|Singapore|Taipei|Yangon|Mandalay|Kathmandu',
		mideast:
			'Istanbul|Ankara|Tehran|Baghdad|Damascus|Beirut|Jerusalem|Tel Aviv|Riyadh|Dubai|Doha|Abu Dhabi|Cairo|Amman',
		africa:
			'Lagos|Abuja|Nairobi|Johannesburg|Cape Town|Addis Ababa|Accra|Kinshasa|Dakar|Casablanca|Khartoum|Kampala|Dar es Salaam',
		latam:
			'Mexico City|Guadalajara|Monterrey|Buenos Aires|Sao Paulo|Rio de Janeiro|Brasilia|Bogota|Lima|Santiago|Caracas|Quito|Havana|Montevideo',
		oceania: 'Sydney|Melbourne|Brisbane|Perth|Adelaide|Auckland|Wellington|Canberra'
	},
	region: {
		russia:
			'Crimea|Donbas|Siberia|the Urals|the Caucasus|Tver|Kursk|Belgorod|Chechnya|Kherson|Zaporizhzhia|Luhansk|Donetsk|Dagestan|Tatarstan',
		europe: 'Bavaria|Catalonia|Andalusia|Lombardy|Tuscany|Brittany|Normandy|Flanders|Saxony',
		uk: 'Scotland|Wales|England|Northern Ireland|Yorkshire|Kent|Surrey|Essex|Sussex|Devon|Cornwall|Lancashire|Cumbria|Norfolk|Hampshire',
		us: 'Texas|California|Florida|New York State|Ohio|Michigan|Georgia|Arizona|Nevada|Oregon|Washington State|Illinois|Pennsylvania|Virginia|North Carolina|Colorado|Massachusetts|New Jersey|Louisiana|Tennessee|Utah|Alaska|Hawaii|Ontario|Quebec|Alberta|British Columbia',
		asia: 'Punjab|Kashmir|Xinjiang|Tibet|Guangdong|Sichuan|Hokkaido|Okinawa|Bali|Java|Mindanao|Sagaing|Rakhine|Kerala|Gujarat',
		mideast: 'Gaza|West Bank|Sinai|Kurdistan|Golan Heights',
		africa: 'Darfur|Tigray|Sahel|Kivu|Western Cape',
		latam: 'Patagonia|Chiapas|Jalisco|Oaxaca|Amazonas|Bahia|Antioquia',
		oceania: 'Queensland|New South Wales|Victoria|Tasmania',
		world: 'Far East|Central Asia|Balkans|Baltic region'
	},
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
	agency: {
		russia:
			'FSB|SVR|GRU|Kremlin|Federal Security Service|Foreign Intelligence Service|Ministry of Defence|Ministry of Foreign Affairs|Interior Ministry|Ministry of Finance|State Duma|Central Bank|Federal Tax Service|Prosecutor General’s Office|Investigative Committee|National Guard|General Staff|Security Council|Federal Customs Service|Federal Penitentiary Service|Emergencies Ministry|Border Service',
		us: 'CIA|FBI|NSA|White House|Pentagon|State Department|Justice Department|Treasury Department|Department of Homeland Security|Federal Reserve|Securities and Exchange Commission|Federal Trade Commission|Food and Drug Administration|Environmental Protection Agency|Centers for Disease Control and Prevention|National Institutes of Health|NASA|National Weather Service|Geological Survey|Federal Emergency Management Agency',
		uk: 'MI5|MI6|GCHQ|Downing Street|Home Office|Foreign Office|Treasury|Ministry of Justice|Cabinet Office|Department of Health|Bank of England|Financial Conduct Authority|Competition and Markets Authority|Serious Fraud Office|Crown Prosecution Service|Metropolitan Police|National Crime Agency|Ofcom|Ofgem|NHS England|Met Office|Office for National Statistics',
		europe:
			'Bundesbank|European Commission|European Central Bank|Elysee Palace|Interior Ministry|Finance Ministry',
		world:
			'Ministry of Defence|Ministry of Health|Ministry of Finance|Interior Ministry|Central Bank|Supreme Court|Constitutional Court|National Electoral Institute|Electoral Commission|Health Ministry|Education Ministry'
	},
	legislature: {
		us: 'Congress|Senate|House of Representatives',
		uk: 'Parliament|House of Commons|House of Lords|Scottish Parliament|Senedd',
		europe: 'Bundestag|European Parliament|National Assembly|Sejm',
		russia: 'State Duma|Federation Council|Verkhovna Rada',
		latam: 'Chamber of Deputies|National Congress',
		world: 'Knesset|Lok Sabha|Diet'
	},
	court: {
		uk: 'Old Bailey|Southwark Crown Court|Manchester Crown Court|Birmingham Crown Court|Crown Court|High Court|Court of Appeal|Supreme Court|Westminster Magistrates’ Court',
		us: 'Supreme Court|federal court|District Court|Court of Appeals|Manhattan Federal Court|Delaware Chancery Court',
		world:
			'Supreme Court|Constitutional Court|International Criminal Court|International Court of Justice|European Court of Human Rights|European Court of Justice|High Court'
	},
	company: {
		russia:
			'Gazprom|Rosneft|Lukoil|Sberbank|Transneft|Aeroflot|Rostec|Novatek|VTB|Norilsk Nickel|Severstal|Rusal|Alfa-Bank|Surgutneftegas|Tatneft|Uralkali|Yandex|VKontakte',
		us: 'Apple|Microsoft|Amazon|Google|Alphabet|Meta|Facebook|Nvidia|Tesla|Intel|IBM|Oracle|Netflix|Boeing|ExxonMobil|Chevron|Walmart|JPMorgan Chase|Goldman Sachs|Morgan Stanley|Bank of America|Citigroup|General Motors|Ford|Pfizer|Johnson & Johnson|Coca-Cola|PepsiCo|Disney|Uber|OpenAI|Qualcomm|Cisco|Salesforce|Dell|HP|Starbucks|McDonald’s|Nike|Berkshire Hathaway|BlackRock',
		uk: 'BP|Shell|HSBC|Barclays|Lloyds Bank|Lloyds|NatWest|Tesco|Sainsbury’s|Unilever|AstraZeneca|GSK|Rolls-Royce|BAE Systems|Vodafone|BT|Rio Tinto|Diageo|Marks & Spencer|Aviva|Legal & General|Standard Chartered|Burberry|Jaguar Land Rover',
		europe:
			'Siemens|Volkswagen|BMW|Mercedes-Benz|Airbus|Renault|Stellantis|TotalEnergies|Nestle|Novartis|Roche|LVMH|SAP|ASML|Philips|Ikea|Deutsche Bank|BNP Paribas|Santander|UBS|Ericsson|Nokia|Spotify|Equinor|Eni|Bayer',
		asia: 'Samsung|Sony|Toyota|Honda|Nissan|Hitachi|Panasonic|Huawei|Alibaba|Tencent|Baidu|BYD|Xiaomi|TSMC|Hyundai|LG|Tata|Reliance Industries|Infosys|SoftBank',
		mideast: 'Saudi Aramco|Emirates|Qatar Airways|Turkish Airlines|Teva',
		latam: 'Petrobras|Pemex|Vale|Mercado Libre|America Movil|Cemex|Embraer',
		africa: 'MTN|Naspers|Dangote|Safaricom|Ethiopian Airlines'
	},
	media: {
		russia: 'TASS|Interfax|RIA Novosti|Kommersant|Vedomosti|Meduza|Novaya Gazeta|Ukrainska Pravda',
		uk: 'BBC|Reuters|The Guardian|Financial Times|The Times|Sky News|The Telegraph|The Economist|ITV|Daily Mail|The Lancet',
		us: 'Associated Press|The New York Times|Bloomberg|CNN|The Washington Post|The Wall Street Journal|Fox News|NBC|CBS|ABC News|NPR|Politico|Axios',
		europe: 'Agence France-Presse|Deutsche Welle|Euronews|Le Monde|Der Spiegel|El Pais',
		mideast: 'Al Jazeera|Al Arabiya'
	},
	international: {
		world:
			'NATO|UN|EU|IMF|WHO|UNESCO|UNICEF|United Nations|European Union|International Monetary Fund|World Bank|Red Cross|OPEC|G7|G20|Interpol|World Health Organization|OSCE|Council of Europe|European Commission|World Trade Organization|African Union|World Food Programme|UNHCR|Amnesty International|Human Rights Watch|Doctors Without Borders|Greenpeace',
		russia:
			'Commonwealth of Independent States|Collective Security Treaty Organization|Eurasian Economic Union'
	},
	party: {
		uk: 'Labour|Conservatives|Liberal Democrats|Reform UK|Scottish National Party|Green Party|Plaid Cymru|Democratic Unionist Party|Sinn Fein',
		us: 'Democrats|Republicans|Democratic Party|Republican Party',
		europe:
			'Christian Democratic Union|Social Democratic Party|Free Democratic Party|Alternative for Germany|National Rally|Brothers of Italy',
		russia: 'United Russia|Communist Party',
		latam:
			'Morena|National Action Party|Institutional Revolutionary Party|Workers’ Party|Citizens’ Movement',
		asia: 'Bharatiya Janata Party|Congress Party|Liberal Democratic Party|Chinese Communist Party'
	},
	club: {
		uk: 'Arsenal|Chelsea|Liverpool|Manchester United|Manchester City|Tottenham Hotspur|Newcastle United|Aston Villa|Everton|West Ham United|Brentford|Brighton|Fulham|Crystal Palace|Nottingham Forest|Wolves|Celtic|Rangers',
		europe:
			'Real Madrid|Barcelona|Atletico Madrid|Sevilla|Bayern Munich|Borussia Dortmund|Paris Saint-Germain|Juventus|Inter Milan|AC Milan|Napoli|Ajax|Benfica|Porto',
		us: 'Los Angeles Lakers|Boston Celtics|Golden State Warriors|New York Yankees|Los Angeles Dodgers|Dallas Cowboys|Kansas City Chiefs|Inter Miami',
		latam: 'Boca Juniors|River Plate|Flamengo|Palmeiras|Santos'
	},
	competition: {
		uk: 'Premier League|Championship|FA Cup|League Cup|Wimbledon|Six Nations',
		europe:
			'Champions League|Europa League|La Liga|Serie A|Bundesliga|Ligue 1|Tour de France|Euro 2024',
		us: 'NBA|NFL|MLB|NHL|Super Bowl|World Series|US Open|Masters',
		world: 'World Cup|Olympics|Formula One|Club World Cup|Australian Open|French Open'
	},
	university: {
		us: 'Harvard University|Stanford University|Yale University|Princeton University|MIT|Columbia University|University of California|Johns Hopkins University',
		uk: 'University of Oxford|University of Cambridge|Imperial College London|University College London|King’s College London|University of Edinburgh|University of Manchester|Brunel University London',
		europe: 'ETH Zurich|Sorbonne|Karolinska Institute|Max Planck Institute',
		asia: 'University of Tokyo|Tsinghua University|Peking University|National University of Singapore',
		oceania:
			'University of Sydney|University of Melbourne|Australian National University|University of Auckland'
	},
	landmark: {},
	politician: {
		russia:
			'Vladimir Putin|Dmitry Medvedev|Sergei Lavrov|Sergei Shoigu|Volodymyr Zelensky|Petro Poroshenko|Alexander Lukashenko|Mikhail Mishustin|Dmitry Peskov|Dmytro Kuleba|Oleksii Reznikov|Alexei Navalny|Mikhail Gorbachev|Boris Yeltsin',
		europe:
			'Angela Merkel|Emmanuel Macron|Olaf Scholz|Friedrich Merz|Giorgia Meloni|Pedro Sanchez|Viktor Orban|Andrzej Duda|Donald Tusk|Ursula von der Leyen|Mark Rutte|Jens Stoltenberg',
		uk: 'Keir Starmer|Rishi Sunak|Boris Johnson|Theresa May|Tony Blair|Kemi Badenoch|Nigel Farage|Rachel Reeves|Yvette Cooper|David Lammy|Ed Davey|John Swinney',
		us: 'Joe Biden|Donald Trump|Kamala Harris|Barack Obama|JD Vance|Marco Rubio|Chuck Schumer|Mike Johnson|Gavin Newsom|Greg Abbott|Ron DeSantis|Nancy Pelosi',
		asia: 'Xi Jinping|Narendra Modi|Shigeru Ishiba|Lee Jae-myung|Anthony Albanese|Prabowo Subianto|Shehbaz Sharif',
		mideast:
			'Recep Tayyip Erdogan|Benjamin Netanyahu|Mohammed bin Salman|Masoud Pezeshkian|Abdel Fattah al-Sisi',
		africa: 'Cyril Ramaphosa|Bola Tinubu|William Ruto|Abiy Ahmed|Paul Kagame',
		latam:
			'Luiz Inacio Lula da Silva|Claudia Sheinbaum|Javier Milei|Gustavo Petro|Gabriel Boric|Nicolas Maduro',
		world: 'Antonio Guterres|Kristalina Georgieva|Tedros Adhanom Ghebreyesus|Mark Rutte'
	},
	business: {
		us: 'Tim Cook|Elon Musk|Jeff Bezos|Satya Nadella|Sundar Pichai|Mark Zuckerberg|Jensen Huang|Sam Altman|Warren Buffett|Jamie Dimon|Mary Barra|Andy Jassy|Larry Fink|Bill Gates',
		uk: 'Richard Branson|James Dyson|Ken Murphy|Noel Quinn|Pascal Soriot|Charlie Nunn|Tufan Erginbilgic',
		europe: 'Bernard Arnault|Oliver Blume|Christian Klein|Roland Busch|Carlos Tavares',
		russia:
			'Alexei Miller|Igor Sechin|Vagit Alekperov|Herman Gref|Oleg Deripaska|Roman Abramovich|Mikhail Khodorkovsky',
		asia: 'Jack Ma|Masayoshi Son|Mukesh Ambani|Ratan Tata|Lee Jae-yong|Ren Zhengfei',
		latam: 'Carlos Slim|Marcos Galperin',
		africa: 'Aliko Dangote|Patrice Motsepe'
	},
	athlete: {
		uk: 'Harry Kane|Bukayo Saka|Jude Bellingham|Declan Rice|Phil Foden|Marcus Rashford|Lewis Hamilton|Andy Murray|Emma Raducanu|Mikel Arteta|Pep Guardiola|Arne Slot',
		europe:
			'Kylian Mbappe|Erling Haaland|Robert Lewandowski|Luka Modric|Novak Djokovic|Carlos Alcaraz|Rafael Nadal|Max Verstappen|Carlo Ancelotti',
		us: 'LeBron James|Stephen Curry|Serena Williams|Coco Gauff|Simone Biles|Patrick Mahomes|Tom Brady',
		latam: 'Lionel Messi|Neymar|Vinicius Junior|Luis Suarez',
		africa: 'Mohamed Salah|Sadio Mane|Victor Osimhen|Eliud Kipchoge',
		asia: 'Son Heung-min|Shohei Ohtani|Virat Kohli'
	},
	person: {
		uk: 'James Wilson|Sarah Thompson|David Evans|Emma Clarke|Michael Taylor|Rachel Green|Paul Roberts|Helen Walker|Mark Davies|Claire Hughes',
		us: 'John Miller|Jennifer Davis|Michael Johnson|Emily Rodriguez|Robert Smith|Jessica Brown|David Martinez|Sarah Anderson',
		europe: 'Thomas Müller|Anna Schmidt|Pierre Martin|Sophie Dubois|Marco Rossi|Elena Garcia',
		russia:
			'Alexander Ivanov|Olga Petrova|Sergei Smirnov|Natalia Kuznetsova|Andriy Shevchenko|Oksana Kovalenko',
		asia: 'Wei Zhang|Hiroshi Tanaka|Priya Sharma|Min-jun Kim|Nguyen Van Minh|Siti Rahman',
		mideast: 'Ahmed Hassan|Fatima Al-Sayed|Yossi Cohen|Mehmet Yilmaz',
		africa: 'Chinedu Okafor|Amina Mohammed|Thabo Nkosi|Grace Wanjiru',
		latam: 'Juan Perez|Maria Gonzalez|Carlos Hernandez|Ana Lopez|Luis Ramirez',
		oceania: 'Jack Thompson|Olivia Mitchell|Liam O’Brien|Chloe Nguyen'
	}
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

/** Adjectives of nationality: shared by many names, so they give no answer away. */
export const DEMONYMS = new Set(
	list(
		'russian|ukrainian|british|american|german|french|polish|chinese|turkish|georgian|belarusian|european|western|eastern|soviet|italian|spanish|japanese|indian|iranian|israeli|syrian|canadian|international|national|federal|state|central|foreign|military'
	)
);

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

/** The group a name most likely belongs to, from the list or from words in it. */
export function groupOf(
	name: string,
	kind: 'organisation' | 'person' | 'place'
): NameGroup | undefined {
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
