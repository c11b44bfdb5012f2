import { describe, expect, it } from 'vitest';
import { ArticleInputError } from '../errors';
import { hash64 } from '../hash';
import { parseArticle } from './parse';

const texts = (input: string) => parseArticle(input).sentences.map((s) => s.text);

describe('parseArticle', () => {
	it('keeps offsets that match the text', () => {
		const a = parseArticle('Title here\n\nFirst one. Second one!\nThird “quoted.” Fourth');
		for (const s of a.sentences) expect(a.text.slice(s.start, s.end)).toBe(s.text);
		for (const p of a.paragraphs) expect(p.end).toBeGreaterThan(p.start);
	});

	it('takes a headline line as the title and sentence 0', () => {
		const a = parseArticle('Russia plans a bigger army\n\nThe plan was announced on Monday.');
		expect(a.title).toBe('Russia plans a bigger army');
		expect(a.headline).toBe(0);
		expect(a.sentences[0].text).toBe('Russia plans a bigger army');
	});

	it('keeps a headline with a question mark as one sentence', () => {
		expect(texts('Is it over? Not yet\n\nBody text here.')[0]).toBe('Is it over? Not yet');
	});

	it('shortens the first sentence when there is no headline', () => {
		const first =
			'The Kerch Strait incident was an international incident that occurred on 25 November 2018 in the Kerch Strait.';
		const a = parseArticle(first + ' It was the first time.');
		expect(a.headline).toBeUndefined();
		expect(a.title).toBe(
			'The Kerch Strait incident was an international incident that occurred on 25 November 2018…'
		);
		expect(parseArticle('A short one. Another.').title).toBe('A short one');
	});

	it('hashes the trimmed text for the id and counts words', () => {
		const a = parseArticle('  One two three.\r\n');
		expect(a.id).toBe(hash64('One two three.'));
		expect(a.words).toBe(3);
		expect(a.text).toBe('  One two three.\n');
	});

	it('splits sentences glued with no space after the stop', () => {
		expect(texts('It was illegitimate.As the flotilla approached, they fired.')).toEqual([
			'It was illegitimate.',
			'As the flotilla approached, they fired.'
		]);
	});

	it('does not split at abbreviations, initials or decimals', () => {
		expect(
			texts(
				'On Sept. 21 the U.S. Navy met Mr. Smith and Dr. J. K. Rowling of Acme Inc. for 1.5 hours.'
			)
		).toHaveLength(1);
		expect(
			texts(
				'The state firm Norva Ipari Kft. (Norva Limited) bought Vexa Systems GmbH. The talks ended.'
			)
		).toEqual([
			'The state firm Norva Ipari Kft. (Norva Limited) bought Vexa Systems GmbH.',
			'The talks ended.'
		]);
		expect(texts('She married Tom Reyes (m. 1964; div. 1977) in Leeds.')).toHaveLength(1);
		expect(texts('He joined Acme Inc. The firm grew.')).toEqual([
			'He joined Acme Inc.',
			'The firm grew.'
		]);
	});

	it('keeps a quote closing after the stop with its sentence', () => {
		expect(texts('He said: “We will win.” Then he left.')).toEqual([
			'He said: “We will win.”',
			'Then he left.'
		]);
		expect(texts('The army of 2 million people“. This is the alarm.')).toEqual([
			'The army of 2 million people“.',
			'This is the alarm.'
		]);
	});

	it('ends a sentence at the end of a paragraph without a stop', () => {
		expect(texts('First paragraph without stop\n\nSecond one. Third')).toEqual([
			'First paragraph without stop',
			'Second one.',
			'Third'
		]);
	});

	it('joins lines broken in the middle of a sentence', () => {
		const a = parseArticle('The ministry said that the\nplan would go ahead. It did.');
		expect(a.sentences.map((s) => s.text)).toEqual([
			'The ministry said that the\nplan would go ahead.',
			'It did.'
		]);
		expect(a.paragraphs).toHaveLength(1);
	});

	it('refuses empty, too long and binary input', () => {
		const problem = (f: () => unknown) => {
			try {
				f();
			} catch (e) {
				return e instanceof ArticleInputError ? e.problem : 'other';
			}
			return 'none';
		};
		expect(problem(() => parseArticle(' \n\t'))).toBe('empty');
		expect(problem(() => parseArticle('abcdef', { maxChars: 3 }))).toBe('too-large');
		expect(problem(() => parseArticle('a\u0000b'))).toBe('binary');
		expect(problem(() => parseArticle('\u0001\u0002\u0003\u0004\u0005 text'))).toBe('binary');
	});
});
