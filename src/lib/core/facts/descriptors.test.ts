import { describe, expect, it } from 'vitest';
import type { FactKind } from '../types';
import { generateDeck } from '../deck';
import {
	describedKind,
	namesMadeThing,
	settleDescribedKinds,
	type DescribedMention
} from './descriptors';

/** The kind the words around the first `name` in `text` give it. */
const around = (text: string, name: string) => {
	const at = text.indexOf(name);
	return describedKind(text, at, at + name.length);
};

/** Mentions of each name, wherever the text writes it, with the kind the tagger gave it. */
function settle(text: string, tagged: Record<string, FactKind>, listed: string[] = []) {
	const mentions: DescribedMention[] = [];
	for (const [name, kind] of Object.entries(tagged))
		for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
			mentions.push({ span: { start: at, end: at + name.length }, name, kind });
	settleDescribedKinds(mentions, text, (n) => listed.includes(n));
	return Object.fromEntries(mentions.map((m) => [m.name, m.kind]));
}

describe('the words news describes a name with', () => {
	it('reads a body from a noun before its name', () => {
		expect(around('Shares fell at oil giant Vantor on Monday.', 'Vantor')).toBe('organisation');
		expect(around('The deal was reported by the broadcaster Kelvo.', 'Kelvo')).toBe('organisation');
		expect(around('They flew on to the Ruritanian capital Stelm.', 'Stelm')).toBe('place');
	});

	it('reads a body or a place from the head noun of a phrase in apposition', () => {
		expect(around('Lendrix, the state-controlled gas monopoly, made no bid.', 'Lendrix')).toBe(
			'organisation'
		);
		expect(around('They met in Ravelle, a small town on the coast.', 'Ravelle')).toBe('place');
		expect(around('He grew up in Ravelle, a town of ten thousand people.', 'Ravelle')).toBe(
			'place'
		);
	});

	it('reads a body from what a body has: a spokesman, shareholders, a chief executive', () => {
		expect(around('"No comment," said a Quorin spokesman.', 'Quorin')).toBe('organisation');
		expect(around('Shareholders in Quorin lost out.', 'Quorin')).toBe('organisation');
		expect(around("Quorin's chief executive resigned.", 'Quorin')).toBe('organisation');
		expect(around('He is the chief executive of Quorin.', 'Quorin')).toBe('organisation');
	});

	it('reads a body from a job held at it', () => {
		expect(around('said Ann Voss, an analyst at Kestrel Dialog.', 'Kestrel Dialog')).toBe(
			'organisation'
		);
		expect(around('Two professors at Marlow spoke.', 'Marlow')).toBe('organisation');
	});

	it('reads a place from "the town of"', () => {
		expect(around('Police in the town of Ravelle said so.', 'Ravelle')).toBe('place');
	});

	it('reads a person from an age in commas after the name', () => {
		expect(around('Mara Venn, 36, was arrested.', 'Mara Venn')).toBe('person');
		// a year is no age
		expect(around('In Ravelle, 1904, the mill closed.', 'Ravelle')).toBeUndefined();
	});

	it('takes a role in apposition only as a caution, since a fronted phrase may end on a name', () => {
		expect(around('Speaking to Telvan, the president of the league said no.', 'Telvan')).toBe(
			'role'
		);
	});

	it('reads nothing from a place standing before a body\'s office ("Washington headquarters")', () => {
		expect(around("The Council's Ostrava headquarters hosted it.", 'Ostrava')).toBeUndefined();
		expect(around('Ostrava was quiet.', 'Ostrava')).toBeUndefined();
	});
});

describe('settling a name by its descriptions', () => {
	it('makes every mention of a name a body where the words say so, tagged there or not', () => {
		const text =
			'Oil giant Vantor lost its unit. Vantor said the sale was theft. Shareholders in Vantor were angry.';
		expect(settle(text, { Vantor: 'person' })).toEqual({ Vantor: 'organisation' });
	});

	it('leaves a name whose descriptions disagree as the tagger read it', () => {
		const text =
			'They met at Kelso, the group said. Speaking to Kelso, the president of it agreed.';
		expect(settle(text, { Kelso: 'place' })).toEqual({ Kelso: 'place' });
	});

	it("keeps a name built like a person's, a head word, and a listed place", () => {
		expect(settle('It was sold to the firm Tom Reyes.', { 'Tom Reyes': 'person' })).toEqual({
			'Tom Reyes': 'person'
		});
		expect(settle('"Yes," said a Ferro Lake spokesman.', { 'Ferro Lake': 'place' })).toEqual({
			'Ferro Lake': 'place'
		});
		expect(
			settle('Shareholders in Ostrava were angry.', { Ostrava: 'place' }, ['Ostrava'])
		).toEqual({
			Ostrava: 'place'
		});
	});

	it('counts no mention inside a longer name', () => {
		const text =
			'The attacker, Sudesh Pello, 20, was known to police. Pello is a town in the north.';
		expect(settle(text, { Pello: 'place' })).toEqual({ Pello: 'place' });
	});
});

describe('works', () => {
	it('are told by a noun before or in apposition, and are no facts', () => {
		expect(around('She starred in the TV series Harrowgate for six years.', 'Harrowgate')).toBe(
			'work'
		);
		expect(around('Days after releasing the album Nightjar, he died.', 'Nightjar')).toBe('work');
		expect(around('He wrote Dunmore, a novel of the sea.', 'Dunmore')).toBe('work');
		const text = 'She starred in the film Harrowgate. Harrowgate made $2 million.';
		const mentions = [
			{ span: { start: 26, end: 36 }, name: 'Harrowgate', kind: 'person' as const },
			{ span: { start: 38, end: 48 }, name: 'Harrowgate', kind: 'person' as const }
		];
		expect(settleDescribedKinds(mentions, text, () => false)).toEqual(new Set(['Harrowgate']));
	});

	it("leave a name built like a person's, and a listed place, as they were", () => {
		const text = 'In the book Anna Lee wrote, Paris is home. The film Paris ran long.';
		const mentions = [
			{ span: { start: 12, end: 20 }, name: 'Anna Lee', kind: 'person' as const },
			{ span: { start: 52, end: 57 }, name: 'Paris', kind: 'place' as const }
		];
		expect(settleDescribedKinds(mentions, text, (n) => n === 'Paris').size).toBe(0);
	});
});

describe('a body for sure', () => {
	it('is one of a list after a plural of bodies, or the name of "the … magazine", even built like a person\'s', () => {
		const text =
			'Firms such as the lenders Anna Lee, Kelby Trust and Dunmore Bank cut jobs. ' +
			'Anna Lee said so. The Tom Reyes magazine agreed.';
		expect(settle(text, { 'Anna Lee': 'person', 'Tom Reyes': 'person' })).toEqual({
			'Anna Lee': 'organisation',
			'Tom Reyes': 'organisation'
		});
		// a single body noun before a person's name may open a clause: "the firm Tom Reyes runs"
		expect(settle('The firm Tom Reyes runs is small.', { 'Tom Reyes': 'person' })).toEqual({
			'Tom Reyes': 'person'
		});
	});
});

describe('made things', () => {
	it('are told by the last word of the name', () => {
		expect(namesMadeThing('Bradley Fighting Vehicles')).toBe(true);
		expect(namesMadeThing('Hubble Space Telescope')).toBe(true);
		expect(namesMadeThing('Patriot Missile')).toBe(true);
		// teams, regiments and firms that end in such a word are bodies
		expect(namesMadeThing('Houston Rockets')).toBe(false);
		expect(namesMadeThing('Royal Irish Rifles')).toBe(false);
		expect(namesMadeThing('Bighorn Helicopters')).toBe(false);
		expect(namesMadeThing('Piper Aircraft')).toBe(false);
		// a lower-case word after the name is not part of it
		expect(namesMadeThing('Abrams tank')).toBe(false);
	});
	it('are no facts', () => {
		const deck = generateDeck(
			'Troops arrive in Norland\n\nThe deployment includes Bradley Fighting Vehicles, said Ana Ruiz of the Norland Army.\n'
		);
		expect(deck.facts.map((f) => f.text)).not.toContain('Bradley Fighting Vehicles');
		expect(deck.facts.map((f) => f.text)).toContain('Ana Ruiz');
	});
});
