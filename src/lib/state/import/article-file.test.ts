import { describe, expect, it } from 'vitest';
import { ArticleInputError } from '$lib/core/errors';
import { checkArticleFile } from './article-file';

const problemOf = (file: { name: string; type: string; size: number }) => {
	try {
		checkArticleFile(file);
		return null;
	} catch (error) {
		return error instanceof ArticleInputError ? error.problem : 'other';
	}
};

describe('checkArticleFile', () => {
	it('accepts .txt and .md files as browsers label them', () => {
		expect(problemOf({ name: 'a.txt', type: 'text/plain', size: 10 })).toBeNull();
		expect(problemOf({ name: 'A.MD', type: '', size: 10 })).toBeNull();
		expect(problemOf({ name: 'a.md', type: 'text/markdown', size: 10 })).toBeNull();
	});

	it('refuses other extensions and non-text types', () => {
		expect(problemOf({ name: 'a.pdf', type: 'application/pdf', size: 10 })).toBe('binary');
		expect(problemOf({ name: 'a.txt', type: 'image/png', size: 10 })).toBe('binary');
		expect(problemOf({ name: 'txt', type: 'text/plain', size: 10 })).toBe('binary');
	});

	it('refuses a file too big to be one article', () => {
		expect(problemOf({ name: 'a.txt', type: 'text/plain', size: 5_000_000 })).toBe('too-large');
	});
});
