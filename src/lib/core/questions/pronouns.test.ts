import { describe, expect, it } from 'vitest';
import { referents, resolveStart } from './pronouns';
import { factsFor, type FactSpec } from '$tests/helpers/facts';

const TEXT =
	'Ida Cole was born in Leeds.\n' +
	'She studied law.\n' +
	'Her brother Sam Cole ran a shop.\n' +
	'He sold bicycles.\n' +
	'She later moved to York.\n' +
	"She's written three books.\n";

const { article, facts } = factsFor(TEXT, [
	{ kind: 'person', text: 'Ida Cole' },
	{ kind: 'person', text: 'Sam Cole' }
]);

describe('opening pronouns', () => {
	const refs = referents(article, facts);
	it('continues the person the text is about', () => {
		expect(resolveStart('She studied law.', refs, 1)).toBe('Ida Cole studied law.');
		expect(resolveStart('Her brother _____ ran a shop.', refs, 2)).toBe(
			'Ida Cole’s brother _____ ran a shop.'
		);
	});
	it('gives a pronoun of the other gender to the other person just named', () => {
		expect(resolveStart('He sold bicycles.', refs, 3)).toBe('Sam Cole sold bicycles.');
		expect(resolveStart('She later moved to _____.', refs, 4)).toBe(
			'Ida Cole later moved to _____.'
		);
	});
	it('expands a contraction and leaves an unknown referent alone', () => {
		expect(resolveStart("She's written three books.", refs, 5)).toBe(
			'Ida Cole has written three books.'
		);
		expect(resolveStart('He sold bicycles.', refs, 0)).toBe('He sold bicycles.');
	});
});

describe('an object pronoun', () => {
	const { article, facts } = factsFor(
		'Ida Cole was born in Leeds.\nTom Hart described her as brilliant.\nHer first design was a bridge.\n',
		[
			{ kind: 'person', text: 'Ida Cole' },
			{ kind: 'person', text: 'Tom Hart' }
		]
	);
	it('is left alone when the sentence before names one person and speaks of another', () => {
		const refs = referents(article, facts);
		expect(resolveStart('Her first design was a _____.', refs, 2)).toBe(
			'Her first design was a _____.'
		);
	});
});

describe('a biography', () => {
	const { article, facts } = factsFor(
		'Lee Hanbo was born in Ulsan.\nBorn in Ulsan, Lee went to Oslo, where he met the poet Kaja Brun. He then studied law.\nShe wrote of it; Kaja Brun praised him. He later taught in Bergen, as Lee said.\n',
		[
			{ kind: 'person', text: 'Lee Hanbo' },
			{ kind: 'person', text: 'Lee', nth: 1, value: 'Lee Hanbo' },
			{ kind: 'person', text: 'Kaja Brun' },
			{ kind: 'person', text: 'Kaja Brun', nth: 1 },
			{ kind: 'person', text: 'Lee', nth: 2, value: 'Lee Hanbo' }
		]
	);
	it('takes the person it is about over another named with them, not a woman for "he"', () => {
		const refs = referents(article, facts);
		expect(resolveStart('He then studied _____.', refs, 2)).toBe('Lee Hanbo then studied _____.');
		expect(resolveStart('He later taught in _____.', refs, 4)).toBe(
			'Lee Hanbo later taught in _____.'
		);
	});
});

describe('one named as kin of the person "his" stands for', () => {
	const text =
		'Tom Hale dies at 86\n\n' +
		'Tom Hale, the former mayor of Kelby, died today, aged 86.\n' +
		'Hale led the city for twenty years. Hale also wrote two books.\n' +
		'The news came from his son-in-law, Ivo Marsh, after a long illness. ' +
		'He had not been seen in public since 2014.\n';
	const HALE: FactSpec[] = [
		{ kind: 'person', text: 'Tom Hale' },
		{ kind: 'person', text: 'Tom Hale', nth: 1 },
		{ kind: 'person', text: 'Hale', nth: 2, value: 'Tom Hale' },
		{ kind: 'person', text: 'Hale', nth: 3, value: 'Tom Hale' },
		{ kind: 'person', text: 'Ivo Marsh' }
	];
	it('is not whom the next "He" stands for: the story’s main person is', () => {
		const { article, facts } = factsFor(text, HALE);
		const last = article.sentences.at(-1)!.index;
		expect(referents(article, facts).he[last]).toBe('Tom Hale');
	});
	it('is whom it stands for when the sentence names him without kin', () => {
		const { article, facts } = factsFor(text.replace('his son-in-law, ', 'the lawyer '), HALE);
		const last = article.sentences.at(-1)!.index;
		expect(referents(article, facts).he[last]).toBe('Ivo Marsh');
	});
});

describe('a title tells a man or a woman', () => {
	it('resolves no "She" to a tsar, and reads the given name after a rank', async () => {
		const { genderOfName } = await import('./pronouns');
		expect(
			['Tsar Peter', 'King Olaf', 'Queen Anne', 'General Ana Ruiz', 'Dr Kim Ode'].map(genderOfName)
		).toEqual(['he', 'he', 'she', 'she', undefined]);
		const story = factsFor('Tsar Peter visited the port in 1698.\nShe lived until 1739.\n', [
			{ kind: 'person', text: 'Tsar Peter' }
		]);
		const refs = referents(story.article, story.facts);
		expect(resolveStart('She lived until _____.', refs, 1)).toBe('She lived until _____.');
	});
});
