import { describe, expect, it } from 'vitest';
import { findDates, resolveDates } from './dates';

function dates(text: string) {
	const found = findDates(text, 0, text.length);
	resolveDates(found);
	return found.map((f) => [text.slice(f.start, f.end), f.value]);
}

describe('findDates', () => {
	it('reads full dates in both orders', () => {
		expect(dates('It occurred on 25 November 2018 in the strait.')).toEqual([
			['25 November 2018', '2018-11-25']
		]);
		expect(dates('On September 21, 2022, he spoke.')).toEqual([
			['September 21, 2022', '2022-09-21']
		]);
	});

	it('reads a number after a word of quantity as a count, not a year', () => {
		expect(dates('It sold roughly 2000 Thai stores and some 1500 more in 2019.')).toEqual([
			['2019', '2019']
		]);
		expect(dates('The town grew around 1900 and again in 1950.')).toEqual([
			['1900', '1900'],
			['1950', '1950']
		]);
	});

	it('reads day and month without a year, ordinals and abbreviations', () => {
		expect(dates('On 31 October and since January 9th, then Sept. 3.')).toEqual([
			['31 October', '--10-31'],
			['January 9th', '--01-09'],
			['Sept. 3', '--09-03']
		]);
	});

	it('reads month and year and lone months after a preposition; a weekday alone is no date', () => {
		expect(dates('In November 2022 it said that in December, on Thursday, it would.')).toEqual([
			['November 2022', '2022-11'],
			['December', '2022-12']
		]);
		expect(dates('May I ask? March on!')).toEqual([]);
	});

	it('borrows the year of the nearest dated event, not of "since 2017"', () => {
		expect(dates('In March 2020 it began. On 4 May it ended.')[1]).toEqual(['4 May', '2020-05-04']);
		expect(dates('It grew since 2017. On 4 May it ended.')[1]).toEqual(['4 May', '--05-04']);
	});

	it('reads years alone, in phrases and ranges', () => {
		expect(dates('In 2014, under a 2003 treaty, before the 2019 election.')).toEqual([
			['2014', '2014'],
			['2003', '2003'],
			['2019', '2019']
		]);
		expect(dates('It ran 2014–2016 and again 2018-19.').map((d) => d[1])).toEqual([
			'2014',
			'2016',
			'2018',
			'2019'
		]);
		expect(dates('Since the 1990s.')).toEqual([['1990s', '1990s']]);
		expect(dates('She chaired it in 1930 – 31 and again 1946 - 47.').map((d) => d[1])).toEqual([
			'1930',
			'1931',
			'1946',
			'1947'
		]);
	});

	it('reads a year after a capitalised word that names nothing', () => {
		expect(dates('Her 2016 album sold well. Throughout 2019 she toured.')).toEqual([
			['2016', '2016'],
			['2019', '2019']
		]);
	});

	it('does not take other numbers as years', () => {
		expect(dates('UK 007 paid $2017bn to 2,017 people; 2000 soldiers came; 1.2017 ratio.')).toEqual(
			[]
		);
		expect(dates('Chapter 2015 of the code, 2018%, 2019m, 12:2020')).toEqual([]);
	});

	it('takes a clock time for no year', () => {
		expect(dates('The polls closed at 1830 GMT and counting began at 2100 local time.')).toEqual(
			[]
		);
		expect(dates('It struck at 4:42 on Sunday (2042 Saturday, UTC) near the coast.')).toEqual([]);
		expect(dates('The talks of 1990 failed.')).toEqual([['1990', '1990']]);
	});

	it("takes the year of a law's name for no date", () => {
		expect(dates('He broke the Broadcasting Act of 1990 and the 2006 Act on fraud.')).toEqual([]);
		expect(dates('The Act was passed in 1990.')).toEqual([['1990', '1990']]);
	});

	it('takes a measure for no year', () => {
		expect(dates('The island lies 1,100 miles (1770 km) away, at 1200 feet.')).toEqual([]);
		expect(dates('In 1770 explorers reached it.')).toEqual([['1770', '1770']]);
	});

	it('reads decades and centuries as periods', () => {
		expect(dates('Jazz spread in the 1920s and faded by the late 1950s.')).toEqual([
			['1920s', '1920s'],
			['late 1950s', '1950s']
		]);
		expect(dates('Steam shaped the 19th century; the twentieth century brought flight.')).toEqual([
			['19th century', '1800s'],
			['twentieth century', '1900s']
		]);
	});

	it('keeps a relative date with the date it counts from', () => {
		const text =
			'The dam failed on 3 March 2011. The next day, crews arrived. Two years later it reopened.';
		const found = findDates(text, 0, text.length);
		resolveDates(found);
		expect(found.map((f) => [text.slice(f.start, f.end), f.value, f.date?.relativeTo])).toEqual([
			['3 March 2011', '2011-03-03', undefined],
			['The next day', '2011-03-04', '2011-03-03'],
			['Two years later', '2013', '2011-03-04']
		]);
	});

	it('drops a relative date with nothing before it to count from', () => {
		const text = 'The following year, the firm grew.';
		const found = findDates(text, 0, text.length);
		resolveDates(found);
		expect(found.map((f) => f.value)).toEqual(['']);
	});
});
