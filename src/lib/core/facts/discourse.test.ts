import { describe, expect, it } from 'vitest';
import { settleKinds, type KindedMention } from './discourse';

const listed = (name: string) => name === 'Lisbon';
const settle = (mentions: KindedMention[]) => {
	settleKinds(mentions, listed);
	return mentions.map((m) => m.kind);
};

describe('settleKinds', () => {
	it('reads a family name of a person named in full as that person', () => {
		expect(
			settle([
				{ name: 'Marta Kowalski', kind: 'person' },
				{ name: 'Kowalski', kind: 'place' },
				{ name: 'Kowalski', kind: 'organisation' }
			])
		).toEqual(['person', 'person', 'person']);
	});

	it('leaves a listed place alone even when a person bears its name', () => {
		expect(
			settle([
				{ name: 'Ana Lisbon', kind: 'person' },
				{ name: 'Lisbon', kind: 'place' }
			])
		).toEqual(['person', 'place']);
	});

	it('gives every mention of a name the kind most of its mentions have; a tie changes nothing', () => {
		expect(
			settle([
				{ name: 'Norvale', kind: 'organisation' },
				{ name: 'Norvale', kind: 'organisation' },
				{ name: 'Norvale', kind: 'place' },
				{ name: 'Brightwater', kind: 'place' },
				{ name: 'Brightwater', kind: 'person' }
			])
		).toEqual(['organisation', 'organisation', 'organisation', 'place', 'person']);
	});
});
