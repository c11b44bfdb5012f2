import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../article/parse';
import { ArticleInputError } from '../errors';
import type { Fact } from '../types';
import { extractFacts } from './index';

const facts = (text: string) => extractFacts(parseArticle(text));
const fixture = (name: string) =>
	readFileSync(new URL(`./fixtures/${name}.txt`, import.meta.url), 'utf8');

function expectWellFormed(text: string, list: Fact[]) {
	const article = parseArticle(text);
	for (const f of list) {
		expect(article.text.slice(f.start, f.end)).toBe(f.text);
		expect(article.sentences[f.sentenceIndex].text).toBe(f.sentence);
		expect(f.sentence.includes(f.text) || f.text.includes('\n')).toBe(true);
	}
	const starts = list.map((f) => f.start);
	expect(starts).toEqual([...starts].sort((a, b) => a - b));
	expect(new Set(list.map((f) => f.id)).size).toBe(list.length);
}

describe('extractFacts: the whole article', () => {
	it('does not count a repeated headline twice', () => {
		const head = 'Russia wants an army of 2 million soldiers';
		const list = facts(`${head}\n\nMoscow said it on Monday.\n\n${head}`);
		expect(list.filter((f) => f.kind === 'figure')).toHaveLength(1);
	});

	it('gives stable ids that do not depend on other facts', () => {
		const a = facts('Putin met Scholz in Berlin on Monday. They spoke for 2 hours.');
		const b = facts('Putin met Scholz in Berlin on Monday. They spoke for 2 hours.');
		expect(a.map((f) => f.id)).toEqual(b.map((f) => f.id));
		const twice = facts('Kyiv and Kyiv and Kyiv again.');
		expect(new Set(twice.map((f) => f.id)).size).toBe(twice.length);
	});

	it('handles curly quotes and glued sentences', () => {
		const text =
			'“The plan failed,” said the mayor.As the storm passed, three ferries left on 4 May 2021.';
		const list = facts(text);
		expect(list.map((f) => f.text)).toEqual(['three', '4 May 2021']);
		expectWellFormed(text, list);
	});

	for (const name of ['sport', 'science', 'business', 'politics'])
		it(`finds well-formed facts in the ${name} fixture`, () => {
			const text = fixture(name);
			const list = facts(text);
			expectWellFormed(text, list);
			for (const kind of ['date', 'figure']) expect(list.some((f) => f.kind === kind)).toBe(true);
			// names come from the trained model: some of them, of whatever kind it reads
			expect(list.some((f) => ['organisation', 'person', 'place'].includes(f.kind))).toBe(true);
		});

	it('never throws and keeps offsets on odd input', () => {
		const odd = [
			'12 34 5678 9 1000000 2,3 4.5.6',
			'<p>Hello <b>World</b></p> &amp; Moscow',
			'مرحبا بالعالم. שלום עולם. Putin 😀 met 👩‍👩‍👧 in Kyiv.',
			'a'.repeat(5000) + '. ' + 'B'.repeat(300),
			'THE ALL CAPS HEADLINE ABOUT NATO AND THE UN\n\nBody.',
			'(((( )))) “” ‘’ ... !!! ??? – — - ’s ’s',
			'Mr. Dr. U.S. Inc. Sept. 9 theA theFoo ofBar.Baz'
		];
		for (const text of odd) expectWellFormed(text, facts(text));
		fc.assert(
			fc.property(fc.string({ minLength: 1, maxLength: 300, unit: 'grapheme' }), (s) => {
				let article;
				try {
					article = parseArticle(s);
				} catch (e) {
					// only empty or binary-looking text may be refused
					expect(e instanceof ArticleInputError && ['empty', 'binary'].includes(e.problem)).toBe(
						true
					);
					return;
				}
				expectWellFormed(s, extractFacts(article));
			}),
			{ numRuns: 150, seed: 42 }
		);
	});

	it('grows about linearly with the text', () => {
		const base = fixture('politics');
		const time = (n: number) => {
			const text = Array.from({ length: n }, () => base).join('\n\n');
			const t0 = performance.now();
			extractFacts(parseArticle(text));
			return performance.now() - t0;
		};
		time(2);
		const small = Math.max(time(4), 1);
		const large = time(32);
		expect(large / small).toBeLessThan(8 * 3);
	});
});
