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
