import { describe, expect, it } from 'vitest';
import { findDates } from './dates';
import { findFigures } from './figures';

function figures(text: string) {
	const dates = findDates(text, 0, text.length);
	return findFigures(text, 0, text.length, dates).map((f) => ({
		text: text.slice(f.start, f.end),
		value: f.value,
		counts: f.figure?.counts,
		style: f.figure?.style
	}));
}
const texts = (text: string) => figures(text).map((f) => f.text);

describe('findFigures', () => {
	it('reads scale words, grouped digits and qualifiers', () => {
		expect(figures('An army of 2 million soldiers and over 400,000 inmates.')).toEqual([
			{ text: '2 million', value: '2000000', counts: 'soldiers', style: 'scaled' },
			{ text: 'over 400,000', value: '400000', counts: 'inmates', style: 'grouped' }
		]);
		expect(figures('about two million people, 300 thousand people, 1.5 million')).toMatchObject([
			{ value: '2000000', style: 'words', counts: 'people' },
			{ value: '300000', counts: 'people' },
			{ value: '1500000' }
		]);
	});

	it('reads money with symbols, suffixes and currency words', () => {
		expect(figures('paid 260.75bn roubles ($9.37bn: £4.8bn), near the $27bn owed')).toMatchObject([
			{ text: '260.75bn roubles', value: '260750000000 RUB', style: 'abbreviated' },
			{ text: '$9.37bn', value: '9370000000 USD' },
			{ text: '£4.8bn', value: '4800000000 GBP' },
			{ text: '$27bn', value: '27000000000 USD', counts: undefined }
		]);
		expect(figures('a fee of €20,000 and 5m euros')).toMatchObject([
			{ value: '20000 EUR' },
			{ value: '5000000 EUR' }
		]);
	});

	it('reads percentages, measures and rates', () => {
		expect(texts('up 12% or 3.5 per cent, in 14 days, for eight hours')).toEqual([
			'12%',
			'3.5 per cent',
			'14 days',
			'eight hours'
		]);
		expect(figures('pumping close to a million barrels of oil a day.')).toEqual([
			{
				text: 'close to a million barrels of oil a day',
				value: '1000000 barrels',
				counts: 'barrels of oil a day',
				style: 'words'
			}
		]);
	});

	it('takes numbers in words only when they count something', () => {
		expect(
			figures('captured three Ukrainian Navy vessels and all twenty-four sailors')
		).toMatchObject([
			{ text: 'three', value: '3', counts: 'vessels' },
			{ text: 'twenty-four', value: '24', counts: 'sailors' }
		]);
		expect(texts('one of the largest, the two of them, a tugboat, one active plan')).toEqual([]);
		expect(figures('Four registered bidders came.')).toMatchObject([
			{ text: 'Four', counts: 'registered bidders' }
		]);
	});

	it('reads ages', () => {
		expect(figures('people with an average age of 35.')).toMatchObject([
			{ text: '35', counts: 'age' }
		]);
	});

	it('leaves years, dates, ordinals and numbers in names alone', () => {
		expect(texts('In 2014, on 25 November 2018 and January 9th, the 2019 election')).toEqual([]);
		expect(texts('the G20 summit, UK 007, Chapter 11, No. 5, the 71st minute, at 10:30')).toEqual(
			[]
		);
	});

	it('keeps the first number of a range and a grouped number whole', () => {
		expect(texts('10-15 people and 2,017 people')).toEqual(['10', '2,017']);
		expect(texts('It took between 40 – 60 boats.')).toEqual(['40']);
	});

	it('reads a decimal written without its leading zero', () => {
		expect(figures('She hit .312 that season, up from .289.')).toMatchObject([
			{ text: '.312', value: '0.312' },
			{ text: '.289', value: '0.289' }
		]);
		expect(texts('The rate rose from 3.25 to 3.5.')).toEqual(['3.25', '3.5']);
	});

	it('takes a number after a qualifier even when a capitalised word precedes it', () => {
		expect(texts('Last Year over 3 million tourists came; Gate 7 opened.')).toEqual([
			'over 3 million'
		]);
	});
});

describe('findFigures: what is not a figure', () => {
	const texts = (text: string) => {
		const dates = findDates(text, 0, text.length);
		return findFigures(text, 0, text.length, dates).map((f) => text.slice(f.start, f.end));
	};
	it('skips a number the story uses as a label elsewhere, where it stands alone', () => {
		expect(
			texts('A Kestrel 808 plane crashed. The 808 was a freighter; 808 passengers waited.')
		).toEqual(['808']);
		// a short number may be a label once and a count elsewhere ("World War 2", "the 2 men")
		expect(texts('In World War 2 the 2 men met.')).toEqual(['2']);
		// no label anywhere: a count
		expect(texts('The 808 passengers were a record.')).toEqual(['808']);
	});
	it('skips footnote marks', () => {
		expect(texts('She won the prize twice.[3] [14] It sold 40,000 copies.')).toEqual(['40,000']);
	});
	it('skips the numbers of a score', () => {
		expect(texts('Leeds lost 0 – 3 to Hull, and the first half ended 1 – 1.')).toEqual([]);
		expect(texts('The club won 4-2 before 31,000 fans.')).toEqual(['31,000']);
	});
	it('skips a span of time that places an event rather than measures it', () => {
		expect(
			texts('Six years ago she left; two weeks later he came back; over 50 years after the war.')
		).toEqual([]);
		expect(texts('Sales fell over the past 12 months and may rise in the next two years.')).toEqual(
			[]
		);
		expect(texts('The ship was held for nine hours and the firm has 30 days to appeal.')).toEqual([
			'nine hours',
			'30 days'
		]);
	});
	it('skips a number and a capitalised unit inside a sentence: a title', () => {
		expect(
			texts('Nominees were Stay by Ana Ruiz and 7 Years by the Kelby Band, after 7 years.')
		).toEqual(['7 years']);
		expect(texts('Ten Miles from the coast, rain fell; 12 Km Road closed.')).toEqual([]);
	});
	it('skips the number of a part of a law', () => {
		expect(texts('It sued under Sections 2 and 16 of the Kelby Trade Act over 40 deals.')).toEqual([
			'over 40'
		]);
	});
	it("skips the year of a law's name", () => {
		expect(texts('He broke the Kelby Trade Act of 1990 and paid 40 fines.')).toEqual(['40']);
	});
	it('skips clock times', () => {
		expect(texts('The match began at 1930 GMT and ended at 9 p.m. with 52,000 fans.')).toEqual([
			'52,000'
		]);
		expect(texts('He was found at 9 a.m. local time (UTC+0900) with 25 others.')).toEqual(['25']);
		expect(texts('It struck at 4:42 on Sunday (2042 Saturday, UTC) and hurt 25 people.')).toEqual([
			'25'
		]);
	});
});
