import { describe, expect, it } from 'vitest';
import { indefiniteArticle, mendArticles } from './articles';

describe('indefiniteArticle', () => {
	it('reads numbers as they are said', () => {
		expect(['80', '8.5%', '11', '18,000', '11 million', '800'].map(indefiniteArticle)).toEqual(
			Array(6).fill('an')
		);
		expect(['100', '1,800', '110', '72', '2 million', '180'].map(indefiniteArticle)).toEqual(
			Array(6).fill('a')
		);
	});

	it('reads a sum by its number', () => {
		expect(indefiniteArticle('$8 million')).toBe('an');
		expect(indefiniteArticle('US$72 million')).toBe('a');
		expect(indefiniteArticle('£11')).toBe('an');
	});

	it('reads words and abbreviations by their first sound', () => {
		expect(['eight-year', 'hour-long', 'FBI', 'MRI', 'October'].map(indefiniteArticle)).toEqual(
			Array(5).fill('an')
		);
		expect(['university', 'one-off', 'European', 'CNN', 'May'].map(indefiniteArticle)).toEqual(
			Array(5).fill('a')
		);
		expect(indefiniteArticle('NATO')).toBeUndefined();
		expect(indefiniteArticle('')).toBeUndefined();
	});
});

describe('mendArticles', () => {
	it('writes "an" where the next word opens on a vowel sound, and leaves the rest', () => {
		expect(mendArticles('It was destroyed in a airstrike by a 8-strong unit.')).toBe(
			'It was destroyed in an airstrike by an 8-strong unit.'
		);
		expect(mendArticles('A Airbus, a university, a U.S. base, a one-off, a _____ raid.')).toBe(
			'An Airbus, a university, a U.S. base, a one-off, a _____ raid.'
		);
		expect(mendArticles('Plan A is a NATO plan.')).toBe('Plan A is a NATO plan.');
	});
});
