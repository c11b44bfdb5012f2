import { ArticleInputError } from '../errors';
import { hash64 } from '../hash';
import type { Article } from '../types';

export interface ParseOptions {
	/** Longest text accepted, in characters. */
	maxChars?: number;
}

/** Placeholder splitter: one sentence per line. Replaced by the real splitter. */
export function parseArticle(input: string, options: ParseOptions = {}): Article {
	const text = input.replace(/\r\n?/g, '\n');
	if (!text.trim()) throw new ArticleInputError('empty', 'The article is empty.');
	if (options.maxChars && text.length > options.maxChars)
		throw new ArticleInputError('too-large', 'The article is too long.');
	const sentences = [];
	let offset = 0;
	for (const line of text.split('\n')) {
		if (line.trim())
			sentences.push({
				index: sentences.length,
				paragraph: sentences.length,
				start: offset,
				end: offset + line.length,
				text: line
			});
		offset += line.length + 1;
	}
	return {
		id: hash64(text.trim()),
		title: sentences[0]?.text ?? '',
		text,
		words: text.split(/\s+/).filter(Boolean).length,
		paragraphs: sentences.map((s) => ({ index: s.index, start: s.start, end: s.end })),
		sentences
	};
}
