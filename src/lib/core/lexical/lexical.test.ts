import { describe, expect, it } from 'vitest';
import { isMonthName, monthNumber, ordinalSuffix } from './calendar';
import { findNumber, SCALES, wordNumber } from './numbers';
import { parseDate } from './dates';

describe('number words', () => {
	it.each([
		['two', 2],
		['Twenty-four', 24],
		['twenty four', 24],
		['a', 1],
		['an', 1],
		['dozen', 12],
		['nineteen', 19],
		['ninety', 90]
	])('reads %s as %d', (words, n) => expect(wordNumber(words)).toBe(n));
	it.each(['', 'twenty-ten', 'one-two', 'forty-zero', 'several', 'twenty-four-one'])(
		'refuses %j',
		(words) => expect(wordNumber(words)).toBeNaN()
	);
});

describe('scale words', () => {
	it('the fact reader and the answer reader agree on every scale word', () => {
		for (const [word, power] of Object.entries(SCALES))
			expect(findNumber(`3${word}`)?.value, word).toBe(3 * 10 ** power);
	});
});

describe('calendar words', () => {
	it.each([
		['Sept.', 9],
		['sep', 9],
		['January', 1],
		['dec', 12],
		['Mayor', 5],
		['Octopus', 10]
	])('month of %s is %d', (word, n) => expect(monthNumber(word)).toBe(n));
	it('knows a month only in full', () => {
		expect(isMonthName('may')).toBe(true);
		expect(isMonthName('Sept')).toBe(false);
	});
	it('writes ordinals', () => {
		expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 111].map(ordinalSuffix)).toEqual(
			'st nd rd th th th th st nd rd th'.split(' ')
		);
	});
	it('reads a short month with its dot', () => {
		expect(parseDate('on Sept. 21, 2022')).toMatchObject({ day: 21, month: 9, year: 2022 });
	});
});
