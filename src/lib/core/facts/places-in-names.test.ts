import { describe, expect, it } from 'vitest';
import { placesInName } from './places-in-names';

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
