import { describe, expect, it } from 'vitest';
import { factsFor } from '$tests/helpers/facts';
import { isMinorSpeaker } from './minor';

describe('isMinorSpeaker', () => {
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
});

describe('who speaks', () => {
	it('finds the people the article reports speaking', async () => {
		const { speakersOf } = await import('./minor');
		const { article, facts } = factsFor(
			'Ana Ruiz said the storm was over. The storm killed Dan Ames.\n' +
				'“It is over,” said Tom Reyes. Kim Ode and Dan Ames were at sea.\n',
			[
				{ kind: 'person', text: 'Ana Ruiz' },
				{ kind: 'person', text: 'Dan Ames' },
				{ kind: 'person', text: 'Tom Reyes' },
				{ kind: 'person', text: 'Kim Ode' },
				{ kind: 'person', text: 'Dan Ames', nth: 1 }
			]
		);
		expect([...speakersOf(article, facts)].sort()).toEqual(['ana ruiz', 'tom reyes']);
	});

	it('puts words only in the mouth of someone who speaks in a false statement', async () => {
		const { trueFalse } = await import('./types/true-false/build');
		const people = ['Ana Ruiz', 'Tom Reyes', 'Lena Berg', 'Omar Haddad', 'Ivy Chen', 'Sam Ode'];
		let swaps = 0;
		// one statement per speaker: the false ones (about half) show what is swapped in
		for (const speaker of people) {
			const text =
				'The storm killed Dan Ames and Kim Ode and hurt Eva Lund. ' +
				people.map((p) => `${p} said the storm over the harbour was the worst in years. `).join('');
			const specs = [
				{ kind: 'person' as const, text: 'Dan Ames' },
				{ kind: 'person' as const, text: 'Kim Ode' },
				{ kind: 'person' as const, text: 'Eva Lund' },
				...people.map((p) => ({ kind: 'person' as const, text: p }))
			];
			const { article, facts } = factsFor(text, specs);
			const fact = facts.find((f) => f.text === speaker)!;
			const q = trueFalse(fact, { article, facts })?.question;
			if (!q || q.answer === 'True') continue;
			swaps++;
			expect(q.prompt).not.toMatch(/Dan Ames|Kim Ode|Eva Lund/);
		}
		expect(swaps).toBeGreaterThan(0);
	});
});

describe('statements to judge', () => {
	it('are never made of a sentence that quotes someone', async () => {
		const { trueFalse } = await import('./types/true-false/build');
		const { article, facts } = factsFor(
			'Storm hits harbour\n\n' +
				'Ana Ruiz said “the storm over the harbour was the worst in many years” on Monday. ' +
				'Ana Ruiz closed the harbour on Monday after the storm. Tom Reyes opened the dock again.\n',
			[
				{ kind: 'person', text: 'Ana Ruiz' },
				{ kind: 'person', text: 'Ana Ruiz', nth: 1 },
				{ kind: 'person', text: 'Tom Reyes' }
			]
		);
		expect(trueFalse(facts[0], { article, facts })).toBeNull();
		expect(trueFalse(facts[1], { article, facts })).not.toBeNull();
	});

	it('never swap the person after a title for another', async () => {
		const { trueFalse } = await import('./types/true-false/build');
		const people = ['Ana Ruiz', 'Tom Reyes', 'Lena Berg', 'Omar Haddad', 'Ivy Chen', 'Sam Ode'];
		const text =
			'Harbour court rules\n\n' +
			people
				.map((p) => `The harbour court of Norland is led by President ${p} since May. `)
				.join('') +
			people.map((p) => `The new harbour wall was built by ${p} in May. `).join('');
		const { article, facts } = factsFor(text, [
			...people.map((p) => ({ kind: 'person' as const, text: p })),
			...people.map((p) => ({ kind: 'person' as const, text: p, nth: 1 }))
		]);
		const ctx = { article, facts };
		const answers = (fs: typeof facts) =>
			fs.map((f) => trueFalse(f, ctx)?.question.answer).filter(Boolean);
		expect(answers(facts.slice(0, 6))).not.toContain('False');
		expect(answers(facts.slice(6))).toContain('False');
	});

	it('never swap a relative named after a kinship word for another person', async () => {
		const { trueFalse } = await import('./types/true-false/build');
		const people = ['Ana Ruiz', 'Tom Reyes', 'Lena Berg', 'Omar Haddad', 'Ivy Chen', 'Sam Ode'];
		const text =
			'Harbour court rules\n\n' +
			people.map((p) => `The harbour was left to her son ${p} in May. `).join('') +
			people.map((p) => `The new harbour wall was built by ${p} in May. `).join('');
		const { article, facts } = factsFor(text, [
			...people.map((p) => ({ kind: 'person' as const, text: p })),
			...people.map((p) => ({ kind: 'person' as const, text: p, nth: 1 }))
		]);
		const ctx = { article, facts };
		const made = (fs: typeof facts) => fs.map((f) => trueFalse(f, ctx)).filter(Boolean);
		expect(made(facts.slice(0, 6))).toEqual([]);
		expect(made(facts.slice(6)).length).toBeGreaterThan(0);
	});

	it('are made only of a fact that has a false version, so "True" is not always right', async () => {
		const { trueFalse } = await import('./types/true-false/build');
		// one person only: nobody to swap in, so no statement, whatever the hash says
		const lines = ['closed the harbour', 'opened the dock', 'rebuilt the wall', 'met the crews'];
		const { article, facts } = factsFor(
			'Harbour news\n\n' + lines.map((l) => `Ana Ruiz ${l} on Monday after the storm.`).join(' '),
			lines.map((_, nth) => ({ kind: 'person' as const, text: 'Ana Ruiz', nth }))
		);
		for (const f of facts) expect(trueFalse(f, { article, facts })).toBeNull();
	});
});
