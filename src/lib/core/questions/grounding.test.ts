import { describe, expect, it } from 'vitest';
import { factsFor } from '$tests/helpers/facts';
import { anchors, groundingContext, isGrounded } from './grounding';

const text =
	'Floods hit Norland after record rain\n\n' +
	'Heavy rain flooded the city of Kelby in Norland on Monday, officials of the Norland Red Cross said. ' +
	'The river rose by four metres in a day.\n\n' +
	'Rescue teams from the army reached the valley on Tuesday. ' +
	'More than 200 people have been moved to shelters since the rain began.\n\n' +
	'Mayor Ana Ruiz said Kelby would rebuild. ' +
	'The town council met in Kelby to plan the work. ' +
	'About 40 homes were destroyed, the council said.\n';

const { article, facts } = factsFor(text, [
	{ kind: 'place', text: 'Norland' },
	{ kind: 'place', text: 'Kelby' },
	{ kind: 'place', text: 'Norland', nth: 1 },
	{ kind: 'organisation', text: 'Norland Red Cross' },
	{ kind: 'figure', text: 'four metres' },
	{ kind: 'figure', text: 'More than 200' },
	{ kind: 'person', text: 'Ana Ruiz', aliases: ['Ruiz'] },
	{ kind: 'place', text: 'Kelby', nth: 1 },
	{ kind: 'place', text: 'Kelby', nth: 2 },
	{ kind: 'figure', text: 'About 40' }
]);
const ctx = { article, facts };
const fact = (t: string) => facts.find((f) => f.text === t)!;

describe('grounding: which story a question is of', () => {
	it('takes the names of the headline and the first paragraph, and names told three times', () => {
		expect(anchors(ctx)).toEqual(expect.arrayContaining(['norland', 'kelby', 'norland red cross']));
		// named once, after the first paragraph
		expect(anchors(ctx)).not.toContain('ana ruiz');
	});

	it('counts a prompt grounded by a name of the story other than its answer', () => {
		expect(isGrounded('How many people were moved in Kelby?', ['More than 200'], ctx)).toBe(true);
		expect(isGrounded('How many people were moved to shelters?', ['More than 200'], ctx)).toBe(
			false
		);
		// the answer itself grounds nothing: it is not shown
		expect(isGrounded('_____ flooded on Monday.', ['Kelby'], ctx)).toBe(false);
	});

	it('shows the nearest sentence before it, in its paragraph, that names the story', () => {
		const prompt = 'About _____ homes were destroyed, the council said.';
		expect(groundingContext(prompt, ['40'], fact('About 40'), ctx)).toBe(
			'The town council met in Kelby to plan the work.'
		);
	});

	it('else the first sentence of the story, and nothing for a prompt already grounded', () => {
		const prompt = 'How many people have been moved to shelters since the rain began?';
		expect(groundingContext(prompt, ['More than 200'], fact('More than 200'), ctx)).toBe(
			'Heavy rain flooded the city of Kelby in Norland on Monday, officials of the Norland Red Cross said.'
		);
		const grounded = 'Heavy rain flooded the city of _____ in Norland on Monday.';
		expect(groundingContext(grounded, ['Kelby'], fact('Kelby'), ctx)).toBeUndefined();
	});

	it('else the headline, when the first sentence is too long to show', () => {
		const long =
			'Storm strikes Kelby\n\n' +
			'A storm that had built over the sea for most of the week struck the coast near Kelby on ' +
			'Monday night, bringing winds of great force, heavy rain and high waves that broke over the ' +
			'old harbour wall, flooded streets and cut power to homes.\n\n' +
			'About 300 homes lost power.\n';
		const own = factsFor(long, [
			{ kind: 'place', text: 'Kelby' },
			{ kind: 'place', text: 'Kelby', nth: 1 },
			{ kind: 'figure', text: 'About 300' }
		]);
		const f = own.facts[2];
		expect(groundingContext('_____ homes lost power.', ['About 300'], f, own)).toBe(
			'Storm strikes Kelby'
		);
	});

	it('never shows a line that gives the answer away', () => {
		const prompt = 'The river rose by _____ in a day.';
		const own = { article, facts: facts.filter((f) => f.text !== 'Norland') };
		// the first sentence names the answer's value: the headline is shown instead
		expect(groundingContext(prompt, ['four metres'], fact('four metres'), own)).toBe(
			'Heavy rain flooded the city of Kelby in Norland on Monday, officials of the Norland Red Cross said.'
		);
		expect(groundingContext(prompt, ['Norland'], fact('four metres'), ctx)).toBeUndefined();
	});

	it('shows no quoted words as the context line', () => {
		const quoted =
			'Floods hit Norland\n\n' +
			'Rain fell on Kelby in Norland for a week.\n\n' +
			'"Kelby will rebuild," the mayor said. More than 200 people were moved.\n';
		const own = factsFor(quoted, [
			{ kind: 'place', text: 'Norland' },
			{ kind: 'place', text: 'Kelby' },
			{ kind: 'place', text: 'Norland', nth: 1 },
			{ kind: 'place', text: 'Kelby', nth: 1 },
			{ kind: 'figure', text: 'More than 200' }
		]);
		expect(groundingContext('_____ people were moved.', ['More than 200'], own.facts[4], own)).toBe(
			'Rain fell on Kelby in Norland for a week.'
		);
	});

	it('shows the sentence that brought in what a prompt’s opening "The …" describes', async () => {
		const { antecedentContext } = await import('./grounding');
		const text =
			'Health body names new disease\n\n' +
			'The health body of Norland named the new disease on Monday.\n\n' +
			'In 2015 it published guidelines for naming diseases. ' +
			'Officials in Kelby welcomed the name. ' +
			'The guidelines cite the 2009 flu outbreak as an example of what not to do.\n\n' +
			'The guidelines were praised. The health body met about 40 doctors.\n';
		const own = factsFor(text, [
			{ kind: 'place', text: 'Norland' },
			{ kind: 'date', text: '2009' },
			{ kind: 'figure', text: 'about 40' }
		]);
		const [, year, doctors] = own.facts;
		expect(
			antecedentContext(
				'The guidelines cite the _____ flu outbreak as an example of what not to do.',
				['2009'],
				year,
				own
			)
		).toBe('In 2015 it published guidelines for naming diseases.');
		// "the health body" was brought in with "the" too: no sentence introduces it
		expect(
			antecedentContext('The health body met _____ doctors.', ['about 40'], doctors, own)
		).toBeUndefined();
		// a prompt that does not open on a definite description needs none
		expect(
			antecedentContext('Officials met _____ doctors.', ['about 40'], doctors, own)
		).toBeUndefined();
	});
});

describe('a statement that opens on "The …" named nowhere before it', () => {
	it('points back to what it does not show, unless the headline or a sentence before names it', async () => {
		const { pointsBackUnshown } = await import('./grounding');
		const { article, facts } = factsFor(
			'Kelby quarantines visitors from Harlow\n\n' +
				'Kelby put 70 visitors from Harlow in quarantine on 2 May.\n\n' +
				'The action was taken after a visitor fell ill on 30 April. ' +
				'The quarantine will end on 16 May. The visitors were moved to a hotel on 3 May.\n',
			[
				{ kind: 'date', text: '30 April' },
				{ kind: 'date', text: '16 May' },
				{ kind: 'date', text: '3 May' }
			]
		);
		const ctx = { article, facts };
		expect(
			facts.map((f) => pointsBackUnshown(article.sentences[f.sentenceIndex].text, f, ctx))
		).toEqual([true, false, false]);
	});
});
