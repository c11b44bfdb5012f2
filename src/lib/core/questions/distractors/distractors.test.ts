import { describe, expect, it } from 'vitest';
import { findNumber } from '../../lexical/numbers';
import { displayAnswer } from '../answer';
import { factsFor } from '$tests/helpers/facts';
import { normText } from '../text';
import { distractorsFor } from './index';

const TEXT =
	'On September 21, Putin announced a mobilisation of 300,000 conscripts.\n' +
	'On 31 October, the president said the mobilisation was over.\n' +
	'Kiev said 300 thousand people had been called up and 500 thousand more could follow.\n' +
	'The Federal Security Service (FSB) banned men from leaving Russia.\n' +
	'Uralvagonzavod (UVZ) will employ 250 inmates, said Sergei Shoigu in Moscow.\n' +
	'The Federal Penal Service holds over 400,000 inmates.\n' +
	'The ships stayed for eight hours and three sailors were hurt in November 2022.\n';

const { facts } = factsFor(TEXT, [
	{ kind: 'date', text: 'September 21' },
	{ kind: 'figure', text: '300,000' },
	{ kind: 'date', text: '31 October' },
	{ kind: 'place', text: 'Kiev', value: 'Kyiv' },
	{ kind: 'figure', text: '300 thousand' },
	{ kind: 'figure', text: '500 thousand' },
	{ kind: 'organisation', text: 'Federal Security Service (FSB)', aliases: ['FSB'] },
	{ kind: 'place', text: 'Russia' },
	{ kind: 'organisation', text: 'Uralvagonzavod (UVZ)', aliases: ['UVZ'] },
	{ kind: 'figure', text: '250' },
	{ kind: 'person', text: 'Sergei Shoigu' },
	{ kind: 'place', text: 'Moscow' },
	{ kind: 'organisation', text: 'Federal Penal Service' },
	{ kind: 'figure', text: 'over 400,000' },
	{ kind: 'figure', text: 'eight hours' },
	{ kind: 'figure', text: 'three' },
	{ kind: 'date', text: 'November 2022' }
]);
const fact = (text: string) => facts.find((f) => f.text === text)!;
const wrong = (text: string, prompt = '') =>
	distractorsFor(fact(text), displayAnswer(fact(text)), facts, displayAnswer, prompt);

describe('figure distractors', () => {
	it('keeps scale, precision and format', () => {
		const d = wrong('300,000');
		expect(d.length).toBeGreaterThanOrEqual(3);
		for (const x of d) expect(x).toMatch(/^\d{3},000$/);
		expect(
			wrong('300 thousand')
				.slice(0, 3)
				.every((x) => /^\d+ thousand$/.test(x))
		).toBe(true);
		expect(wrong('over 400,000').every((x) => /^over \d{3},000$/.test(x))).toBe(true);
		expect(wrong('eight hours').every((x) => /^[a-z-]+ hours$/.test(x))).toBe(true);
		expect(wrong('three').every((x) => /^[a-z-]+$/.test(x))).toBe(true);
	});
	it('never offers a value the sentence already gives or the answer itself', () => {
		const d = wrong('300 thousand').map((x) => findNumber(x)!.value);
		expect(d).not.toContain(300000);
		expect(d).not.toContain(500000);
	});
	it('takes other figures of the article first', () => {
		expect(wrong('300,000')).toContain('500,000');
	});
});

describe('date distractors', () => {
	it('keeps granularity and format, nearby first', () => {
		expect(wrong('31 October')).toContain('21 September');
		expect(wrong('31 October')).toContain('30 September');
		for (const x of wrong('31 October')) expect(x).toMatch(/^\d{1,2} [A-Z][a-z]+$/);
		for (const x of wrong('September 21')) expect(x).toMatch(/^[A-Z][a-z]+ \d{1,2}$/);
		for (const x of wrong('November 2022')) expect(x).toMatch(/^[A-Z][a-z]+ 20\d\d$/);
	});
});

describe('name distractors', () => {
	it('offers names of the same kind and form, never the answer under another name', () => {
		const d = wrong('Kiev');
		expect(d.length).toBeGreaterThanOrEqual(3);
		expect(d.map(normText)).not.toContain('kyiv');
		expect(d[0]).toBe('Moscow');
		const acronyms = wrong('Federal Security Service (FSB)').slice(0, 3);
		expect(acronyms.map(normText)).not.toContain('fsb');
		expect(acronyms.map(normText)).not.toContain('federal security service');
	});
	it('follows the form of the answer: an acronym gets acronyms', () => {
		const f = { ...fact('Uralvagonzavod (UVZ)') };
		const d = distractorsFor(f, 'UVZ', facts, displayAnswer, 'Makers such as _____ need labour.');
		expect(d.slice(0, 3).every((x) => /^[A-Z0-9]{2,6}$/.test(x))).toBe(true);
		expect(d).toContain('FSB');
	});
	it('leaves out names in the prompt and single names after "the"', () => {
		const d = wrong(
			'Federal Penal Service',
			'The _____ runs prisons in Moscow with the Uralvagonzavod.'
		);
		expect(d).not.toContain('Uralvagonzavod');
		for (const x of d) expect(x.split(' ').length > 1 || /^[A-Z0-9]{2,6}$/.test(x)).toBe(true);
	});
	it('gives people only people of the article or of the learner’s other articles', () => {
		const f = fact('Sergei Shoigu');
		expect(distractorsFor(f, 'Sergei Shoigu', facts, displayAnswer, '_____ said.')).toEqual([]);
		const pool = ['Olga Petrova', 'Ivan Sidorov', 'Anna Volkova'].map((name) => ({
			...f,
			id: name,
			text: name,
			value: name
		}));
		const d = distractorsFor(f, 'Sergei Shoigu', facts, displayAnswer, '_____ said.', false, pool);
		expect(d.sort()).toEqual(['Anna Volkova', 'Ivan Sidorov', 'Olga Petrova']);
	});
});

describe('a year written as a plain number', () => {
	it('gets nearby years as wrong choices', async () => {
		const { figureDistractors } = await import('./figures');
		const { facts } = factsFor('His 2010 season was cut short by injury.\n', [
			{ kind: 'figure', text: '2010' }
		]);
		const wrong = figureDistractors('2010', facts[0], facts);
		expect(wrong.length).toBeGreaterThanOrEqual(3);
		for (const w of wrong) expect(Math.abs(Number(w) - 2010)).toBeLessThanOrEqual(3);
	});
});

describe('a share', () => {
	it('keeps its wrong values within a hundred per cent', async () => {
		const { figureDistractors } = await import('./figures');
		const { facts } = factsFor('By then 90% of children were vaccinated.\n', [
			{ kind: 'figure', text: '90%' }
		]);
		const share = figureDistractors('90%', facts[0], facts);
		expect(share.length).toBeGreaterThanOrEqual(2);
		for (const w of share) expect(parseFloat(w)).toBeLessThanOrEqual(100);
	});
});

describe('a day that does not exist', () => {
	it('offers no 29 February where the year has none or is not known', async () => {
		const { dateDistractors } = await import('./dates');
		const { facts } = factsFor('On January 31, a truck hit the train near the bridge.\n', [
			{ kind: 'date', text: 'January 31' }
		]);
		const wrong = dateDistractors('January 31', facts[0], facts);
		expect(wrong.length).toBeGreaterThanOrEqual(3);
		expect(wrong.join(' ')).not.toMatch(/February 29/);
	});
});

describe('dates of the article far from the answer', () => {
	it('are not offered: a year decades away is no rival', async () => {
		const { dateDistractors } = await import('./dates');
		const { facts } = factsFor(
			'He was born in 1941.\nHe joined the band in 1962.\nThe band played again in 2016.\n',
			[
				{ kind: 'date', text: '1941' },
				{ kind: 'date', text: '1962' },
				{ kind: 'date', text: '2016' }
			]
		);
		const wrong = dateDistractors('1962', facts[1], facts);
		expect(wrong).not.toContain('2016');
		expect(wrong.length).toBeGreaterThanOrEqual(3);
	});
});

describe('the year of an edition of an event held every fourth year', () => {
	it('has rivals only in years of other editions, none after the story', async () => {
		const { dateDistractors } = await import('./dates');
		const { facts } = factsFor(
			'Kelby won gold at the 2018 Winter Games in Harlow.\n' +
				'Ana Ruiz also played at the 2006 Winter Paralympics and later coached.\n' +
				'The club was founded in 1999.\n',
			[
				{ kind: 'date', text: '2018' },
				{ kind: 'date', text: '2006' },
				{ kind: 'date', text: '1999' }
			]
		);
		const wrong = dateDistractors('2006', facts[1], facts);
		expect(wrong.length).toBeGreaterThanOrEqual(3);
		for (const w of wrong) expect(Math.abs((Number(w) - 2006) % 4)).toBe(0);
		for (const w of wrong) expect(Number(w)).toBeLessThanOrEqual(2018);
		const founded = dateDistractors('1999', facts[2], facts);
		expect(founded).toContain('2000');
	});
});

describe('a year of a list or a span of years', () => {
	it('keeps the order the sentence gives: a rival for the first comes before the second', async () => {
		const { dateDistractors } = await import('./dates');
		const { facts } = factsFor(
			'Mayor Ann Lee was re-elected twice, in 2012 and 2016.\n' +
				'From 1948 to 1951, Tom Hale edited the Kelby Review.\n',
			[
				{ kind: 'date', text: '2012' },
				{ kind: 'date', text: '2016' },
				{ kind: 'date', text: '1948' },
				{ kind: 'date', text: '1951' }
			]
		);
		const first = dateDistractors('2012', facts[0], facts);
		expect(first.length).toBeGreaterThanOrEqual(3);
		for (const w of first) expect(Number(w)).toBeLessThan(2016);
		const second = dateDistractors('2016', facts[1], facts);
		expect(second.length).toBeGreaterThanOrEqual(3);
		for (const w of second) expect(Number(w)).toBeGreaterThan(2012);
		for (const w of dateDistractors('1948', facts[2], facts)) expect(Number(w)).toBeLessThan(1951);
		const end = dateDistractors('1951', facts[3], facts);
		expect(end.length).toBeGreaterThanOrEqual(3);
		for (const w of end) expect(Number(w)).toBeGreaterThan(1948);
	});

	it('leaves years of a sentence that does not order them alone', async () => {
		const { dateDistractors } = await import('./dates');
		const { facts } = factsFor(
			'The bridge opened in 1990, and 1985 plans were dropped.\nIt closed in 2001.\n',
			[
				{ kind: 'date', text: '1990' },
				{ kind: 'date', text: '1985' },
				{ kind: 'date', text: '2001' }
			]
		);
		// "1990, and 1985" is no chronological list: the rule reads no bound from it
		const wrong = dateDistractors('1990', facts[0], facts).map(Number);
		expect(wrong.some((w) => w < 1990) && wrong.some((w) => w > 1990)).toBe(true);
	});
});

describe('a figure given as a bound', () => {
	it('takes wrong values only beyond the bound, where they are false', async () => {
		const { figureDistractors } = await import('./figures');
		const { facts } = factsFor(
			'The storm lasted over 30 hours.\nThe boat held under 40 people.\n',
			[
				{ kind: 'figure', text: 'over 30 hours' },
				{ kind: 'figure', text: 'under 40 people' }
			]
		);
		const over = figureDistractors('over 30 hours', facts[0], facts);
		const under = figureDistractors('under 40 people', facts[1], facts);
		expect(over.length).toBeGreaterThanOrEqual(3);
		expect(under.length).toBeGreaterThanOrEqual(3);
		for (const w of over) expect(Number(/\d+/.exec(w)![0])).toBeGreaterThan(30);
		for (const w of under) expect(Number(/\d+/.exec(w)![0])).toBeLessThan(40);
	});
});

describe('a figure given as an open bound is asked only as the article says it', () => {
	const text =
		'The pilot flew at over 100 mph across the bay.\nThe new bridge across the wide river in the city is 300 metres long.\n' +
		'The boat held under 40 people on the trip.\n';
	const { article, facts } = factsFor(text, [
		{ kind: 'figure', text: 'over 100 mph' },
		{ kind: 'figure', text: '300 metres' },
		{ kind: 'figure', text: 'under 40 people' }
	]);
	it('tells an open bound from an exact figure', async () => {
		const { isOpenBound } = await import('./figures');
		expect(facts.map(isOpenBound)).toEqual([true, false, true]);
	});
	it('offers no choices for "over 100 mph", and swaps it into no false statement', async () => {
		const { multipleChoice } = await import('../types/multiple-choice/build');
		const { trueFalse } = await import('../types/true-false/build');
		const ctx = { article, facts };
		expect(multipleChoice(facts[0], ctx)).toBeNull();
		expect(multipleChoice(facts[2], ctx)).toBeNull();
		for (const f of [facts[0], facts[2]])
			expect(trueFalse(f, ctx)?.question.answer ?? 'True').toBe('True');
		expect(multipleChoice(facts[1], ctx)?.question.choices).toHaveLength(4);
		// the bound may stand before the figure too: "at a depth below 1400 feet"
		const below = factsFor(
			'The drone found a mass at a depth below 1400 feet in the bay.\nThe new bridge across the wide river in the city is 300 metres long.\n',
			[
				{ kind: 'figure', text: '1400 feet' },
				{ kind: 'figure', text: '300 metres' }
			]
		);
		const c = { article: below.article, facts: below.facts };
		expect(multipleChoice(below.facts[0], c)).toBeNull();
		expect(multipleChoice(below.facts[1], c)).not.toBeNull();
	});
});

describe('a name built as a site’s or a region’s', () => {
	it('stands among names of its like: no hospital for a plain name, no plain name for a hospital', () => {
		// as a tagger may give them: all bodies, of no finer kind
		const { facts } = factsFor(
			'Patients went to Hartford Hospital, Bridgeport Hospital and Mercy Hospital.\n' +
				'The airport serves New England, and flies for Delta, Vexa and Orla Air.\n',
			[
				{ kind: 'organisation', text: 'Hartford Hospital' },
				{ kind: 'organisation', text: 'Bridgeport Hospital' },
				{ kind: 'organisation', text: 'Mercy Hospital' },
				{ kind: 'organisation', text: 'New England' },
				{ kind: 'organisation', text: 'Delta' },
				{ kind: 'organisation', text: 'Vexa' },
				{ kind: 'organisation', text: 'Orla Air' }
			]
		);
		const plain = distractorsFor(facts[3], 'New England', facts, displayAnswer, 'It serves _____.');
		expect(plain.length).toBeGreaterThanOrEqual(3);
		for (const d of plain) expect(d).not.toMatch(/Hospital/);
		const site = distractorsFor(facts[0], 'Hartford Hospital', facts, displayAnswer, 'At _____.');
		expect(site.slice(0, 2).sort()).toEqual(['Bridgeport Hospital', 'Mercy Hospital']);
		for (const d of site) expect(d).toMatch(/Hospital$/);
	});
});

describe('people offered as wrong choices', () => {
	it('are people the article names in full, never a one-word "person" of the tagger', () => {
		const { facts } = factsFor(
			'Ann Vale and Tom Reyes met Kim Ode and Dan Ames at Hospital near Croughton.\n',
			[
				{ kind: 'person', text: 'Ann Vale' },
				{ kind: 'person', text: 'Tom Reyes' },
				{ kind: 'person', text: 'Kim Ode' },
				{ kind: 'person', text: 'Dan Ames' },
				{ kind: 'person', text: 'Hospital' },
				{ kind: 'person', text: 'Croughton' }
			]
		);
		const d = distractorsFor(facts[0], 'Ann Vale', facts, displayAnswer, '_____ met them.');
		expect(d.slice(0, 3).sort()).toEqual(['Dan Ames', 'Kim Ode', 'Tom Reyes']);
		expect(d).not.toContain('Hospital');
		expect(d).not.toContain('Croughton');
	});
});

describe('a name spelt two ways in the article', () => {
	it('is never offered beside itself as a wrong choice', () => {
		const { facts } = factsFor(
			'Anne Sacoolas left. Jonathan Socoolas stayed with Tom Reyes, Kim Ode and Dan Ames.\n',
			[
				{ kind: 'person', text: 'Anne Sacoolas' },
				{ kind: 'person', text: 'Jonathan Socoolas' },
				{ kind: 'person', text: 'Tom Reyes' },
				{ kind: 'person', text: 'Kim Ode' },
				{ kind: 'person', text: 'Dan Ames' }
			]
		);
		const d = distractorsFor(facts[0], 'Sacoolas', facts, displayAnswer, '_____ left.');
		expect(d.length).toBeGreaterThanOrEqual(3);
		expect(d).not.toContain('Socoolas');
	});
});

describe('people offered where the prompt tells the sex', () => {
	it('are of that sex where their given names tell it', () => {
		const { facts } = factsFor(
			'James Ford, Thomas Gray, Amy Cook, Lucy Fischer, Peter Hall and Mark Stone met.\n',
			['James Ford', 'Thomas Gray', 'Amy Cook', 'Lucy Fischer', 'Peter Hall', 'Mark Stone'].map(
				(text) => ({ kind: 'person' as const, text })
			)
		);
		const d = distractorsFor(facts[0], 'James Ford', facts, displayAnswer, 'One man was _____.');
		const any = distractorsFor(facts[0], 'James Ford', facts, displayAnswer, '_____ met them.');
		expect(any.some((x) => /Amy|Lucy/.test(x))).toBe(true);
		expect(d.slice(0, 3).sort()).toEqual(['Mark Stone', 'Peter Hall', 'Thomas Gray']);
		expect(d).not.toContain('Amy Cook');
		expect(d).not.toContain('Lucy Fischer');
	});
});

describe('an estimate', () => {
	it('takes wrong values at least a fifth away: "around 50" is true of 55', async () => {
		const { figureDistractors } = await import('./figures');
		const { facts } = factsFor('The town has a population of around 50 people.\n', [
			{ kind: 'figure', text: 'around 50' }
		]);
		const wrong = figureDistractors('around 50', facts[0], facts);
		expect(wrong.length).toBeGreaterThanOrEqual(3);
		for (const w of wrong) {
			const n = Number(/\d+/.exec(w)![0]);
			expect(Math.abs(n - 50), w).toBeGreaterThanOrEqual(10);
		}
	});
});

describe('years of a list a whole number of fours apart', () => {
	it('are editions of one event: the rivals are other editions', async () => {
		const { dateDistractors } = await import('./dates');
		const { facts } = factsFor(
			'The hosts went out in the first round three times before: Wales in 1958, Peru in 1974 and Ghana in 1990.\n' +
				'The league was founded in 1993, and the club in 1999 and the stadium in 2005.\n',
			[
				{ kind: 'date', text: '1974' },
				{ kind: 'date', text: '1999' }
			]
		);
		const wrong = dateDistractors('1974', facts[0], facts);
		expect(wrong.length).toBeGreaterThanOrEqual(3);
		for (const w of wrong) expect(Math.abs((Number(w) - 1974) % 4)).toBe(0);
		// 1993 and 2005 are six years from 1999: no cycle of four
		const founded = dateDistractors('1999', facts[1], facts);
		expect(founded.some((w) => (Number(w) - 1999) % 4 !== 0)).toBe(true);
	});
});

describe('a part of a whole', () => {
	it('is less than the whole, and the whole more than the part', async () => {
		const { figureDistractors } = await import('./figures');
		const { facts } = factsFor(
			'Police held about 20 of the 25 staff for a day.\nOnly 9 of the 12 crew survived.\n',
			[
				{ kind: 'figure', text: 'about 20' },
				{ kind: 'figure', text: '12' }
			]
		);
		const part = figureDistractors('about 20', facts[0], facts);
		const whole = figureDistractors('12', facts[1], facts);
		expect(part.length).toBeGreaterThanOrEqual(3);
		expect(whole.length).toBeGreaterThanOrEqual(3);
		for (const w of part) expect(Number(/\d+/.exec(w)![0])).toBeLessThan(25);
		for (const w of whole) expect(Number(/\d+/.exec(w)![0])).toBeGreaterThan(9);
	});
});

describe('an end of a range', () => {
	it('keeps its side of the other end: "between $25,000 and _____" offers nothing below $25,000', async () => {
		const { figureDistractors } = await import('./figures');
		const { facts } = factsFor(
			'Each club could get between US$25,000 and US$30,000 a year.\n' +
				'Ticket prices will rise between 4% and 9% next year.\n' +
				'The fund grew between $2 million and $5 million.\n',
			[
				{ kind: 'figure', text: 'US$30,000' },
				{ kind: 'figure', text: '4%' },
				{ kind: 'figure', text: '$2 million' }
			]
		);
		const high = figureDistractors('US$30,000', facts[0], facts);
		const low = figureDistractors('4%', facts[1], facts);
		const scaled = figureDistractors('$2 million', facts[2], facts);
		for (const list of [high, low, scaled]) expect(list.length).toBeGreaterThanOrEqual(3);
		for (const w of high) expect(Number(w.replace(/\D/g, ''))).toBeGreaterThan(25_000);
		for (const w of low) expect(parseFloat(w)).toBeLessThan(9);
		for (const w of scaled) expect(parseFloat(w.replace('$', ''))).toBeLessThan(5);
	});
});

describe('a tally', () => {
	it('keeps its winner above its loser in every wrong value', async () => {
		const { figureDistractors } = await import('./figures');
		const one = factsFor('The council voted 105 to 92 to approve the plan.\n', [
			{ kind: 'figure', text: '105' },
			{ kind: 'figure', text: '92' }
		]);
		const first = figureDistractors('105', one.facts[0], one.facts);
		expect(first.length).toBeGreaterThanOrEqual(3);
		for (const w of first) expect(Number(w)).toBeGreaterThan(92);
		const two = factsFor('The board voted 44 to 40 to sell the site.\n', [
			{ kind: 'figure', text: '44' },
			{ kind: 'figure', text: '40' }
		]);
		const second = figureDistractors('40', two.facts[1], two.facts);
		expect(second.length).toBeGreaterThan(0);
		for (const w of second) expect(Number(w)).toBeLessThan(44);
	});
});
