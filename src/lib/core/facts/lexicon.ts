import {
	CITY_NAMES,
	COUNTRY_NAMES,
	DEMONYMS,
	NON_ENTITY_HEADS,
	ORG_HEADS,
	ORGANISATION_NAMES,
	PLACE_HEADS,
	ROLE_WORDS,
	TITLES
} from './gazetteer';
import type { Tags } from './tagger';
import type { Token } from './tokens';

export type EntityKind = 'organisation' | 'person' | 'place';

/** Lookup key of a name: lower case, straight apostrophes, single spaces. */
export function nameKey(name: string): string {
	return name.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
}

/** The text of tokens as it stands in the article, on one line. */
export function spanText(text: string, tokens: Token[]): string {
	return text.slice(tokens[0].start, tokens[tokens.length - 1].end).replace(/\s+/g, ' ');
}

/** A name the gazetteer knows, with its canonical form. */
export function lookup(name: string): { kind: EntityKind; value: string } | null {
	const key = nameKey(name);
	const org = ORGANISATION_NAMES.get(key);
	if (org) return { kind: 'organisation', value: org };
	const place = COUNTRY_NAMES.get(key) ?? CITY_NAMES.get(key);
	if (place) return { kind: 'place', value: place };
	return null;
}

export function isDemonym(t: Token): boolean {
	return DEMONYMS.has(t.lower) || (t.lower.endsWith('s') && DEMONYMS.has(t.lower.slice(0, -1)));
}

export function isRoleWord(word: string): boolean {
	return ROLE_WORDS.has(word) || TITLES.has(word);
}

/** Head words that let a name take "of" or "for": "Ministry of Defense", "Sea of Azov". */
export function takesOf(words: Token[], connector: string): boolean {
	// "Institute for Strategic Studies" but not "the Black Sea for the Sea of Azov"
	if (connector === 'for') return ORG_HEADS.has(words[words.length - 1].lower);
	// A role takes "of" only right before it ("Secretary of State"), not after the name
	// it titles ("Inspector Mark Lewis of the City of London Police").
	return (
		isRoleWord(words[words.length - 1].lower) ||
		words.some(
			(w) => ORG_HEADS.has(w.lower) || PLACE_HEADS.has(w.lower) || NON_ENTITY_HEADS.has(w.lower)
		)
	);
}

export function tagsOf(tags: Tags, t: Token): Set<string> {
	return tags.get(t.glueStart ?? t.start) ?? EMPTY;
}
const EMPTY = new Set<string>();
