import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import QuizHarness from '$tests/helpers/QuizHarness.svelte';
import type { TrueFalseQuestion } from '$lib/core/types';

const question: TrueFalseQuestion = {
	id: 'tf',
	type: 'true-false',
	prompt: 'The bridge carries 40,000 vehicles a day.',
	choices: ['True', 'False'],
	answer: 'True',
	factIds: ['f'],
	source: 'The bridge carries 40,000 vehicles a day.',
	kind: 'figure'
};

describe('TrueFalse', () => {
	it('asks the statement with a True and a False button', async () => {
		render(QuizHarness, { question, onanswer: () => {} });
		await expect.element(page.getByRole('article', { name: question.prompt })).toBeVisible();
		await expect.element(page.getByRole('button', { name: 'True', exact: true })).toBeEnabled();
		await expect.element(page.getByRole('button', { name: 'False', exact: true })).toBeEnabled();
	});

	it('reports a click, then marks the answer given and the right one, both disabled', async () => {
		const onanswer = vi.fn();
		render(QuizHarness, { question, onanswer });
		await page.getByRole('button', { name: 'False' }).click();
		expect(onanswer).toHaveBeenCalledExactlyOnceWith('False');
		await expect.element(page.getByRole('button', { name: 'False Your answer' })).toBeDisabled();
		await expect.element(page.getByRole('button', { name: 'True Right answer' })).toBeDisabled();
	});

	it('answers with T or F; other keys and a second key do nothing', async () => {
		const onanswer = vi.fn();
		render(QuizHarness, { question, onanswer });
		await userEvent.keyboard('x');
		expect(onanswer).not.toHaveBeenCalled();
		await userEvent.keyboard('t');
		await expect.element(page.getByRole('button', { name: 'True Right answer' })).toBeDisabled();
		await userEvent.keyboard('f');
		expect(onanswer.mock.calls).toEqual([['True']]);
	});
});
