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
 * place of the reference lists; and every mention of a name takes the kind most of its
 * mentions have, so a tagger's odd reading of one sentence gives way to the others.
 */
export function settleKinds(mentions: KindedMention[], isListedPlace: (name: string) => boolean) {
	const familyNames = new Set<string>();
	for (const m of mentions) {
		const words = m.name.split(' ');
		if (m.kind === 'person' && words.length > 1) familyNames.add(words[words.length - 1]);
	}
	for (const m of mentions)
		if (
			m.kind !== 'person' &&
			!m.name.includes(' ') &&
			familyNames.has(m.name) &&
			!isListedPlace(m.name)
		)
			m.kind = 'person';
	const votes = new Map<string, Map<FactKind, number>>();
	for (const m of mentions) {
		const v = votes.get(m.name) ?? new Map<FactKind, number>();
		v.set(m.kind, (v.get(m.kind) ?? 0) + 1);
		votes.set(m.name, v);
	}
	for (const m of mentions) {
		const v = [...(votes.get(m.name) ?? [])].sort((a, b) => b[1] - a[1]);
		// a tie leaves each mention as it was read
		if (v.length > 1 && v[0][1] > v[1][1]) m.kind = v[0][0];
	}
}
