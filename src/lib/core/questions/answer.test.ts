import { describe, expect, it } from 'vitest';
import { factsFor } from '$tests/helpers/facts';
import { acceptFor } from './answer';

describe('other right answers to a body’s name', () => {
	it('take a team or paper by its own name without its place, never a word bodies are named by', () => {
		const { facts } = factsFor(
			'The New Orleans Pelicans beat the Sacramento Kings. The New York Times, ' +
				'Manchester United and Moscow State University reported it, said Harbour Trust.\n',
			[
				{ kind: 'organisation', text: 'New Orleans Pelicans' },
				{ kind: 'organisation', text: 'Sacramento Kings' },
				{ kind: 'organisation', text: 'New York Times' },
				{ kind: 'organisation', text: 'Manchester United' },
				{ kind: 'organisation', text: 'Moscow State University' },
				{ kind: 'organisation', text: 'Harbour Trust' }
			]
		);
		expect(facts.map((f) => acceptFor(f, facts, f.text))).toEqual([
			['Pelicans'],
			['Kings'],
			[],
			[],
			[],
			[]
		]);
	});
});

describe('other right answers to a count in words', () => {
	it('take the count in digits, as the grader does, and nothing for one in digits', () => {
		const { facts } = factsFor('Ten houses were damaged and 12 cars were burnt in the fire.\n', [
			{ kind: 'figure', text: 'Ten houses', counts: 'houses' },
			{ kind: 'figure', text: '12 cars', counts: 'cars' }
		]);
		expect(acceptFor(facts[0], facts, 'Ten')).toEqual(['10']);
		expect(acceptFor(facts[1], facts, '12')).toEqual([]);
	});
});
