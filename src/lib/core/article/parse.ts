import { ArticleInputError } from '../errors';
import { hash64 } from '../hash';
import { assertLooksLikeText } from '../input';
import type { Article, Sentence } from '../types';
import { splitParagraphs } from './paragraphs';
import { splitSentences } from './sentences';
import { isHeadline, shortenTitle } from './title';

export interface ParseOptions {
	/** Longest text accepted, in characters. */
	maxChars?: number;
}

/** Article text → paragraphs and sentences with offsets into the (line-normalised) text. */
export function parseArticle(input: string, options: ParseOptions = {}): Article {
	const text = input.replace(/\r\n?/g, '\n');
	if (!text.trim()) throw new ArticleInputError('empty', 'The article is empty.');
	if (options.maxChars && text.length > options.maxChars)
		throw new ArticleInputError('too-large', 'The article is too long.');
	assertLooksLikeText(text);
	const paragraphs = splitParagraphs(text);
	const headline = isHeadline(text, paragraphs);
	const sentences: Sentence[] = [];
	for (const paragraph of paragraphs) {
		// a headline may hold a "?" or "!" but is one unit
		const spans =
			headline && paragraph.index === 0
				? [{ start: paragraph.start, end: paragraph.end }]
				: splitSentences(text, paragraph.start, paragraph.end);
		for (const span of spans)
			sentences.push({
				index: sentences.length,
				paragraph: paragraph.index,
				start: span.start,
				end: span.end,
				text: text.slice(span.start, span.end)
			});
	}
	const first = sentences[0]?.text ?? '';
	return {
		id: hash64(text.trim()),
		title: headline ? first.replace(/\s+/g, ' ') : shortenTitle(first),
		text,
		words: text.split(/\s+/).filter(Boolean).length,
		paragraphs,
		sentences,
		...(headline ? { headline: 0 } : {})
	};
}
