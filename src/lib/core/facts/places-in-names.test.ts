import { describe, expect, it } from 'vitest';
import { namedForHome, placesInName } from './places-in-names';

const names = (name: string) => placesInName(name).map((p) => p.name);

describe('placesInName', () => {
	it('finds the country, region or city an organisation is named after', () => {
		expect(names('University of Michigan')).toEqual(['Michigan']);
		expect(names('Toronto Symphony Orchestra')).toEqual(['Toronto']);
		expect(names('Bank of Portugal')).toEqual(['Portugal']);
		expect(names('St. Louis Rams')).toEqual(['St. Louis']);
		expect(names('New York Philharmonic')).toEqual(['New York']);
	});

	it('gives offsets into the name', () => {
		expect(placesInName('Ministry of Health of Kenya')).toEqual([
			{ start: 22, end: 27, name: 'Kenya' }
		]);
	});

	it('never takes the whole name, a head word, a compass word or a demonym', () => {
		expect(names('Kenya')).toEqual([]);
		expect(names('Harbour Centre Fund')).toEqual([]);
		expect(names('Northern League')).toEqual([]);
		expect(names('Russian Geographical Society')).toEqual([]);
	});

	it('takes no place out of a longer place named after it', () => {
		expect(names('New England')).toEqual([]);
		expect(names('West Virginia University')).toEqual(['West Virginia']);
		expect(names('South Sudan')).toEqual([]);
	});
});

describe('namedForHome', () => {
	it('reads a place with a word after it that ends no place name as a body', () => {
		expect(namedForHome('Utah Jazz')).toBe('body');
		expect(namedForHome('Oklahoma City Thunder')).toBe('body');
		expect(namedForHome('Lagos Sharks')).toBe('body');
		expect(namedForHome('Kyiv Independent')).toBe('body');
	});

	it('reads a place with the word of an event or an agreement after it as one', () => {
		expect(namedForHome('Boston Marathon')).toBe('event');
		expect(namedForHome('Paris Agreement')).toBe('event');
		expect(namedForHome('Kyoto Protocol')).toBe('event');
	});

	it('leaves places built on a place as places', () => {
		expect(namedForHome('Oklahoma City')).toBeUndefined();
		expect(namedForHome('Panama Canal')).toBeUndefined();
		expect(namedForHome('Chesapeake Energy Arena')).toBeUndefined();
		expect(namedForHome('Beverly Heights')).toBeUndefined();
		expect(namedForHome('Berlin Wall')).toBeUndefined();
		expect(namedForHome('Washington DC')).toBeUndefined();
		expect(namedForHome('Papua New Guinea')).toBeUndefined();
		expect(namedForHome('Bosnia and Herzegovina')).toBeUndefined();
		expect(namedForHome('Kenya')).toBeUndefined();
	});
});

describe('namedForHome, sites and laws', () => {
	it('keeps a site named after its city a place, and takes a law for no body', () => {
		expect(namedForHome('Atlanta Dome')).toBeUndefined();
		expect(namedForHome('Lisbon Monument')).toBeUndefined();
		expect(namedForHome('Texas Constitution')).toBe('event');
	});
});
