import { describe, expect, it } from 'vitest';
import type { Fact } from '../types';
import { answerHint } from './hint';

const fact = (f: Partial<Fact> & Pick<Fact, 'kind' | 'text'>): Fact => ({
	id: 'f',
	start: 0,
	end: f.text.length,
	sentence: f.text,
	sentenceIndex: 0,
	value: f.text,
	...f
});

describe('answerHint', () => {
	it('tells how precise a date is wanted', () => {
		const date = (text: string, date: Fact['date']) =>
			answerHint(fact({ kind: 'date', text, date }));
		expect(date('4 March 2019', { granularity: 'day', year: 2019, month: 3, day: 4 })).toBe(
			'a date (day, month and year)'
		);
		expect(date('March 4', { granularity: 'day', month: 3, day: 4 })).toBe('a day and month');
		expect(date('August 2018', { granularity: 'month', year: 2018, month: 8 })).toBe(
			'a month and year'
		);
		expect(date('August', { granularity: 'month', month: 8 })).toBe('a month');
		expect(date('1944', { granularity: 'year', year: 1944 })).toBe('a year');
		expect(date('the 1930s', { granularity: 'period', year: 1930 })).toBe('a decade');
		expect(date('the late 1950s', undefined)).toBe('a decade');
		expect(date('the 19th century', { granularity: 'period' })).toBe('a century');
	});

	it('calls a body a government’s only where its name says so', () => {
		const body = (text: string) =>
			answerHint(fact({ kind: 'organisation', text, detail: 'government' }));
		expect(body('Ministry of Transport')).toBe('a government body');
		expect(body('Supreme Court')).toBe('a government body');
		expect(body('Iraqi Army')).toBe('a government body');
		expect(body('Army of Chile')).toBe('a government body');
		expect(body('United States Air Force')).toBe('a government body');
		expect(body('UN Security Council')).toBe('a government body');
		// a council, an army or a board of no state: militias, charities, boards of firms
		expect(body('Southern Transitional Council')).toBeUndefined();
		expect(body('Mahdi Army')).toBeUndefined();
		expect(body('Harbour Trust Board')).toBeUndefined();
	});

	it('tells a percentage, a sum of money, a span of time and a distance from a count', () => {
		const figure = (text: string, unit?: string) =>
			answerHint(fact({ kind: 'figure', text, figure: { number: 1, unit, style: 'digits' } }));
		expect(figure('28 percent', '%')).toBe('a percentage');
		expect(figure('3.5 per cent', 'per cent')).toBe('a percentage');
		expect(figure('$5 billion', '$')).toBe('an amount of money');
		expect(figure('US$3.4 trillion', 'US$')).toBe('an amount of money');
		expect(figure('300 roubles', 'roubles')).toBe('an amount of money');
		expect(figure('80 years', 'years')).toBe('a length of time');
		expect(figure('22 miles', 'miles')).toBe('a distance');
		expect(figure('1,200 feet', 'feet')).toBe('a distance');
		expect(figure('499')).toBe('a number');
		expect(figure('14 goals', 'goals')).toBe('a number');
	});

	it('names the sort of name wanted only where it is sure', () => {
		const name = (kind: Fact['kind'], text: string, detail?: Fact['detail']) =>
			answerHint(fact({ kind, text, detail }));
		expect(name('person', 'Anna Lindqvist')).toBe("a person's name");
		// a one-word or unknown "person" may be the tagger's mistake: no label
		expect(name('person', 'Luckasz')).toBeUndefined();
		expect(name('person', 'Nature Sustainability')).toBeUndefined();
		// a given name before a head word of sites names a place: "Sandy Point"
		expect(name('person', 'Sandy Point')).toBeUndefined();
		// nor does one anywhere in it: "Gay Village", "Harlow Town Hall"
		expect(name('person', 'Gay Village')).toBeUndefined();
		expect(name('person', 'Grace Harlow Museum Shop')).toBeUndefined();
		expect(name('organisation', 'Daily Courier', 'media')).toBe('a newspaper or broadcaster');
		expect(name('organisation', 'Green Party', 'party')).toBe('a political party');
		expect(name('organisation', 'Harbour Group', 'company')).toBeUndefined();
		expect(name('organisation', 'Vexa', 'other')).toBeUndefined();
	});

	it('names a place only as finely as the reference lists know it', () => {
		const place = (text: string, detail?: Fact['detail']) =>
			answerHint(fact({ kind: 'place', text, detail }));
		expect(place('Kenya', 'country')).toBe('a country');
		expect(place('Osaka', 'city')).toBe('a city or town');
		expect(place('Middlesex County', 'region')).toBe('a region');
		expect(place('Lower Saxony', 'region')).toBe('a region');
		// a one-word region may be its chief town as well ("Geneva"): no label
		expect(place('Bavaria', 'region')).toBeUndefined();
		// a place the lists do not hold is guessed a town by the facts stage: no label says so
		expect(place('Rapa Nui', 'city')).toBeUndefined();
		expect(place('Harbour Station', 'site')).toBeUndefined();
	});
});
