import { describe, expect, it } from 'vitest';
import { factsFor } from '$tests/helpers/facts';
import { isMinorSpeaker } from './minor';

describe('isMinorSpeaker', () => {
	it('takes other verbs of saying for speech: recounted, tweeted, recalled', () => {
		const story =
			'Lab makes slippery toilet\n\n' +
			'Engineers led by Ann Lee made a coating that keeps toilets clean.\n\n' +
			'Co-developer Tom Black recounted, "We were amazed." Minister Eva Nowak tweeted her ' +
			'thanks. Rita Gomez recalled the first test. Jan Wolski built the test rig.\n';
		const s = factsFor(story, [
			{ kind: 'person', text: 'Ann Lee' },
			{ kind: 'person', text: 'Tom Black' },
			{ kind: 'person', text: 'Eva Nowak' },
			{ kind: 'person', text: 'Rita Gomez' },
			{ kind: 'person', text: 'Jan Wolski' }
		]);
		expect(s.facts.map((f) => isMinorSpeaker(f, s.article, s.facts))).toEqual([
			false,
			true,
			true,
			true,
			false
		]);
	});

	const text =
		'Harbour closes after storm\n\n' +
		'Mayor Ann Lee closed the harbour on Monday. Ann Lee said the storm was the worst in years.\n\n' +
		'Ships were moved to Dover. "We lost two cranes," said Tom Black, a port spokesman.\n\n' +
		'Rita Gomez, who built the harbour wall, watched it fall.\n';
	const { article, facts } = factsFor(text, [
		{ kind: 'person', text: 'Ann Lee' },
		{ kind: 'person', text: 'Ann Lee', nth: 1 },
		{ kind: 'person', text: 'Tom Black' },
		{ kind: 'person', text: 'Rita Gomez' }
	]);
	it('is a person named once, past the first paragraph, only as the source of words', () => {
		expect(facts.map((f) => isMinorSpeaker(f, article, facts))).toEqual([
			false,
			false,
			true,
			false
		]);
	});

	it('is a person named often, but only ever as the one who speaks, past the first paragraph', () => {
		const story =
			'Harbour closes after storm\n\n' +
			'Mayor Ann Lee closed the harbour on Monday.\n\n' +
			'“We lost two cranes,” said Tom Black. According to Port Senator Tom Black, repairs ' +
			'will take a year. Black said the wall held.\n\n' +
			'Ann Lee said the storm was the worst in years. Rita Gomez said the wall fell, and Rita ' +
			'Gomez rebuilt it.\n';
		const s = factsFor(story, [
			{ kind: 'person', text: 'Ann Lee' },
			{ kind: 'person', text: 'Tom Black' },
			{ kind: 'person', text: 'Tom Black', nth: 1 },
			{ kind: 'person', text: 'Black', nth: 2, value: 'Tom Black' },
			{ kind: 'person', text: 'Ann Lee', nth: 1 },
			{ kind: 'person', text: 'Rita Gomez' },
			{ kind: 'person', text: 'Rita Gomez', nth: 1 }
		]);
		expect(s.facts.map((f) => isMinorSpeaker(f, s.article, s.facts))).toEqual([
			false,
			true,
			true,
			true,
			false,
			false,
			false
		]);
	});

	it('is one who only calls something a name in quotation marks, and says things', () => {
		const story =
			'Mayor stabbed on stage\n\n' +
			'Mayor Ann Lee was stabbed on stage in Kelby on Sunday.\n\n' +
			'Interior Minister Tom Black called the stabbing "an act of barbarity". Black said the ' +
			'mayor needed surgery. Rita Gomez called the police at once. Dan Ode described the ' +
			'attack as "senseless".\n';
		const s = factsFor(story, [
			{ kind: 'person', text: 'Ann Lee' },
			{ kind: 'person', text: 'Tom Black' },
			{ kind: 'person', text: 'Black', nth: 1, value: 'Tom Black' },
			{ kind: 'person', text: 'Rita Gomez' },
			{ kind: 'person', text: 'Dan Ode' }
		]);
		expect(s.facts.map((f) => isMinorSpeaker(f, s.article, s.facts))).toEqual([
			false,
			true,
			true,
			false,
			true
		]);
	});

	it('is one who speaks for a body, wherever named, and one who "confirmed" or "revealed"', () => {
		const story =
			'Fire closes plant\n\n' +
			'Police spokeswoman Eva Nowak said the fire began at noon.\n\n' +
			'Workers fled. Plant manager Jan Wolski confirmed the damage. Wolski revealed that ' +
			'no one was hurt.\n\n' +
			'Mayor Ola Lis, who owns the site, visited it.\n';
		const s = factsFor(story, [
			{ kind: 'person', text: 'Eva Nowak', role: 'Police spokeswoman' },
			{ kind: 'person', text: 'Jan Wolski', role: 'Plant manager' },
			{ kind: 'person', text: 'Wolski', nth: 1, value: 'Jan Wolski' },
			{ kind: 'person', text: 'Ola Lis', role: 'Mayor' }
		]);
		expect(s.facts.map((f) => isMinorSpeaker(f, s.article, s.facts))).toEqual([
			true,
			true,
			true,
			false
		]);
	});

	it('speaks when a time or "also" comes between the name and the verb', () => {
		const story =
			'Three hurt in attack\n\nThree people were hurt in Kelby on Saturday.\n\n' +
			'Police chief Neil Bray, on Sunday, said the man acted alone. Bray also stated ' +
			'the park was safe.\n';
		const s = factsFor(story, [
			{ kind: 'person', text: 'Neil Bray', role: 'Police chief' },
			{ kind: 'person', text: 'Bray', nth: 1, value: 'Neil Bray' }
		]);
		expect(s.facts.map((f) => isMinorSpeaker(f, s.article, s.facts))).toEqual([true, true]);
	});

	it('speaks in the lead too, unless the headline names the one who speaks', () => {
		const story =
			'Protesters storm parliament in Kelby\n\n' +
			'Police director Ivo Ras said 71 people were arrested on Friday night. ' +
			'Mayor Ana Vale said the city was calm. Dan Ode led the march.\n\n' +
			'Protests went on for four days.\n';
		const s = factsFor(story, [
			{ kind: 'person', text: 'Ivo Ras', role: 'Police director' },
			{ kind: 'person', text: 'Ana Vale', role: 'Mayor' },
			{ kind: 'person', text: 'Dan Ode' }
		]);
		expect(s.facts.map((f) => isMinorSpeaker(f, s.article, s.facts))).toEqual([true, true, false]);
		const headlined = factsFor(story.replace('in Kelby', 'as Vale calls for calm'), [
			{ kind: 'person', text: 'Ana Vale', role: 'Mayor' }
		]);
		expect(isMinorSpeaker(headlined.facts[0], headlined.article, headlined.facts)).toBe(false);
	});

	it('is a spokesman in every mention once one of them says so', () => {
		const story =
			'Rebels claim victory\n\n' +
			'Rebels said they killed 600 soldiers on Monday.\n\n' +
			'Government spokesman Tesfaye Alemu denied it. "The rebels fled," said Tesfaye.\n';
		const s = factsFor(story, [
			{ kind: 'person', text: 'Tesfaye Alemu', role: 'Government spokesman' },
			{ kind: 'person', text: 'Tesfaye', nth: 1, value: 'Tesfaye Alemu' }
		]);
		expect(s.facts.map((f) => isMinorSpeaker(f, s.article, s.facts))).toEqual([true, true]);
	});
});

describe('statements to judge', () => {
	it('are never made of a sentence that quotes someone', async () => {
		const { trueFalse } = await import('./types/true-false/build');
		const { article, facts } = factsFor(
			'Storm hits harbour\n\n' +
				'The mayor said “the storm was the worst in many years” as it cut power to 4,000 homes. ' +
				'The storm cut power to 6,000 homes on Tuesday after the rain.\n',
			[
				{ kind: 'figure', text: '4,000 homes' },
				{ kind: 'figure', text: '6,000 homes' }
			]
		);
		expect(trueFalse(facts[0], { article, facts })).toBeNull();
		expect(trueFalse(facts[1], { article, facts })).not.toBeNull();
	});

	it('never state a person: another of the story in one’s place is plainly false', async () => {
		const { trueFalse } = await import('./types/true-false/build');
		const people = ['Ana Ruiz', 'Tom Reyes', 'Lena Berg', 'Omar Haddad'];
		const { article, facts } = factsFor(
			'Harbour news\n\n' +
				people.map((p) => `The new harbour wall was built by ${p} in May.`).join(' ') +
				'\n',
			people.map((text) => ({ kind: 'person' as const, text }))
		);
		for (const f of facts) expect(trueFalse(f, { article, facts })).toBeNull();
	});

	it('are made only of a fact that has a false version, so "True" is not always right', async () => {
		const { trueFalse } = await import('./types/true-false/build');
		// one body only: nothing of its sort to swap in, so no statement, whatever the hash says
		const lines = ['closed the harbour', 'opened the dock', 'rebuilt the wall', 'met the crews'];
		const { article, facts } = factsFor(
			'Harbour news\n\n' +
				lines.map((l) => `The Kelby Harbour Trust ${l} on Monday after the storm.`).join(' '),
			lines.map((_, nth) => ({ kind: 'organisation' as const, text: 'Kelby Harbour Trust', nth }))
		);
		for (const f of facts) expect(trueFalse(f, { article, facts })).toBeNull();
	});
});

describe('isMinorSpeaker, press secretaries', () => {
	it('takes a press secretary for a spokesperson', () => {
		const story =
			'Storm hits coast\n\n' +
			'A storm hit the coast of Arlen on Monday.\n\n' +
			'Lena Dahl, the press secretary for the governor, toured the port on Tuesday.\n';
		const s = factsFor(story, [
			{ kind: 'person', text: 'Lena Dahl', role: 'the press secretary for the governor' }
		]);
		expect(isMinorSpeaker(s.facts[0], s.article, s.facts)).toBe(true);
	});
});
