/**
 * English words that end (or open) the names of organisations and of places: "Ohio State
 * University", "Bank of England", "Hudson River". Word classes of the language, not names.
 */
const ORGANISATION = `university college school academy institute institution conservatoire
seminary polytechnic party group holdings bank banks airlines airways council ministry
department agency court office bureau commission committee board authority service services
fc united club team society association federation union league church corporation corp co
inc ltd llc plc company companies industries foundation trust fund times post news tribune
herald journal gazette bulletin telegraph guardian observer chronicle daily weekly magazine
press network broadcasting radio television tv channel records studios pictures productions
army navy force forces police guard congress parliament senate assembly government cabinet
administration organization organisation movement alliance coalition front brigade
corps orchestra band choir ensemble hospital museum library center centre laboratory
laboratories labs systems technologies motors group partners associates cabinet house`;

const PLACE = `river street road avenue lane boulevard square mountain mountains mount hill hills
island islands bay province state county district city town village valley lake sea ocean
gulf coast beach peninsula canyon desert forest park bridge tunnel station airport port
harbour harbor stadium arena cemetery cathedral palace castle tower hall plaza strait
channel falls creek region territory kingdom republic empire prefecture borough parish`;

export const ORGANISATION_HEADS = new Set(ORGANISATION.split(/\s+/));
export const PLACE_HEADS = new Set(PLACE.split(/\s+/));

/** "org", "loc", "both" or "" for a lower-case word. */
export function headClass(lower: string): string {
	const org = ORGANISATION_HEADS.has(lower);
	const loc = PLACE_HEADS.has(lower);
	return org && loc ? 'both' : org ? 'org' : loc ? 'loc' : '';
}
