import { describe, expect, it } from 'vitest';
import { factsFor } from '$tests/helpers/facts';
import { locate } from './stem';
import { countryGivenAway, leaderGivenAway } from './obvious';

describe('countryGivenAway', () => {
	const text =
		'Floods in the north\n\n' +
		'The floods reached Osaka in Japan on Monday.\n' +
		'Aid came from Japan and Peru.\n' +
		'Rescuers from Lima flew to Japan.\n';
	const { article, facts } = factsFor(text, [
		{ kind: 'place', text: 'Osaka' },
		{ kind: 'place', text: 'Japan' },
		{ kind: 'place', text: 'Japan', nth: 1 },
		{ kind: 'place', text: 'Peru' },
		{ kind: 'place', text: 'Lima' },
		{ kind: 'place', text: 'Japan', nth: 2 }
	]);
	const ctx = { article, facts };
	it('finds a country a city or region of its sentence places', () => {
		expect(facts.map((f) => countryGivenAway(f, ctx))).toEqual([
			false,
			true,
			false,
			false,
			false,
			false
		]);
	});
	it('finds one a city of the headline places', () => {
		const withHeadline = factsFor('Floods in Osaka\n\nAid came from Japan and Peru.\n', [
			{ kind: 'place', text: 'Osaka' },
			{ kind: 'place', text: 'Japan' },
			{ kind: 'place', text: 'Peru' }
		]);
		const c = { article: withHeadline.article, facts: withHeadline.facts };
		expect(withHeadline.facts.map((f) => countryGivenAway(f, c))).toEqual([false, true, false]);
	});
});

describe('leaderGivenAway', () => {
	it('finds a person named after the title of a head of state or government', () => {
		const { article, facts } = factsFor(
			'Russian President Ivan Petrov met Prime Minister Ana Ruiz and the mayor, Tom Reyes.\n',
			[
				{ kind: 'person', text: 'Ivan Petrov' },
				{ kind: 'person', text: 'Ana Ruiz' },
				{ kind: 'person', text: 'Tom Reyes' }
			]
		);
		expect(facts.map((f) => leaderGivenAway(f, locate(f, article)!))).toEqual([true, true, false]);
	});
});
