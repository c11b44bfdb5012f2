import { describe, expect, it } from 'vitest';
import {
	countryByCode,
	demonymCountry,
	findCity,
	findCountry,
	findRegion,
	isGivenName,
	isWorldRegion
} from '.';

describe('lexicon', () => {
	it('finds a country by any of its names', () => {
		for (const n of ['United Kingdom', 'UK', 'Great Britain', 'the United Kingdom'])
			expect(findCountry(n)?.code).toBe('GB');
		expect(findCountry('U.S.')?.code).toBe('US');
		expect(findCountry('Narnia')).toBeUndefined();
	});
	it('knows demonyms and capitals', () => {
		expect(demonymCountry('French')?.code).toBe('FR');
		expect(countryByCode('JP')?.capital).toBe('Tokyo');
	});
	it('knows large cities with their country, and regions', () => {
		expect(findCity('Osaka')?.country).toBe('JP');
		expect(findRegion('Bavaria')?.country).toBe('DE');
		expect(isWorldRegion('Europe')).toBe(true);
	});
	it('knows common given names', () => {
		expect(isGivenName('Margaret')).toBe(true);
		expect(isGivenName('Thursday')).toBe(false);
	});
});
