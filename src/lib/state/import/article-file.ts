import { ArticleInputError } from '$lib/core/errors';
import { MAX_FILE_BYTES } from '$lib/core/input';

export { MAX_ARTICLE_CHARS } from '$lib/core/input';

/** File name endings the importer reads as article text. */
export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown'] as const;

// Browsers give .md files any of these, or nothing at all.
const TEXT_TYPES = new Set(['', 'text/plain', 'text/markdown', 'text/x-markdown']);

/** The input element's `accept`, so the file picker offers only article files. */
export const ACCEPT = [...ARTICLE_EXTENSIONS, 'text/plain', 'text/markdown'].join(',');

/** Refuses a file that is not a .txt or .md text file, or is too big to be one article. */
export function checkArticleFile(file: Pick<File, 'name' | 'type' | 'size'>): void {
	const name = file.name.toLowerCase();
	if (!ARTICLE_EXTENSIONS.some((ext) => name.endsWith(ext)) || !TEXT_TYPES.has(file.type))
		throw new ArticleInputError(
			'binary',
			`“${file.name}” is not a text article. Only .txt and .md files can be imported.`
		);
	if (file.size > MAX_FILE_BYTES)
		throw new ArticleInputError(
			'too-large',
			`“${file.name}” is too big (${formatKb(file.size)}): an article file can be at most ${formatKb(MAX_FILE_BYTES)}.`
		);
}

const formatKb = (bytes: number) => `${Math.round(bytes / 1000).toLocaleString('en')} KB`;
