import { describe, expect, it } from 'vitest';
import { factsFor } from '$tests/helpers/facts';
import { listsOf } from './select';

describe('listsOf', () => {
	it('groups three or more names of one kind joined by commas and "and" in one sentence', () => {
		const text =
			'The airline flies to Spain, Greece, France and Italy.\n' +
			'Ann Lee met Tom Black in Rome.\n';
		const { article, facts } = factsFor(text, [
			{ kind: 'place', text: 'Spain' },
			{ kind: 'place', text: 'Greece' },
			{ kind: 'place', text: 'France' },
			{ kind: 'place', text: 'Italy' },
			{ kind: 'person', text: 'Ann Lee' },
			{ kind: 'person', text: 'Tom Black' },
			{ kind: 'place', text: 'Rome' }
		]);
		const lists = listsOf({ article, facts });
		expect(facts.map((f) => lists.get(f.id) ?? null)).toEqual([
			facts[0].id,
			facts[0].id,
			facts[0].id,
			facts[0].id,
			null,
			null,
			null
		]);
	});
});

describe('a prompt that points back', () => {
	it('shows the sentence before it, or is not asked', async () => {
		const { buildQuestions } = await import('./index');
		const text =
			'Court fines port operator\n\n' +
			'The harbour board voted to close the old western pier for good. ' +
			'After that decision, the city court fined Acme Logistics a large sum for the delays.\n';
		const { article, facts } = factsFor(text, [{ kind: 'organisation', text: 'Acme Logistics' }]);
		const asked = buildQuestions(article, facts).filter((q) => q.type !== 'true-false');
		expect(asked.length).toBeGreaterThan(0);
		for (const q of asked)
			expect(q.context).toBe('The harbour board voted to close the old western pier for good.');
	});
});

describe('timeline events', () => {
	it('leave out a subordinate clause, a date inside a longer time, and a long clause with no clean cut', async () => {
		const { eventClause } = await import('./types/timeline/build');
		const text =
			'When the old band split in 1968, the drummer moved to Lagos.\n' +
			'Cases rose sharply in the first half of 2019 across the islands.\n' +
			'The mill reopened in 2004 and hired new staff and bought new looms and trucks and boats and carts.\n' +
			'The harbour opened in 1999 after a long dispute with the owners of the land.\n';
		const { article, facts } = factsFor(text, [
			{ kind: 'date', text: '1968' },
			{ kind: 'date', text: '2019' },
			{ kind: 'date', text: '2004' },
			{ kind: 'date', text: '1999' }
		]);
		const ctx = { article, facts };
		expect(facts.map((f) => eventClause(f, ctx))).toEqual([
			null,
			null,
			null,
			'The harbour opened after a long dispute with the owners of the land'
		]);
	});
});
