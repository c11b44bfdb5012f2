import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize';

const words = (text: string) => tokenize(text).map((t) => t.text);

describe('tokenize', () => {
	it('gives offsets that point back at each token', () => {
		const text = '  “Norway’s fjords,” said Dr. Lund -- twice.\nThe U.S. team left.';
		const tokens = tokenize(text);
		for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
		expect(tokens.map((t) => t.start)).toEqual(
			[...tokens.map((t) => t.start)].sort((a, b) => a - b)
		);
	});

	it('splits clitics and punctuation the way the training data does', () => {
		expect(words("Russia's navy didn't sail, (the crew's) \"pay\" rose.")).toEqual([
			'Russia',
			"'s",
			'navy',
			'did',
			"n't",
			'sail',
			',',
			'(',
			'the',
			'crew',
			"'s",
			')',
			'"',
			'pay',
			'"',
			'rose',
			'.'
		]);
		expect(words('Norway’s king')).toEqual(['Norway', '’s', 'king']);
	});

	it('keeps abbreviations, initials, numbers and hyphenated words whole', () => {
		expect(words('Mr. J. Smith of the U.S. paid $40,000 (15%) for a state-owned firm.')).toEqual([
			'Mr.',
			'J.',
			'Smith',
			'of',
			'the',
			'U.S.',
			'paid',
			'$',
			'40,000',
			'(',
			'15%',
			')',
			'for',
			'a',
			'state-owned',
			'firm',
			'.'
		]);
	});

	it('keeps e-mail addresses and web addresses whole', () => {
		expect(words('Write to press@who.int or see https://www.who.int/news.')).toEqual([
			'Write',
			'to',
			'press@who.int',
			'or',
			'see',
			'https://www.who.int/news',
			'.'
		]);
	});

	it('tokenizes only the range asked for, with offsets into the whole text', () => {
		const text = 'First one. Second one.';
		const tokens = tokenize(text, 11, text.length);
		expect(tokens.map((t) => [t.text, t.start])).toEqual([
			['Second', 11],
			['one', 18],
			['.', 21]
		]);
	});
});
