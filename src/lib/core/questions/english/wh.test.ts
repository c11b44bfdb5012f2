import { describe, expect, it } from 'vitest';
import type { FactDetail, FactKind } from '../../types';
import { whQuestion } from './wh';

/** The question for `fact` in `sentence`; `names` are the other names the facts stage found. */
function ask(
	sentence: string,
	fact: string,
	kind: FactKind,
	opts: { names?: string[]; detail?: FactDetail; referent?: string; measured?: boolean } = {}
) {
	const { names: others, ...rest } = opts;
	const start = sentence.indexOf(fact);
	const names = [...(others ?? []), ...(kind === 'date' || kind === 'figure' ? [] : [fact])]
		.map((n) => ({ start: sentence.indexOf(n), end: sentence.indexOf(n) + n.length }))
		.filter((n) => n.start >= 0);
	return whQuestion({ sentence, start, end: start + fact.length, kind, names, ...rest });
}

describe('wh-questions by movement', () => {
	it('makes none of a clause joined to a second one with a count for its subject', () => {
		expect(
			ask(
				'The storm killed at least 40 people and almost 100 were injured.',
				'at least 40',
				'figure'
			)
		).toBeNull();
		expect(ask('The storm killed at least 40 people.', 'at least 40', 'figure')).toBe(
			'How many people did the storm kill?'
		);
	});

	it('ends no clause at the full stop of an abbreviation or the colon of a clock time', () => {
		expect(
			ask('Tom Reyes was jailed after he tried to sell a U.S. Senate seat.', 'Tom Reyes', 'person')
		).toBe('Who was jailed after he tried to sell a U.S. Senate seat?');
		expect(
			ask(
				'The Daily Star was on the scene around 6:20 pm on Monday.',
				'The Daily Star',
				'organisation',
				{
					detail: 'media'
				}
			)
		).toMatch(/around 6:20 pm on Monday\?$/);
	});

	it('asks no "When" of a present perfect, which takes no time of its own', () => {
		expect(
			ask('In 2001, the workers have been running the mill themselves.', '2001', 'date')
		).toBeNull();
		expect(ask('The workers took over the mill in 2001.', '2001', 'date')).toBe(
			'When did the workers take over the mill?'
		);
	});

	it('makes none of a date in a second clause joined by "and"', () => {
		expect(
			ask(
				'The bill is to become law this week and weddings are likely to start in March.',
				'March',
				'date'
			)
		).toBeNull();
		expect(ask('The bill became law in March.', 'March', 'date')).toBe(
			'When did the bill become law?'
		);
	});

	it('makes none of a clause cut before the last item of a series', () => {
		expect(
			ask(
				'Ana Ruiz would have another chance as she made a run, passed to Kim Ode, and shot wide of the post.',
				'Ana Ruiz',
				'person',
				{ names: ['Kim Ode'] }
			)
		).toBeNull();
		expect(
			ask('Ana Ruiz made a long run down the wing, and the crowd rose.', 'Ana Ruiz', 'person')
		).toBe('Who made a long run down the wing?');
	});

	it('asks no "Who" of a name that was founded or set up: a body the tagger took for a person', () => {
		expect(
			ask('Kelby Post was founded in 2009 by Ana Ruiz.', 'Kelby Post', 'person', {
				names: ['Ana Ruiz']
			})
		).toBeNull();
		expect(
			ask('Ana Ruiz was elected in 2009 by the council.', 'Ana Ruiz', 'person', {
				names: ['Ana Ruiz']
			})
		).toBe('Who was elected in 2009 by the council?');
	});

	it('asks "when" of a date followed by "in response to"', () => {
		expect(
			ask('The protests began in June in response to a new law on trials.', 'June', 'date')
		).toBe('When did the protests begin in response to a new law on trials?');
	});

	it('makes none of a sentence with a birth name after "born"', () => {
		expect(
			ask('The drummer was born Peter Edward Reyes in Leeds in 1939.', '1939', 'date')
		).toBeNull();
		expect(ask('The drummer was born in Leeds in 1939.', '1939', 'date')).toBe(
			'When was the drummer born in Leeds?'
		);
	});

	it('replaces a named subject by who / which, keeping the verb as written', () => {
		expect(
			ask('The Coastal Board banned fishing near the reef.', 'Coastal Board', 'organisation')
		).toBe('Which organisation banned fishing near the reef?');
		expect(ask('Maria Lopez is the city’s chief engineer.', 'Maria Lopez', 'person')).toBe(
			'Who is the city’s chief engineer?'
		);
		expect(
			ask('Brightwater Ltd opened a plant in the valley.', 'Brightwater Ltd', 'organisation', {
				detail: 'company'
			})
		).toBe('Which company opened a plant in the valley?');
	});

	it('asks "when" with do-support for a past or present verb', () => {
		expect(
			ask('Tom Reyes announced a new budget on 3 March.', '3 March', 'date', {
				names: ['Tom Reyes']
			})
		).toBe('When did Tom Reyes announce a new budget?');
		expect(ask('On 12 May, the council approved the plan.', '12 May', 'date')).toBe(
			'When did the council approve the plan?'
		);
		expect(
			ask('Anna Berg fled the country in 1999.', '1999', 'date', { names: ['Anna Berg'] })
		).toBe('When did Anna Berg flee the country?');
	});

	it('inverts an auxiliary or copula and keeps a passive', () => {
		expect(ask('The bridge was opened in 1932 by the mayor.', '1932', 'date')).toBe(
			'When was the bridge opened by the mayor?'
		);
		expect(
			ask('She was the first pilot to cross the strait, in 1910.', '1910', 'date', {
				referent: 'Ida Cole'
			})
		).toBe('When was Ida Cole the first pilot to cross the strait?');
	});

	it('asks "how many" of a counted object or subject', () => {
		expect(
			ask('The Harbour Trust holds 12,000 documents in its archive.', '12,000', 'figure', {
				names: ['Harbour Trust']
			})
		).toBe('How many documents does the Harbour Trust hold in its archive?');
		expect(ask('About 40 people were injured in the crash.', '40', 'figure')).toBe(
			'How many people were injured in the crash?'
		);
		expect(ask('The club has 300 members.', '300', 'figure')).toBe(
			'How many members does the club have?'
		);
	});

	it('asks "where" of a place adjunct', () => {
		expect(
			ask('Leo Marsh studied law in Lisbon.', 'Lisbon', 'place', { names: ['Leo Marsh'] })
		).toBe('Where did Leo Marsh study law?');
	});

	it('leaves alone what it cannot move safely', () => {
		// reported speech, negation, coordination, a date that qualifies a noun, money
		expect(
			ask(
				'“We will not pay the fine this year,” Tom Reyes said on Monday 3 March.',
				'3 March',
				'date'
			)
		).toBeNull();
		expect(
			ask('Anna Berg did not leave in 1999.', '1999', 'date', { names: ['Anna Berg'] })
		).toBeNull();
		expect(
			ask('Anna Berg won the prize in 2010 and 2011.', '2010', 'date', { names: ['Anna Berg'] })
		).toBeNull();
		expect(
			ask('Anna Berg praised the 1958 reform in a speech.', '1958', 'date', {
				names: ['Anna Berg']
			})
		).toBeNull();
		expect(
			ask('The firm paid $300 million to settle.', '$300 million', 'figure', { measured: true })
		).toBeNull();
		expect(ask('He left in 1999.', '1999', 'date')).toBeNull();
	});
});

describe('isSentence', () => {
	it('tells a sentence from a caption, a list item or a headline', async () => {
		const { isSentence } = await import('./verbs');
		expect(isSentence('The mayor opened the new bridge on Friday.')).toBe(true);
		expect(isSentence('Two fans pose at the museum stand.')).toBe(true);
		expect(isSentence('“We will win,” she said.')).toBe(true);
		expect(isSentence('Jane Roe as the Red Queen')).toBe(false);
		expect(isSentence('Jane Roe as the Red Queen.')).toBe(false);
		expect(isSentence('Four students, including class president Sam Lee.')).toBe(false);
		expect(isSentence('Mayor opens new bridge')).toBe(false);
	});
	it('finds a verb written with a hyphen or with a past the same as its base', async () => {
		const { isSentence } = await import('./verbs');
		expect(isSentence('She co-founded a small press in Leeds in 1932.')).toBe(true);
		expect(isSentence('In May, against the Leeds Owls, Tom Reyes hit his first home run.')).toBe(
			true
		);
		expect(isSentence('Last winter the Harbour Board cut the fares by half.')).toBe(true);
		expect(isSentence('Tom Reyes, co-founder of the Leeds Owls.')).toBe(false);
	});
});
