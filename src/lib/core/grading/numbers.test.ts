import { describe, expect, it } from 'vitest';
import { matchesTyped } from './typed';
import { findNumber } from '../lexical/numbers';

describe('reading scale words', () => {
	it.each([
		['1.5 million', 1.5e6],
		['two million', 2e6],
		['Two million', 2e6],
		['2m', 2e6],
		['$2bn', 2e9],
		['2 billion', 2e9],
		['2.5 trillion', 2.5e12],
		['half a million', 5e5],
		['300k', 3e5],
		['a million', 1e6]
	])('reads %s as %d', (text, value) => expect(findNumber(text)?.value).toBe(value));
	it('takes one amount in any of its forms', () => {
		expect(matchesTyped('2 million', 'two million')).toBe(true);
		expect(matchesTyped('2 million', '2m')).toBe(true);
		expect(matchesTyped('$2bn', '2 billion')).toBe(true);
		expect(matchesTyped('1.5 million', '1,500,000')).toBe(true);
		expect(matchesTyped('500,000', 'half a million')).toBe(true);
	});
	it('refuses another amount, and a comma that groups no thousands', () => {
		expect(matchesTyped('2 million', '2 billion')).toBe(false);
		expect(matchesTyped('$2bn', '2m')).toBe(false);
		expect(matchesTyped('1 million', 'half a million')).toBe(false);
		expect(matchesTyped('1.5 million', '1,5 million')).toBe(false);
		expect(matchesTyped('1 million', '1,5 million')).toBe(false);
		expect(matchesTyped('15 million', '1,5 million')).toBe(false);
	});
});
