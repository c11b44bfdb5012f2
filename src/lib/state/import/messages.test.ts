import { describe, expect, it } from 'vitest';
import { ArticleInputError } from '$lib/core/errors';
import { importProblemMessage } from './messages';

describe('importProblemMessage', () => {
	it('tells a text with no facts from one with no fact worth a question, and that nothing was saved', () => {
		const none = importProblemMessage(new ArticleInputError('no-facts', 'x'));
		const unasked = importProblemMessage(
			new ArticleInputError(
				'no-questions',
				'This text names 2 facts, but none worth a fair question.'
			)
		);
		expect(none).toMatch(/No facts were found/);
		expect(unasked).toMatch(/^This text names 2 facts, but none worth a fair question\. /);
		expect(unasked).not.toBe(none);
		for (const m of [none, unasked]) expect(m).toMatch(/Nothing was saved\.$/);
	});
});
