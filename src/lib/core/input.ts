import { ArticleInputError } from './errors';

/** Largest article file the command line tool accepts. */
export const MAX_FILE_BYTES = 1_000_000;
/** Longest article the app imports, in characters. */
export const MAX_ARTICLE_CHARS = 200_000;

/**
 * Decodes the bytes of an article file as UTF-8 text, refusing binary data: NUL bytes,
 * invalid UTF-8, or many control characters.
 */
export function decodeArticleBytes(bytes: Uint8Array): string {
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new ArticleInputError('binary', 'This file is not text (it is not valid UTF-8).');
	}
	assertLooksLikeText(text);
	return text.replace(/^\uFEFF/, '');
}

/** Refuses text that holds NUL bytes or many control characters: a binary file. */
export function assertLooksLikeText(text: string): void {
	if (text.includes('\u0000'))
		throw new ArticleInputError('binary', 'This file is not text (it holds binary data).');
	const sample = text.slice(0, 8192);
	let control = 0;
	for (let i = 0; i < sample.length; i++) {
		const c = sample.charCodeAt(i);
		if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
	}
	if (control > sample.length * 0.01 + 2)
		throw new ArticleInputError('binary', 'This file is not text (it holds control characters).');
}
