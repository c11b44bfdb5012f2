import type { FactKind } from '../types';

/** A mention of a name with the kind it was given. */
export interface KindedMention {
	/** The name on one line, without a leading "the". */
	name: string;
	kind: FactKind;
}

/**
 * An article uses one name for one thing: a word that is the family name of a person the
 * article names in full is that person ("Marta Kowalski … Kowalski said"), unless it is a
 * place of the reference lists, and so is a shorter form of the full name ("Marta Anna
 * Kowalski … Marta Kowalski"); and whether a name is a person's is settled by most of its
 * mentions, so a tagger's odd reading of one sentence gives way to the others.
 */
export function settleKinds(mentions: KindedMention[], isListedPlace: (name: string) => boolean) {
	// family name → the first words of the people named in full who bear it, with a middle name
	const familyNames = new Map<string, Set<string>>();
	for (const m of mentions) {
		const words = m.name.split(' ');
		if (m.kind !== 'person' || words.length < 2) continue;
		const family = words[words.length - 1];
		const firsts = familyNames.get(family) ?? new Set<string>();
		if (words.length > 2) firsts.add(words[0]);
		familyNames.set(family, firsts);
	}
	for (const m of mentions) {
		if (m.kind === 'person') continue;
		const words = m.name.split(' ');
		const firsts = familyNames.get(words[words.length - 1]);
		if (!firsts) continue;
		// "Kowalski", or "Marta Kowalski" for "Marta Anna Kowalski"
		if (words.length === 1 ? !isListedPlace(m.name) : words.length === 2 && firsts.has(words[0]))
			m.kind = 'person';
	}
	const votes = new Map<string, Map<FactKind, number>>();
	for (const m of mentions) {
		const v = votes.get(m.name) ?? new Map<FactKind, number>();
		v.set(m.kind, (v.get(m.kind) ?? 0) + 1);
		votes.set(m.name, v);
	}
	for (const m of mentions) {
		const v = votes.get(m.name);
		if (!v || v.size < 2) continue;
		const people = v.get('person') ?? 0;
		const others = [...v].filter(([k]) => k !== 'person').sort((a, b) => b[1] - a[1]);
		const rest = others.reduce((n, [, c]) => n + c, 0);
		// a tie leaves each mention as it was read; a place and the body named after it stay
		// apart, as news uses one name for both ("Brazil beat Chile" — the team, in Brazil)
		if (people > rest) m.kind = 'person';
		else if (rest > people && m.kind === 'person') m.kind = others[0][0];
	}
}
