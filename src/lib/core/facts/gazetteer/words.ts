/** Word lists that drive the entity rules. All lower case. */
const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/** Last words of organisation names: "Federal Security Service", "Baikal Finance Group". */
export const ORG_HEADS =
	set(`service services ministry department office agency agencies bureau directorate
	commission committee council board authority house authorities assembly parliament congress senate
	court courts tribunal police guard guards navy army force forces corps command brigade battalion
	regiment fleet intelligence group holdings bank fund trust company co corporation corp inc ltd llc
	plc gmbh ag sa industries enterprises partners associates capital investments securities
	airlines airways motors systems technologies labs laboratories pharmaceuticals energy oil gas petroleum
	telecom media news press times post herald tribune journal gazette independent guardian telegraph
	observer broadcasting network channel radio television tv party movement front alliance coalition union
	league federation association society foundation institute institution university college school
	academy hospital clinic church club fc team united rovers athletic organisation organization
	centre center network exchange reserve treasury cabinet government administration embassy consulate
	mission secretariat program programme project initiative`);

/** Lower-case heads that make "<country> … <head>" an organisation ("British intelligence"). */
export const LOWER_ORG_HEADS =
	set(`intelligence government navy army military police parliament court
	courts coast-guard guard cabinet ministry treasury`);
/** Lower-case words allowed between the country and the head ("US bankruptcy court"). */
export const LOWER_ORG_MODIFIERS =
	set(`military naval bankruptcy supreme federal high constitutional district
	appeals appeal defence defense foreign secret border coast national central state air`);

/** Heads of place names: "Kerch Strait", "Sea of Azov", "Crimean Bridge". */
export const PLACE_HEADS =
	set(`strait straits sea ocean peninsula bridge river lake mount mountain mountains
	island islands isle bay gulf canal channel valley desert province region oblast county district
	square street avenue road airport harbour harbor port coast cape falls forest park plain plateau
	basin delta glacier volcano reef archipelago highlands lowlands city town village krai republic`);

/** Words that end a name as something other than a place or organisation. */
export const NON_ENTITY_HEADS =
	set(`treaty act law convention agreement accord protocol charter declaration
	resolution bill war wars battle crisis revolution incident affair scandal summit conference games
	olympics cup championship championships prize award festival day week month year season era age
	doctrine plan report index syndrome disease virus`);

/** Role words for people: "spokesman Alexander Shadrin", "Tim Osborne, head of …". */
export const ROLE_WORDS =
	set(`president vice-president minister secretary spokesman spokeswoman spokesperson
	chairman chairwoman chair chief head director leader founder co-founder owner ceo cfo coo cto executive
	analyst economist strategist manager editor correspondent reporter journalist commentator presenter
	governor mayor senator congressman congresswoman deputy ambassador envoy general commander admiral colonel
	officer adviser advisor aide professor researcher scientist lecturer lawyer attorney judge prosecutor
	chancellor premier king queen prince princess pope bishop archbishop coach captain striker midfielder
	defender goalkeeper player champion author writer artist singer actor actress director founder partner
	investor banker trader campaigner activist spokesperson representative member mp mep ombudsman
	commissioner inspector detective sergeant constable doctor surgeon nurse expert official
	speaker emperor empress rector provost dean chancellor selectman alderman councillor councilor`);

/** Titles written before a name: "President Vladimir Putin", "Mr Khodorkovsky". */
export const TITLES = set(`mr mrs ms miss dr prof sir dame lord lady president minister senator sen
	governor gov general gen admiral colonel col captain capt major lieutenant sergeant pope king queen
	prince princess chancellor premier judge justice rev father sister brother mayor secretary sheikh emir
	ayatollah rabbi imam coach commissioner ambassador deputy prime vice`);

/** Capitalised words that are not names when they start a sentence or a name. */
export const STOP_CAPITALS =
	set(`the a an this that these those there here it its he she they we i you his her
	their our my your in on at of for from to by with as after before under over about into during since until
	while when where why what who how which if but and or nor so yet however meanwhile furthermore moreover
	also although though because despite according another other others most many much more some any all
	each every both either neither no not none one two three four five six seven eight nine ten hundreds
	thousands millions dozens several few first second third last next new old mr mrs ms dr
	reports sources officials experts analysts critics residents people hours days weeks months years
	yesterday today tomorrow tonight now then still just only even already again once earlier later
	instead otherwise thus therefore hence indeed perhaps maybe yes is are was were be been has have had
	do does did will would can could may might must shall should let please thank thanks dear`);
