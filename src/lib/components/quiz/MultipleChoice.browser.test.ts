import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import QuizHarness from '$tests/helpers/QuizHarness.svelte';
import type { MultipleChoiceQuestion } from '$lib/core/types';

const question: MultipleChoiceQuestion = {
	id: 'mc',
	type: 'multiple-choice',
	prompt: 'The bridge reopened in _____.',
	choices: ['Leeds', 'Portsmouth', 'Hull', 'Bristol'],
	answer: 'Portsmouth',
	factIds: ['f'],
	source: 'The bridge reopened in Portsmouth.',
	kind: 'place'
};

describe('MultipleChoice', () => {
	it('offers each choice as a button named by its text, under the prompt', async () => {
		render(QuizHarness, { question, onanswer: () => {} });
		await expect.element(page.getByRole('article', { name: question.prompt })).toBeVisible();
		for (const choice of question.choices)
			await expect.element(page.getByRole('button', { name: choice, exact: true })).toBeEnabled();
	});

	it('reports a clicked choice, then shows it wrong and the answer right, all disabled', async () => {
		const onanswer = vi.fn();
		render(QuizHarness, { question, onanswer });
		await page.getByRole('button', { name: 'Hull' }).click();
		expect(onanswer).toHaveBeenCalledExactlyOnceWith('Hull');
		await expect.element(page.getByRole('button', { name: 'Hull Your answer' })).toBeDisabled();
		await expect
			.element(page.getByRole('button', { name: 'Portsmouth Right answer' }))
			.toBeDisabled();
		for (const choice of ['Leeds', 'Bristol'])
			await expect.element(page.getByRole('button', { name: choice })).toBeDisabled();
	});

	it('answers with a digit key, and no key answers twice', async () => {
		const onanswer = vi.fn();
		render(QuizHarness, { question, onanswer });
		await userEvent.keyboard('2');
		await expect
			.element(page.getByRole('button', { name: 'Portsmouth Right answer' }))
			.toBeVisible();
		await userEvent.keyboard('3');
		expect(onanswer.mock.calls).toEqual([['Portsmouth']]);
	});
});
