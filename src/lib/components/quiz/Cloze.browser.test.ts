import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import QuizHarness from '$tests/helpers/QuizHarness.svelte';
import type { ClozeQuestion } from '$lib/core/types';

const question: ClozeQuestion = {
	id: 'cloze',
	type: 'cloze',
	prompt: 'The work was led by _____ and took 18 months.',
	answer: 'Atkins Engineering',
	factIds: ['f'],
	source: 'The work was led by Atkins Engineering and took 18 months.',
	kind: 'organisation'
};

const field = () => page.getByRole('textbox', { name: 'Your answer' });
const check = () => page.getByRole('button', { name: 'Check' });

describe('Cloze', () => {
	it('gives a labelled field, focused and ready to type, and no Check while it is empty', async () => {
		render(QuizHarness, { question, onanswer: () => {} });
		await expect.element(page.getByRole('article', { name: question.prompt })).toBeVisible();
		await expect.element(field()).toHaveFocus();
		await expect.element(check()).toBeDisabled();
		await userEvent.keyboard('   ');
		await expect.element(check()).toBeDisabled();
	});

	it('reports the typed answer, trimmed, on Enter; then the field is read-only', async () => {
		const onanswer = vi.fn();
		render(QuizHarness, { question, onanswer });
		await expect.element(field()).toHaveFocus();
		await userEvent.keyboard('  Atkins  {Enter}');
		expect(onanswer).toHaveBeenCalledExactlyOnceWith('Atkins');
		await expect.element(field()).toHaveAttribute('readonly');
		await expect.element(check()).toBeDisabled();
		await userEvent.keyboard('{Enter}');
		expect(onanswer).toHaveBeenCalledTimes(1);
	});

	it('reports the answer on a click of Check', async () => {
		const onanswer = vi.fn();
		render(QuizHarness, { question, onanswer });
		await field().fill('Atkins Engineering');
		await check().click();
		expect(onanswer).toHaveBeenCalledExactlyOnceWith('Atkins Engineering');
		await expect.element(check()).toBeDisabled();
	});

	it('names the sort of answer wanted in the field label', async () => {
		render(QuizHarness, { question: { ...question, hint: 'a company' }, onanswer: () => {} });
		await expect
			.element(page.getByRole('textbox', { name: 'Your answer: a company' }))
			.toHaveFocus();
	});

	it('clears the field on Esc without answering', async () => {
		const onanswer = vi.fn();
		render(QuizHarness, { question, onanswer });
		await field().fill('Arup');
		await userEvent.keyboard('{Escape}');
		await expect.element(field()).toHaveValue('');
		expect(onanswer).not.toHaveBeenCalled();
	});
});
