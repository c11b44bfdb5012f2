import { describe, expect, it } from 'vitest';
import { pageForNavigation } from './navigation';

const pages = new Set(['/', '/quiz', '/import', '/decks/index.json']);

describe('pageForNavigation', () => {
	it('serves a prerendered page as itself', () => {
		expect(pageForNavigation('/quiz', pages)).toBe('/quiz');
		expect(pageForNavigation('/', pages)).toBe('/');
	});

	it('ignores a trailing slash and an .html suffix', () => {
		expect(pageForNavigation('/import/', pages)).toBe('/import');
		expect(pageForNavigation('/quiz.html', pages)).toBe('/quiz');
	});

	it('falls back to the home page for unknown paths', () => {
		expect(pageForNavigation('/nowhere', pages)).toBe('/');
		expect(pageForNavigation('/quiz/extra', pages)).toBe('/');
	});
});
