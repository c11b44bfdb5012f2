import { describe, expect, it } from 'vitest';
import { splitSentences } from '../article/sentences';
import { decodeTags } from './decode';
import { TAGS } from './tags';
import { createNameTagger } from './tagger';
import { withoutArticle } from './tag-document';

const tagger = createNameTagger();

function tagText(text: string) {
	const sentences = splitSentences(text, 0, text.length);
	return { sentences, spans: tagger.tag(text, sentences) };
}

const ARTICLE = [
	'Angela Merkel met officials of the World Health Organization in Geneva on Monday.',
	"The talks were held at Germany's mission, said Peter Lindqvist, a spokesman.",
	'Later that week Merkel flew to Madrid, where the Spanish government had called a summit.'
].join(' ');

describe('name tagger', () => {
	it('finds clear names with the right labels', () => {
		const found = tagText(ARTICLE).spans.map((s) => `${s.label}:${s.text}`);
		expect(found).toEqual(
			expect.arrayContaining([
				'PER:Angela Merkel',
				'ORG:World Health Organization',
				'LOC:Geneva',
				'LOC:Madrid'
			])
		);
	});

	it('returns spans whose text is the slice of the text at their offsets', () => {
		const { spans } = tagText(ARTICLE);
		expect(spans.length).toBeGreaterThan(3);
		for (const s of spans) expect(ARTICLE.slice(s.start, s.end)).toBe(s.text);
	});

	it('keeps every span inside one sentence', () => {
		const text = 'They met in Paris. Lyon hosted the next round. New York followed.';
		const { sentences, spans } = tagText(text);
		for (const s of spans)
			expect(sentences.some((x) => x.start <= s.start && s.end <= x.end)).toBe(true);
		const one = tagger.tag('Paris Lyon', [
			{ start: 0, end: 5 },
			{ start: 6, end: 10 }
		]);
		for (const s of one) expect(s.end <= 5 || s.start >= 6).toBe(true);
	});

	it("leaves the possessive 's outside the name", () => {
		const text =
			"The talks were held at Germany's mission. " +
			'Joseph Louis Lagrange’s Mécanique Analytique was printed in Paris.';
		const { spans } = tagText(text);
		const names = spans.map((s) => s.text);
		expect(names).toEqual(expect.arrayContaining(['Germany', 'Joseph Louis Lagrange']));
		for (const s of spans) expect(s.text).not.toMatch(/['’]s\b/);
	});

	it('gives the same spans for the same text every time', () => {
		const a = tagText(ARTICLE).spans;
		const b = createNameTagger().tag(ARTICLE, splitSentences(ARTICLE, 0, ARTICLE.length));
		expect(b).toEqual(a);
	});

	it('never opens a name with an I- tag, even when the weights prefer one', () => {
		const favourInside = (_: number, _prev: string, _prev2: string, scores: Float64Array) =>
			TAGS.forEach((t, k) => (scores[k] += t.startsWith('I-') ? 10 : t === 'O' ? 0 : 1));
		const tags = decodeTags(6, favourInside);
		expect(tags.some((t) => t.startsWith('I-'))).toBe(true);
		tags.forEach((t, i) => {
			if (!t.startsWith('I-')) return;
			expect(i).toBeGreaterThan(0);
			expect(tags[i - 1].slice(2)).toBe(t.slice(2));
		});
	});
});

describe('withoutArticle', () => {
	it('takes "the" out of a name of a body, a place or a person, not out of a title', () => {
		const words = [
			'The',
			'Harbour',
			'Post',
			'praised',
			'the',
			'Lakeside',
			'College',
			'film',
			'The',
			'Lovers'
		];
		const tags = [
			'B-ORG',
			'I-ORG',
			'I-ORG',
			'O',
			'B-ORG',
			'I-ORG',
			'I-ORG',
			'O',
			'B-MISC',
			'I-MISC'
		];
		expect(withoutArticle(words, tags)).toEqual([
			'O',
			'B-ORG',
			'I-ORG',
			'O',
			'O',
			'B-ORG',
			'I-ORG',
			'O',
			'B-MISC',
			'I-MISC'
		]);
		// "The" alone as a name stays: nothing follows it to take the name
		expect(withoutArticle(['The', 'said'], ['B-PER', 'O'])).toEqual(['B-PER', 'O']);
	});
});
