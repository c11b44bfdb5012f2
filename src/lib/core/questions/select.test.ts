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

describe('a list of three or more', () => {
	it('gives no question of one of its items, and no statement of it', async () => {
		const { buildQuestions } = await import('./index');
		const text =
			'Digs in the desert\n\n' +
			'The team dug at the old sites of Harlow, Denby, Marsh End and Tolland over the summer. ' +
			'The camp stood near the town of Harlow in the north of the valley.\n';
		const { article, facts } = factsFor(text, [
			{ kind: 'place', text: 'Harlow' },
			{ kind: 'place', text: 'Denby' },
			{ kind: 'place', text: 'Marsh End' },
			{ kind: 'place', text: 'Tolland' },
			{ kind: 'place', text: 'Harlow', nth: 1 }
		]);
		const deck = buildQuestions(article, facts);
		const listed = new Set(facts.slice(0, 4).map((f) => f.id));
		expect(deck.filter((q) => q.factIds.length === 1 && listed.has(q.factIds[0]))).toEqual([]);
		// the town is asked where it stands alone
		expect(deck.some((q) => q.factIds.includes(facts[4].id))).toBe(true);
	});
});

describe('a prompt that points back', () => {
	it('shows it for "one such crash" and "Most were", and for no "such as"', async () => {
		const { draftQuestions } = await import('./index');
		const text =
			'Airliner lost over the sea\n\n' +
			'Crews are searching the sea for an airliner lost on a flight from Perth to Denpasar. ' +
			'One such crash was the loss of a Nordair jet in 2009 over the open sea off the coast. ' +
			'Most were tourists from Norway, and the airline named 14 of them on Monday evening.\n\n' +
			'The airline flies to cities such as Medan, and it has flown since 1994 from its base.\n';
		const { article, facts } = factsFor(text, [
			{ kind: 'date', text: '2009' },
			{ kind: 'figure', text: '14' },
			{ kind: 'date', text: '1994' }
		]);
		// every question drafted, before the worth model leaves side details out
		const deck = draftQuestions(article, facts).questions.filter((q) => q.type !== 'true-false');
		const of = (i: number) => deck.filter((q) => q.factIds.includes(facts[i].id));
		for (const q of of(0))
			expect(q.context).toBe(
				'Crews are searching the sea for an airliner lost on a flight from Perth to Denpasar.'
			);
		for (const q of of(1))
			expect(q.context).toBe(
				'One such crash was the loss of a Nordair jet in 2009 over the open sea off the coast.'
			);
		expect(of(0).length + of(1).length).toBeGreaterThan(0);
		expect(of(2).length).toBeGreaterThan(0);
		for (const q of of(2)) expect(q.context).toBeUndefined();
	});

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

	it('treats a pronoun after an opening phrase ("In the 1990s, he …") as one that opens it', async () => {
		const { draftQuestions } = await import('./index');
		const text =
			'Poet Tom Hart dies at 70\n\n' +
			'Tom Hart, a poet and songwriter from Kelby, died on Monday at the age of 70.\n\n' +
			'In the 1990s, he turned to essays on the new online world of Usenet.\n\n' +
			'Hart wrote lyrics for the band Glass Road. Reportedly he met its singer Ana Ruiz in Harlow.\n';
		const { article, facts } = factsFor(text, [
			{ kind: 'person', text: 'Tom Hart' },
			{ kind: 'place', text: 'Kelby' },
			{ kind: 'date', text: '1990s' },
			{ kind: 'person', text: 'Hart', value: 'Tom Hart' },
			{ kind: 'person', text: 'Ana Ruiz' },
			{ kind: 'place', text: 'Harlow' }
		]);
		// every question drafted, before the worth model picks the deck
		const deck = draftQuestions(article, facts).questions;
		const of = (i: number) => deck.filter((q) => q.factIds.includes(facts[i].id));
		// nothing before it in its paragraph says who "he" is
		expect(of(2)).toEqual([]);
		const met = [...of(4), ...of(5)].filter((q) => q.type !== 'true-false');
		expect(met.length).toBeGreaterThan(0);
		for (const q of met)
			expect(`${q.context ?? ''} ${q.prompt}`).toContain('Hart wrote lyrics for the band');
	});

	it('shows it for "both blasts" and "in that flat" too, and asks nothing of them without one', async () => {
		const { buildQuestions } = await import('./index');
		const text =
			'Blasts hit flats\n\n' +
			'Two blasts shook a block of flats in the north of the city on Monday night. ' +
			'Both blasts were heard across the river in the district of Harlow Green.\n\n' +
			'Police found the bodies of 12 residents in that flat on the top floor of the block.\n';
		const { article, facts } = factsFor(text, [
			{ kind: 'place', text: 'Harlow Green' },
			{ kind: 'figure', text: '12 residents' }
		]);
		const deck = buildQuestions(article, facts).filter((q) => q.type !== 'true-false');
		const green = deck.filter((q) => q.factIds.includes(facts[0].id));
		expect(green.length).toBeGreaterThan(0);
		for (const q of green)
			expect(q.context).toBe(
				'Two blasts shook a block of flats in the north of the city on Monday night.'
			);
		// never shown twice: above the prompt and again at its start
		for (const q of deck) if (q.context) expect(q.prompt.startsWith(q.context)).toBe(false);
		// the flat is in a paragraph of its own: nothing before it says which flat
		expect(deck.filter((q) => q.factIds.includes(facts[1].id))).toEqual([]);
	});
});

describe('timeline events', () => {
	it('leave out a plan still to come, a cut inside brackets, an event told after another or one that went on', async () => {
		const { eventClause } = await import('./types/timeline/build');
		const text =
			'The findings are scheduled for presentation at a meeting in Kelby in November 2017.\n' +
			'In 2016 the team presented its work at the ACM (Association for Computing Machinery) meeting.\n' +
			'In the years after the flood in 1990, Ana Ruiz became an advocate for the valley.\n' +
			'In 1985 the river flooded the valley and the town of Kelby.\n' +
			'In 1995 the work on the dam continued with a new crew.\n';
		const { article, facts } = factsFor(text, [
			{ kind: 'date', text: 'November 2017' },
			{ kind: 'date', text: '2016' },
			{ kind: 'date', text: '1990' },
			{ kind: 'date', text: '1985' },
			{ kind: 'date', text: '1995' }
		]);
		const ctx = { article, facts };
		const events = facts.map((f) => eventClause(f, ctx));
		// a thing that "continued" began before its date
		expect(events[4]).toBeNull();
		expect(events[0]).toBeNull();
		expect(events[1] === null || !/\([^)]*$/.test(events[1])).toBe(true);
		expect(events[2]).toBeNull();
		expect(events[3]).toBe('The river flooded the valley and the town of Kelby');
	});

	it('leave out a state told by a perfect, a clause with no finite verb, and a subject cut from its verb', async () => {
		const { eventClause } = await import('./types/timeline/build');
		const text =
			'In 1985 the painter had come to accept that colour matters more than line.\n' +
			'In 2012 the museum said that thieves had taken three of its paintings.\n' +
			'In 2004 the only other Kelby player to have a four-goal game so early in a season.\n' +
			'In 1990 the editor was arrested and sent to prison, and Eva Moss, his only contact at home.\n';
		const { article, facts } = factsFor(text, [
			{ kind: 'date', text: '1985' },
			{ kind: 'date', text: '2012' },
			{ kind: 'date', text: '2004' },
			{ kind: 'date', text: '1990' }
		]);
		const ctx = { article, facts };
		expect(facts.map((f) => eventClause(f, ctx))).toEqual([
			null,
			'The museum said that thieves had taken three of its paintings',
			null,
			null
		]);
	});

	it('take the preposition before "late" or "early" with the date, and leave out one that tells its order', async () => {
		const { eventClause } = await import('./types/timeline/build');
		const text =
			'In late June, the court ruled against the plan to build the wall.\n' +
			'A few days later in July the board dropped its plan for the wall.\n' +
			"His last record was 2014's album of songs about the sea and the wall.\n";
		const { article, facts } = factsFor(text, [
			{ kind: 'date', text: 'June' },
			{ kind: 'date', text: 'July' },
			{ kind: 'date', text: '2014' }
		]);
		const ctx = { article, facts };
		expect(facts.map((f) => eventClause(f, ctx))).toEqual([
			'The court ruled against the plan to build the wall',
			null,
			null
		]);
	});

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

	it('leave out a date in brackets, births and deaths, which order themselves; take a date between commas out with both commas', async () => {
		const { eventClause } = await import('./types/timeline/build');
		const text =
			'Ana Ruiz (born 1970) is a Norland painter.\n' +
			'Ruiz studied art in Leeds before moving, in 1992, to Paris to paint.\n' +
			'Her son Tom, born 1999, is a pilot.\n' +
			'The gallery opened in 2004 [3] with a show of her work.\n' +
			'She died in 2019 in Leeds after a long illness.\n';
		const { article, facts } = factsFor(text, [
			{ kind: 'date', text: '1970' },
			{ kind: 'date', text: '1992' },
			{ kind: 'date', text: '1999' },
			{ kind: 'date', text: '2004' },
			{ kind: 'date', text: '2019' }
		]);
		const ctx = { article, facts };
		expect(facts.map((f) => eventClause(f, ctx))).toEqual([
			null,
			'Ruiz studied art in Leeds before moving to Paris to paint',
			null,
			'The gallery opened with a show of her work',
			null
		]);
	});
});

describe('timeline events that stand alone', () => {
	it('leave out an event told by a pronoun, and a date beside a weekday or a time told from today', async () => {
		const { eventClause } = await import('./types/timeline/build');
		const text =
			'He was convicted of fraud in 2006 by a jury in Leeds.\n' +
			'On Sunday, the curfew begun on 15 November over the riots ended in Kelby.\n' +
			'The state of emergency declared last week in March was lifted.\n' +
			'The jury convicted Tom Reyes of fraud in 2008 in Leeds.\n';
		const { article, facts } = factsFor(text, [
			{ kind: 'date', text: '2006' },
			{ kind: 'date', text: '15 November' },
			{ kind: 'date', text: 'March' },
			{ kind: 'date', text: '2008' }
		]);
		const ctx = { article, facts };
		expect(facts.map((f) => eventClause(f, ctx))).toEqual([
			null,
			null,
			null,
			'The jury convicted Tom Reyes of fraud in Leeds'
		]);
	});
});

describe('timeline events whole', () => {
	it('leave out a pronoun after an opener, a date inside a word, keep a verb with its preposition, and leave no clause cut before its verb', async () => {
		const { eventClause } = await import('./types/timeline/build');
		const text =
			'Arriving home in 1971, he turned to the study of law and history.\n' +
			'Tom Reyes proposed to her in 1975 in front of their favourite painting.\n' +
			'Ana Ruiz sold her house in 1976 to the town of Kelby.\n' +
			'Sales had fallen by half in mid-2019 across the whole region.\n' +
			'In 2012 the veteran singer Ana Ruiz of the small harbour town of Kelby partnered with the young band Reyes and Sons on a tour.\n' +
			'In 2013 the veteran singer Eva Moss of the small harbour town of Kelby in the north sang with the young band Reyes and Sons.\n' +
			'In 2014 the small harbour town of Kelby in the north of Norland opened a new school for the children of the fishermen.\n';
		const { article, facts } = factsFor(text, [
			{ kind: 'date', text: '1971' },
			{ kind: 'date', text: '1975' },
			{ kind: 'date', text: '1976' },
			{ kind: 'date', text: '2019' },
			{ kind: 'date', text: '2012' },
			{ kind: 'date', text: '2013' },
			{ kind: 'date', text: '2014' }
		]);
		const ctx = { article, facts };
		expect(facts.map((f) => eventClause(f, ctx))).toEqual([
			null,
			null,
			'Ana Ruiz sold her house to the town of Kelby',
			null,
			null,
			null,
			'The small harbour town of Kelby in the north of Norland opened a new school'
		]);
	});
});

describe('a match of abbreviations', () => {
	it('leaves out an abbreviation its name’s initials spell', async () => {
		const { spellsInitials } = await import('./types/match/build');
		expect(spellsInitials('NTSB', 'National Transportation Safety Board')).toBe(true);
		expect(spellsInitials('U.N.', 'United Nations')).toBe(true);
		expect(spellsInitials('SBU', 'Security Service of Ukraine')).toBe(false);
		expect(spellsInitials('ICAO', 'International Civil Aviation Organisation')).toBe(true);
		expect(spellsInitials('FIFA', 'International Federation of Association Football')).toBe(false);
	});
});

describe('a match of people and roles', () => {
	it('leaves out the headline’s people, heads of state and roles cut to a fragment', async () => {
		const { matches } = await import('./types/match/build');
		const people: [string, string][] = [
			['Sam Lee', 'harbour master'],
			['Ana Ruiz', 'harbour engineer'],
			['Tom Reyes', 'President of Norland'],
			['Lena Berg', 'town clerk'],
			['Omar Haddad', 'another councillor'],
			['Ivo Marin', 'councillor'],
			['Kim Ode', 'head of the board'],
			['Eva Moss', 'and the director of the film'],
			['Ben Holt', 'cute boy to']
		];
		const text =
			'Sam Lee opens the new harbour wall\n\n' +
			people.map(([p]) => `${p} spoke at the opening of the wall on Monday.`).join(' ') +
			'\n';
		const { article, facts } = factsFor(
			text,
			people.map(([p, role], i) => ({ kind: 'person' as const, text: p, nth: i ? 0 : 1, role }))
		);
		const [m] = matches({ article, facts });
		expect(m).toBeDefined();
		const q = m.question as import('../types').MatchQuestion;
		expect(q.items!.map((l, i) => `${l} = ${q.answer[i]}`)).toEqual([
			'Ana Ruiz = harbour engineer',
			'Lena Berg = town clerk',
			'Kim Ode = head of the board'
		]);
	});
});

describe('match: roles of the story’s actors', () => {
	it('leaves out a spokesperson and a role that names someone else', async () => {
		const { matches } = await import('./types/match/build');
		const people: [string, string][] = [
			['Ana Ruiz', 'harbour engineer'],
			['Lena Berg', 'town clerk'],
			['Ivo Marin', 'council spokesman'],
			['Kim Ode', 'head of the board'],
			['Eva Moss', 'mother of Tom and Lea'],
			['Ben Holt', 'sister Mia'],
			['Omar Haddad', 'harbour pilot']
		];
		const text =
			'Kelby opens its new harbour wall\n\n' +
			people.map(([p]) => `${p} came to the opening of the wall on Monday.`).join(' ') +
			'\n';
		const { article, facts } = factsFor(
			text,
			people.map(([p, role]) => ({ kind: 'person' as const, text: p, role }))
		);
		const [m] = matches({ article, facts });
		const q = m.question as import('../types').MatchQuestion;
		expect(q.items).toEqual(['Ana Ruiz', 'Lena Berg', 'Kim Ode', 'Omar Haddad']);
	});
});

describe('one value, one blank', () => {
	it('asks for a person once by a blank, under the full name or the surname', async () => {
		const { draftQuestions } = await import('./index');
		const text =
			'Harbour board votes on new wall\n\n' +
			'The harbour board of Norland voted on Monday to build a new sea wall at Kelby Point. ' +
			'Engineer Ana Ruiz drew the plans for the wall over the winter months last year.\n\n' +
			'The board thanked the engineers of the town for their long work on the design. ' +
			'Ruiz will lead the building work on the new wall from the start of next spring.\n';
		const { article, facts } = factsFor(text, [
			{ kind: 'person', text: 'Ana Ruiz' },
			{ kind: 'person', text: 'Ruiz', nth: 1, value: 'Ana Ruiz' }
		]);
		const blanks = draftQuestions(article, facts).questions.filter(
			(q) => q.type === 'cloze' || q.type === 'multiple-choice'
		);
		expect(blanks).toHaveLength(1);
	});
});

describe('one statement of a sentence', () => {
	it('states a sentence once, whichever of its facts could be swapped', async () => {
		const { draftQuestions } = await import('./index');
		const people = ['Ana Ruiz', 'Tom Reyes', 'Lena Berg', 'Omar Haddad'];
		const text =
			'Harbour board votes on new wall\n\n' +
			people
				.map((p, i) => `The new harbour wall at Kelby was built by ${p} in ${2001 + i} with stone.`)
				.join(' ') +
			'\n';
		const specs = people.flatMap((p, i) => [
			{ kind: 'person' as const, text: p },
			{ kind: 'date' as const, text: String(2001 + i) }
		]);
		const { article, facts } = factsFor(text, specs);
		const statements = draftQuestions(article, facts).questions.filter(
			(q) => q.type === 'true-false'
		);
		const sources = statements.map((q) => q.source);
		expect(new Set(sources).size).toBe(sources.length);
	});
});
