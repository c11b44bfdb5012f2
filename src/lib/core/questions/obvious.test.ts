import { describe, expect, it } from 'vitest';
import { factsFor } from '$tests/helpers/facts';
import { parseArticle } from '../article/parse';
import { extractFacts } from '../facts';
import { locate } from './stem';
import {
	capitalGivenAway,
	countryGivenAway,
	famousPlace,
	figureWorkedOut,
	leaderGivenAway,
	placeAside,
	placeNotWhere
} from './obvious';

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
	it('reads the later words of the title in lower case too, and knows the Secretary of State', () => {
		const { article, facts } = factsFor(
			"Norland's Supreme leader Ivan Petrov, Prime minister Ana Ruiz, Secretary of State Tom Reyes and the Prime Minister's aide Kim Ode met.\n",
			[
				{ kind: 'person', text: 'Ivan Petrov' },
				{ kind: 'person', text: 'Ana Ruiz' },
				{ kind: 'person', text: 'Tom Reyes' },
				{ kind: 'person', text: 'Kim Ode' }
			]
		);
		expect(facts.map((f) => leaderGivenAway(f, locate(f, article)!))).toEqual([
			true,
			true,
			true,
			false
		]);
	});
	it('finds one the story gives an office of a country or a great city, after the name or as a role', () => {
		const { article, facts } = factsFor(
			'Ana Ruiz, the mayor of Lisbon, met Tom Reyes (former Prime Minister) and Kim Ode, the mayor of a village, Ivo Marin and Lena Berg, the president of Acme.\n',
			[
				{ kind: 'person', text: 'Ana Ruiz' },
				{ kind: 'person', text: 'Tom Reyes' },
				{ kind: 'person', text: 'Kim Ode' },
				{ kind: 'person', text: 'Ivo Marin', role: 'Norland President' },
				{ kind: 'person', text: 'Lena Berg' }
			]
		);
		expect(facts.map((f) => leaderGivenAway(f, locate(f, article)!))).toEqual([
			true,
			true,
			false,
			true,
			false
		]);
	});
	it('reads a head title in lower case after a country or its adjective, not after a firm', () => {
		const { article, facts } = factsFor(
			"He criticised Russian president Ivan Petrov, France's prime minister Ana Ruiz and Acme's president Tom Reyes.\n",
			[
				{ kind: 'person', text: 'Ivan Petrov' },
				{ kind: 'person', text: 'Ana Ruiz' },
				{ kind: 'person', text: 'Tom Reyes' }
			]
		);
		expect(facts.map((f) => leaderGivenAway(f, locate(f, article)!))).toEqual([true, true, false]);
	});
	it('finds the mayor of a great city named before the name, not of a town', () => {
		const { article, facts } = factsFor(
			'The mayor of London, Ana Ruiz, met Tokyo Mayor Kim Ode, the mayor of Kelby, Tom Reyes, and Kelby Mayor Ivo Marin.\n',
			[
				{ kind: 'person', text: 'Ana Ruiz' },
				{ kind: 'person', text: 'Kim Ode' },
				{ kind: 'person', text: 'Tom Reyes' },
				{ kind: 'person', text: 'Ivo Marin' }
			]
		);
		expect(facts.map((f) => leaderGivenAway(f, locate(f, article)!))).toEqual([
			true,
			true,
			false,
			false
		]);
	});
	it('reads the office in a relative clause after the name ("who is the secretary of state")', () => {
		const { article, facts } = factsFor(
			'Tom Reyes often argued with Ana Ruiz who is the secretary of state, and with Kim Ode, who was the mayor of Lisbon, and Ivo Marin, who is the Secretary of State for Wales.\n',
			[
				{ kind: 'person', text: 'Ana Ruiz' },
				{ kind: 'person', text: 'Kim Ode' },
				{ kind: 'person', text: 'Ivo Marin' }
			]
		);
		expect(facts.map((f) => leaderGivenAway(f, locate(f, article)!))).toEqual([true, true, false]);
	});
});

describe('famousPlace', () => {
	it('finds a country or a city of a million, not a small town', () => {
		const { facts } = factsFor('Aid flew from France and Tokyo to Marksville and Tulle.\n', [
			{ kind: 'place', text: 'France' },
			{ kind: 'place', text: 'Tokyo' },
			{ kind: 'place', text: 'Marksville' },
			{ kind: 'place', text: 'Tulle' }
		]);
		expect(facts.map(famousPlace)).toEqual([true, true, false, false]);
	});
	it('finds a continent, an ocean, a sea or a gulf, not a bay or a lake named for a town', () => {
		const { facts } = factsFor(
			'Boats sailed from South America across the Atlantic Ocean, the Gulf of Mexico, the Caribbean and the Kelby Sea to Dunmore Bay and Lake Harlow.\n',
			[
				{ kind: 'place', text: 'South America' },
				{ kind: 'place', text: 'Atlantic Ocean' },
				{ kind: 'place', text: 'Gulf of Mexico' },
				{ kind: 'place', text: 'Caribbean' },
				{ kind: 'place', text: 'Kelby Sea' },
				{ kind: 'place', text: 'Dunmore Bay' },
				{ kind: 'place', text: 'Lake Harlow' }
			]
		);
		expect(facts.map(famousPlace)).toEqual([true, true, true, true, true, false, false]);
	});
});

describe('placeAside', () => {
	const text =
		'Storm hits the coast\n\n' +
		'A storm struck Dunmore on Monday, cutting power to the harbour.\n\n' +
		'Crews from Dunmore and Kelby worked through the night.\n' +
		'One engineer, from Ardee, said the lines were old.\n';
	const { article, facts } = factsFor(text, [
		{ kind: 'place', text: 'Dunmore' },
		{ kind: 'place', text: 'Dunmore', nth: 1 },
		{ kind: 'place', text: 'Kelby' },
		{ kind: 'place', text: 'Ardee' }
	]);
	it('keeps a place the lead names, wherever it is asked, and leaves out one named only below', () => {
		expect(facts.map((f) => placeAside(f, { article, facts }))).toEqual([false, false, true, true]);
	});
});

describe('figureWorkedOut', () => {
	// the facts as the extractor reads them, by their text
	const worked = (text: string) => {
		const facts = extractFacts(parseArticle(text));
		return Object.fromEntries(
			facts.filter((f) => f.kind === 'figure').map((f) => [f.text, figureWorkedOut(f, facts)])
		);
	};
	it('finds the sum of two figures of the sentence and either part, but not a figure it cannot be worked from', () => {
		expect(
			worked('By noon 14 workers were found, 8 men and 6 women, and 30 more were missing.\n')
		).toMatchObject({ '14': true, '8': true, '6': true, '30': false });
	});
	it('finds what is left of a total, and a total of three parts', () => {
		expect(
			worked('All 298 on board died: 283 passengers and 15 crew, and 80 were children.\n')
		).toMatchObject({
			'298': true,
			'283': true,
			'15': true,
			'80': false
		});
		expect(
			worked('The party won 21 seats: 16 in the north, 4 in the south and 1 abroad.\n')
		).toMatchObject({
			'21 seats': true
		});
	});
	it('finds the rest of a hundred per cent', () => {
		expect(worked('In the vote 61% said yes and 39% said no, with 12% unsure.\n')).toEqual({
			'61%': true,
			'39%': true,
			'12%': false
		});
	});
	it('finds the years between two years the sentence names', () => {
		expect(worked('She led the club from 1990 to 2002, for 12 years, and won 9 titles.\n')).toEqual(
			{ '12 years': true, '9': false }
		);
	});
});

describe('placeNotWhere', () => {
	it('keeps a place after a preposition, not one that is a subject or a modifier', () => {
		const { article, facts } = factsFor(
			'Kelby said aid flew from Dunmore to the Ardee port and Tulle, not to a Lisk court.\n',
			[
				{ kind: 'place', text: 'Kelby' },
				{ kind: 'place', text: 'Dunmore' },
				{ kind: 'place', text: 'Ardee' },
				{ kind: 'place', text: 'Tulle' },
				{ kind: 'place', text: 'Lisk' }
			]
		);
		expect(facts.map((f) => placeNotWhere(f, locate(f, article)!))).toEqual([
			true,
			false,
			false,
			false,
			true
		]);
	});
});

describe('capitalGivenAway', () => {
	it('finds the capital of a country its sentence names, by name or demonym', () => {
		const { article, facts } = factsFor(
			'A man set himself on fire in the United States capital city Washington, D.C. on Monday.\n' +
				'Troops reached the Polish capital Warsaw, then Krakow, on Friday.\n',
			[
				{ kind: 'organisation', text: 'Washington, D.C.' },
				{ kind: 'place', text: 'Warsaw' },
				{ kind: 'place', text: 'Krakow' }
			]
		);
		expect(facts.map((f) => capitalGivenAway(f, locate(f, article)!, facts))).toEqual([
			true,
			true,
			false
		]);
	});
});

describe('figureWorkedOut, shares', () => {
	it('finds the rest of a hundred per cent after two other shares', () => {
		const worked = (text: string) => {
			const facts = extractFacts(parseArticle(text));
			return facts.filter((f) => f.kind === 'figure').map((f) => figureWorkedOut(f, facts));
		};
		expect(worked('In the last poll "No" had 45%, "Yes" 41% and 14% were undecided.\n')).toEqual([
			true,
			true,
			true
		]);
		expect(worked('In the last poll "No" had 45% and "Yes" had 41%.\n')).toEqual([false, false]);
	});
});
