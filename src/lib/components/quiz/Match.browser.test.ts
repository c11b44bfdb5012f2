import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import QuizHarness from '$tests/helpers/QuizHarness.svelte';
import type { MatchQuestion } from '$lib/core/types';

const question: MatchQuestion = {
	id: 'match',
	type: 'match',
	prompt: 'Match each acronym with its name.',
	items: ['FSB', 'UVZ', 'GUR'],
	// Shown in this order: a, b, c.
	choices: ['Uralvagonzavod', 'Defence Intelligence', 'Federal Security Service'],
	answer: ['Federal Security Service', 'Uralvagonzavod', 'Defence Intelligence'],
	factIds: ['a', 'b', 'c'],
	source: '',
	kind: 'organisation'
};

const items = () => page.getByRole('list', { name: 'Items' });
const partners = () => page.getByRole('list', { name: 'Partners' });
const item = (text: string) => items().getByRole('button', { name: new RegExp(`^${text}\\b`) });
const partner = (text: string) => partners().getByRole('button', { name: text });
const checkPairs = () => page.getByRole('button', { name: 'Check pairs' });

describe('Match', () => {
	it('shows two labelled lists of buttons, nothing paired and no Check yet', async () => {
		render(QuizHarness, { question, onanswer: () => {} });
		for (const text of question.items) {
			await expect.element(item(text)).toHaveAccessibleName(`${text} not paired`);
			await expect.element(item(text)).toHaveAttribute('aria-pressed', 'false');
		}
		for (const text of question.choices) await expect.element(partner(text)).toBeEnabled();
		await expect.element(checkPairs()).toBeDisabled();
	});

	it('pairs by clicks either way round, unpairs, and reports the pairs in item order', async () => {
		const onanswer = vi.fn();
		render(QuizHarness, { question, onanswer });
		await item('FSB').click();
		await expect.element(item('FSB')).toHaveAttribute('aria-pressed', 'true');
		await partner('Uralvagonzavod').click();
		await expect.element(item('FSB')).toHaveAccessibleName('FSB → Uralvagonzavod');
		await expect.element(page.getByText('FSB paired with Uralvagonzavod')).toBeInTheDocument();
		await page.getByRole('button', { name: 'Unpair FSB' }).click();
		await expect.element(item('FSB')).toHaveAccessibleName('FSB not paired');
		await partner('Federal Security Service').click();
		await item('FSB').click();
		await item('UVZ').click();
		await partner('Uralvagonzavod').click();
		await item('GUR').click();
		await expect.element(checkPairs()).toBeDisabled();
		await partner('Defence Intelligence').click();
		await checkPairs().click();
		expect(onanswer).toHaveBeenCalledExactlyOnceWith(question.answer);
		await expect.element(checkPairs()).toBeDisabled();
		for (const text of question.items) await expect.element(item(text)).toBeDisabled();
		for (const text of question.choices) await expect.element(partner(text)).toBeDisabled();
	});

	it('pairs with a digit and a letter, then Check takes focus and Enter answers', async () => {
		const onanswer = vi.fn();
		render(QuizHarness, { question, onanswer });
		await userEvent.keyboard('1a2c3b');
		await expect.element(checkPairs()).toHaveFocus();
		await userEvent.keyboard('{Enter}');
		expect(onanswer).toHaveBeenCalledExactlyOnceWith([
			'Uralvagonzavod',
			'Federal Security Service',
			'Defence Intelligence'
		]);
		// The first two are wrong and say what was right; the third is right.
		await expect.element(item('FSB')).toHaveTextContent('Right: Federal Security Service');
		await expect.element(item('UVZ')).toHaveTextContent('Right: Uralvagonzavod');
		await expect.element(item('GUR')).not.toHaveTextContent('Right:');
		await userEvent.keyboard('1b');
		expect(onanswer).toHaveBeenCalledTimes(1);
	});
});
