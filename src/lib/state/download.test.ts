import { describe, expect, it } from 'vitest';
import { fileNameFor } from './download';

describe('fileNameFor', () => {
	it('makes a short, safe file name from a title', () => {
		expect(fileNameFor('Yukos unit fetches $9bn at auction', 'tsv')).toBe(
			'yukos-unit-fetches-9bn-at-auction.tsv'
		);
		expect(fileNameFor('Śląsk: «Überraschung»!', 'json')).toBe('slask-uberraschung.json');
	});

	it('never gives an empty name', () => {
		expect(fileNameFor('—', 'json')).toBe('factdeck-deck.json');
	});
});
