/**
 * Countries as "Name:Demonym[:Other names]". Demonyms are adjectives, never places;
 * other names map to the same place ("Russian Federation" is Russia).
 */
const COUNTRIES = `Afghanistan:Afghan|Albania:Albanian|Algeria:Algerian|Andorra:Andorran|Angola:Angolan|Argentina:Argentine:Argentinian|Armenia:Armenian|Australia:Australian|Austria:Austrian|Azerbaijan:Azerbaijani|Bahamas:Bahamian|Bahrain:Bahraini|Bangladesh:Bangladeshi|Barbados:Barbadian|Belarus:Belarusian|Belgium:Belgian|Belize:Belizean|Benin:Beninese|Bhutan:Bhutanese|Bolivia:Bolivian|Bosnia and Herzegovina:Bosnian:Bosnia|Botswana:Botswanan|Brazil:Brazilian|Brunei:Bruneian|Bulgaria:Bulgarian|Burkina Faso:Burkinabe|Burundi:Burundian|Cambodia:Cambodian|Cameroon:Cameroonian|Canada:Canadian|Chad:Chadian|Chile:Chilean|China:Chinese:People's Republic of China|Colombia:Colombian|Congo:Congolese:Democratic Republic of the Congo|Costa Rica:Costa Rican|Croatia:Croatian|Cuba:Cuban|Cyprus:Cypriot|Czech Republic:Czech:Czechia|Denmark:Danish|Djibouti:Djiboutian|Dominican Republic:Dominican|Ecuador:Ecuadorian|Egypt:Egyptian|El Salvador:Salvadoran|Eritrea:Eritrean|Estonia:Estonian|Ethiopia:Ethiopian|Fiji:Fijian|Finland:Finnish|France:French|Gabon:Gabonese|Gambia:Gambian|Georgia:Georgian|Germany:German|Ghana:Ghanaian|Greece:Greek|Guatemala:Guatemalan|Guinea:Guinean|Guyana:Guyanese|Haiti:Haitian|Honduras:Honduran|Hungary:Hungarian|Iceland:Icelandic|India:Indian|Indonesia:Indonesian|Iran:Iranian|Iraq:Iraqi|Ireland:Irish:Republic of Ireland|Israel:Israeli|Italy:Italian|Ivory Coast:Ivorian:Côte d'Ivoire|Jamaica:Jamaican|Japan:Japanese|Jordan:Jordanian|Kazakhstan:Kazakh|Kenya:Kenyan|Kosovo:Kosovan|Kuwait:Kuwaiti|Kyrgyzstan:Kyrgyz|Laos:Lao|Latvia:Latvian|Lebanon:Lebanese|Lesotho:Basotho|Liberia:Liberian|Libya:Libyan|Liechtenstein:Liechtensteiner|Lithuania:Lithuanian|Luxembourg:Luxembourgish|Madagascar:Malagasy|Malawi:Malawian|Malaysia:Malaysian|Maldives:Maldivian|Mali:Malian|Malta:Maltese|Mauritania:Mauritanian|Mauritius:Mauritian|Mexico:Mexican|Moldova:Moldovan|Monaco:Monegasque|Mongolia:Mongolian|Montenegro:Montenegrin|Morocco:Moroccan|Mozambique:Mozambican|Myanmar:Burmese:Burma|Namibia:Namibian|Nepal:Nepalese:Nepali|Netherlands:Dutch:Holland|New Zealand:New Zealander|Nicaragua:Nicaraguan|Niger:Nigerien|Nigeria:Nigerian|North Korea:North Korean|North Macedonia:Macedonian:Macedonia|Norway:Norwegian|Oman:Omani|Pakistan:Pakistani|Palestine:Palestinian|Panama:Panamanian|Papua New Guinea:Papua New Guinean|Paraguay:Paraguayan|Peru:Peruvian|Philippines:Filipino:Philippine|Poland:Polish|Portugal:Portuguese|Qatar:Qatari|Romania:Romanian|Russia:Russian:Russian Federation|Rwanda:Rwandan|Saudi Arabia:Saudi|Senegal:Senegalese|Serbia:Serbian|Sierra Leone:Sierra Leonean|Singapore:Singaporean|Slovakia:Slovak|Slovenia:Slovenian|Somalia:Somali|South Africa:South African|South Korea:South Korean:Korea|South Sudan:South Sudanese|Spain:Spanish|Sri Lanka:Sri Lankan|Sudan:Sudanese|Suriname:Surinamese|Sweden:Swedish|Switzerland:Swiss|Syria:Syrian|Taiwan:Taiwanese|Tajikistan:Tajik|Tanzania:Tanzanian|Thailand:Thai|Togo:Togolese|Trinidad and Tobago:Trinidadian|Tunisia:Tunisian|Turkey:Turkish:Türkiye|Turkmenistan:Turkmen|Uganda:Ugandan|Ukraine:Ukrainian|United Arab Emirates:Emirati:UAE|United Kingdom:British:UK:Britain:Great Britain|United States:American:US:USA:U.S.:America:United States of America|Uruguay:Uruguayan|Uzbekistan:Uzbek|Venezuela:Venezuelan|Vietnam:Vietnamese|Yemen:Yemeni|Zambia:Zambian|Zimbabwe:Zimbabwean|England:English|Scotland:Scottish|Wales:Welsh|Northern Ireland:Northern Irish|Europe:European|Africa:African|Asia:Asian|Antarctica:Antarctic|Arctic:Arctic|Latin America:Latin American|Middle East:Middle Eastern|Crimea:Crimean|Siberia:Siberian|Chechnya:Chechen|Catalonia:Catalan|Bavaria:Bavarian|Kurdistan:Kurdish|Tibet:Tibetan|Gaza:Gazan:Gaza Strip|West Bank:West Bank|Donbas:Donbas:Donbass|Balkans:Balkan|Scandinavia:Scandinavian|Caucasus:Caucasian|Sahara:Saharan|Kashmir:Kashmiri|Hong Kong:Hong Konger|Puerto Rico:Puerto Rican|Greenland:Greenlandic|Texas:Texan|California:Californian`;

export interface CountryEntry {
	name: string;
	demonym: string;
	others: string[];
}

export const COUNTRY_LIST: CountryEntry[] = COUNTRIES.split('|').map((row) => {
	const [name, demonym, ...others] = row.split(':');
	return { name, demonym, others };
});

/** place name (any form, lower case) → canonical name */
export const COUNTRY_NAMES = new Map<string, string>();
/** demonym (lower case) → country */
export const DEMONYMS = new Map<string, string>();
for (const c of COUNTRY_LIST) {
	COUNTRY_NAMES.set(c.name.toLowerCase(), c.name);
	for (const o of c.others) COUNTRY_NAMES.set(o.toLowerCase(), c.name);
	if (c.demonym !== c.name) DEMONYMS.set(c.demonym.toLowerCase(), c.name);
}
for (const extra of 'western eastern northern southern central soviet arab latin islamic jewish muslim christian catholic orthodox allied federal kremlin'.split(
	' '
))
	DEMONYMS.set(extra, '');
