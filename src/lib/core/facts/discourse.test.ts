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

	it('reads a shorter form of a full name as that person', () => {
		expect(
			settle([
				{ name: 'Marta Kowalski', kind: 'place' },
				{ name: 'Marta Anna Kowalski', kind: 'person' },
				{ name: 'Lake Kowalski', kind: 'place' }
			])
		).toEqual(['person', 'person', 'place']);
	});

	it('leaves a listed place alone even when a person bears its name', () => {
		expect(
			settle([
				{ name: 'Ana Lisbon', kind: 'person' },
				{ name: 'Lisbon', kind: 'place' }
			])
		).toEqual(['person', 'place']);
	});

	it('settles by most mentions whether a name is a person’s; a tie changes nothing', () => {
		expect(
			settle([
				{ name: 'Norvale', kind: 'organisation' },
				{ name: 'Norvale', kind: 'organisation' },
				{ name: 'Norvale', kind: 'person' },
				{ name: 'Tamsin Vey', kind: 'person' },
				{ name: 'Tamsin Vey', kind: 'person' },
				{ name: 'Tamsin Vey', kind: 'place' },
				{ name: 'Brightwater', kind: 'place' },
				{ name: 'Brightwater', kind: 'person' }
			])
		).toEqual([
			'organisation',
			'organisation',
			'organisation',
			'person',
			'person',
			'person',
			'place',
			'person'
		]);
	});

	it('keeps a place and the body named after it apart', () => {
		expect(
			settle([
				{ name: 'Chile', kind: 'place' },
				{ name: 'Chile', kind: 'place' },
				{ name: 'Chile', kind: 'organisation' }
			])
		).toEqual(['place', 'place', 'organisation']);
	});
});
