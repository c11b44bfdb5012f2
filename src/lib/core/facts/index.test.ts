import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../article/parse';
import { ArticleInputError } from '../errors';
import type { Fact } from '../types';
import { extractFacts } from './index';

const facts = (text: string) => extractFacts(parseArticle(text));
const find = (list: Fact[], text: string) => list.find((f) => f.text === text);
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

describe('extractFacts: organisations', () => {
	it('links an acronym to its long name and later mentions to both', () => {
		const text =
			'This is the alarm raised by theUkrainian Defense Intelligence (Gur) on Monday. Later the GUR said more. Gur himself recalled it.';
		const list = facts(text);
		const org = find(list, 'theUkrainian Defense Intelligence');
		expect(org).toMatchObject({ kind: 'organisation', value: 'Ukrainian Defense Intelligence' });
		expect(org?.aliases).toContain('Gur');
		expect(find(list, 'GUR')?.value).toBe('Ukrainian Defense Intelligence');
		expect(find(list, 'Gur')?.value).toBe('Ukrainian Defense Intelligence');
		expect(list.some((f) => f.text === '(Gur)' || (f.text === 'Gur' && f.start < 60))).toBe(false);
		expectWellFormed(text, list);
	});

	it('finds short forms, lower-case bodies after a country, and outlets', () => {
		const text =
			'Baikal Finance Group outbid Gazprom. Baikal paid the US court, said British intelligence and the Kyiv Independent. The Russian coast guard said so in a Facebook post.';
		const list = facts(text);
		expect(find(list, 'Baikal')?.value).toBe('Baikal Finance Group');
		for (const name of [
			'Gazprom',
			'US court',
			'British intelligence',
			'Kyiv Independent',
			'Facebook'
		])
			expect(find(list, name)?.kind).toBe('organisation');
		expect(find(list, 'Russian coast guard')?.kind).toBe('organisation');
		expect(find(list, 'Facebook post')).toBeUndefined();
		expect(list.some((f) => f.text === 'US' || f.text === 'Russian')).toBe(false);
	});

	it('skips laws, wars and labels with numbers', () => {
		const list = facts(
			'It was regulated by the Law of the Sea Treaty during the Russo-Ukrainian War. They remember UK 007 and Chapter 11.'
		);
		expect(list.map((f) => f.text)).toEqual([]);
	});
});

describe('extractFacts: people and places', () => {
	it('reads roles before and after names and links surnames', () => {
		const text =
			'"It is a headache," said Yukos spokesman Alexander Shadrin. Meanwhile, Tim Osborne, head of the group Menatep, said so. It punished its founder, Mikhail Khodorkovsky. Mr Khodorkovsky is in jail. But President Vladimir Putin disagreed.';
		const list = facts(text);
		expect(find(list, 'Alexander Shadrin')?.role).toBe('Yukos spokesman');
		expect(find(list, 'Tim Osborne')?.role).toBe('head of the group Menatep');
		expect(find(list, 'Mikhail Khodorkovsky')?.role).toBe('founder');
		expect(find(list, 'Khodorkovsky')).toMatchObject({
			kind: 'person',
			value: 'Mikhail Khodorkovsky'
		});
		expect(find(list, 'Khodorkovsky')?.role).toBeUndefined();
		expect(find(list, 'Vladimir Putin')).toMatchObject({ role: 'President' });
		expect(find(list, 'Menatep')?.kind).toBe('organisation');
		expectWellFormed(text, list);
	});

	it('carries a role through "of" and finds heads before "of"', () => {
		const list = facts(
			'US Secretary of State Antony Blinken met Bank of England Governor Andrew Bailey. The U.S. Department of Justice sued.'
		);
		expect(find(list, 'Antony Blinken')?.role).toBe('US Secretary of State');
		expect(find(list, 'Andrew Bailey')?.role).toBe('Bank of England Governor');
		expect(find(list, 'U.S. Department of Justice')?.kind).toBe('organisation');
	});

	it('reads a title-case headline word by word', () => {
		const list = facts(
			'Apple Unveils New Phone As Sales Slow In China\n\nApple said so on Tuesday.'
		);
		expect(list.map((f) => f.text)).toEqual(['Apple', 'China', 'Apple']);
	});

	it('cleans a pronoun glued to a name but keeps the exact span', () => {
		const list = facts(
			'On October 28, the Russian Defense Minister, Sergei Shoiguhe said that it was over.'
		);
		expect(find(list, 'Sergei Shoiguhe')).toMatchObject({
			kind: 'person',
			value: 'Sergei Shoigu',
			role: 'Russian Defense Minister'
		});
	});

	it('finds places by gazetteer, head words and cues, not adjectives', () => {
		const text =
			'Russia’s ships left the Black Sea for the Sea of Azov, near the Crimean Bridge, in the region of Tver. Russian forces stayed. It came from the Russian Federation.';
		const list = facts(text);
		const places = list.filter((f) => f.kind === 'place').map((f) => [f.text, f.value]);
		expect(places).toEqual([
			['Russia', 'Russia'],
			['Black Sea', 'Black Sea'],
			['Sea of Azov', 'Sea of Azov'],
			['Crimean Bridge', 'Crimean Bridge'],
			['Tver', 'Tver'],
			['Russian Federation', 'Russia']
		]);
	});
});

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
			'“Russia is the aggressor,” said Ukraine.As the ships approached the Kerch Strait, three vessels left.';
		const list = facts(text);
		expect(list.map((f) => f.text)).toEqual(['Russia', 'Ukraine', 'Kerch Strait', 'three']);
		expectWellFormed(text, list);
	});

	for (const name of ['sport', 'science', 'business', 'politics'])
		it(`finds well-formed facts in the ${name} fixture`, () => {
			const text = fixture(name);
			const list = facts(text);
			expectWellFormed(text, list);
			for (const kind of ['date', 'figure', 'organisation', 'person', 'place'])
				expect(list.some((f) => f.kind === kind)).toBe(true);
		});

	it('reads the fixtures as a reader would', () => {
		const business = facts(fixture('business'));
		expect(find(business, 'Tufan Erginbilgic')?.role).toBe('Chief executive');
		expect(find(business, '12%')?.value).toBe('12%');
		expect(find(business, 'Feb. 27')?.date).toMatchObject({ month: 2, day: 27 });
		const politics = facts(fixture('politics'));
		expect(find(politics, 'Free Democratic Party')?.aliases).toEqual(['FDP']);
		expect(find(politics, 'Merz')?.value).toBe('Friedrich Merz');
		const science = facts(fixture('science'));
		expect(find(science, 'ESA')?.value).toBe('European Space Agency');
		expect(find(science, 'French Guiana')?.kind).toBe('place');
		const sport = facts(fixture('sport'));
		expect(find(sport, 'Carlo Ancelotti')?.role).toBe('Real Madrid coach');
		expect(find(sport, '€180m')?.value).toBe('180000000 EUR');
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
