import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import QuizHarness from '$tests/helpers/QuizHarness.svelte';
import type { TimelineQuestion } from '$lib/core/types';

const EVENTS = ['The mill was built', 'The mill closed', 'The council sold it', 'It stood empty'];
const question: TimelineQuestion = {
	id: 'timeline',
	type: 'timeline',
	prompt: 'Put these events in order.',
	choices: [EVENTS[2], EVENTS[0], EVENTS[3], EVENTS[1]],
	answer: EVENTS,
	factIds: ['a', 'b', 'c', 'd'],
	source: '',
	kind: 'date'
};

/** The events as the list shows them, top to bottom. */
const shown = () =>
	[...document.querySelectorAll('.timeline .item-main .text')].map((el) => el.textContent);
const event = (text: string) => page.getByRole('button', { name: text, exact: true });
const checkOrder = () => page.getByRole('button', { name: 'Check order' });

describe('Timeline', () => {
	it('tells a screen reader how to order, and names every move button by its event', async () => {
		render(QuizHarness, { question, onanswer: () => {} });
		await expect.element(page.getByRole('list')).toHaveAccessibleDescription(/^Earliest first/);
		for (const text of EVENTS) {
			await expect.element(event(text)).toHaveAttribute('aria-pressed', 'false');
			await expect.element(page.getByRole('button', { name: `Move down: ${text}` })).toBeVisible();
		}
		await expect
			.element(page.getByRole('button', { name: `Move up: ${EVENTS[2]}` }))
			.toBeDisabled();
		await expect
			.element(page.getByRole('button', { name: `Move down: ${EVENTS[1]}` }))
			.toBeDisabled();
	});

	it('orders by the move buttons and reports the order on Check; then all is disabled', async () => {
		const onanswer = vi.fn();
		render(QuizHarness, { question, onanswer });
		await page.getByRole('button', { name: `Move up: ${EVENTS[0]}` }).click();
		await page.getByRole('button', { name: `Move up: ${EVENTS[1]}` }).click();
		await page.getByRole('button', { name: `Move up: ${EVENTS[1]}` }).click();
		await expect.poll(shown).toEqual([EVENTS[0], EVENTS[1], EVENTS[2], EVENTS[3]]);
		await checkOrder().click();
		expect(onanswer).toHaveBeenCalledExactlyOnceWith(EVENTS);
		await expect.element(checkOrder()).toBeDisabled();
		for (const text of EVENTS) await expect.element(event(text)).toBeDisabled();
	});

	it('moves the focused event with the arrow keys and a digit, and says where it went', async () => {
		const onanswer = vi.fn();
		render(QuizHarness, { question, onanswer });
		await event(EVENTS[3]).click();
		await expect.element(event(EVENTS[3])).toHaveAttribute('aria-pressed', 'true');
		await userEvent.keyboard('{ArrowDown}');
		await expect.poll(shown).toEqual([EVENTS[2], EVENTS[0], EVENTS[1], EVENTS[3]]);
		await expect.element(event(EVENTS[3])).toHaveFocus();
		await expect.element(page.getByText(`${EVENTS[3]}: position 4 of 4`)).toBeInTheDocument();
		await event(EVENTS[2]).click();
		await userEvent.keyboard('3');
		await expect.poll(shown).toEqual([EVENTS[0], EVENTS[1], EVENTS[2], EVENTS[3]]);
		await userEvent.keyboard('{ArrowUp}');
		await expect.poll(shown).toEqual([EVENTS[0], EVENTS[2], EVENTS[1], EVENTS[3]]);
		await checkOrder().click();
		expect(onanswer).toHaveBeenCalledExactlyOnceWith([EVENTS[0], EVENTS[2], EVENTS[1], EVENTS[3]]);
		await expect.element(page.getByText('belongs at 3')).toBeVisible();
		await expect.element(page.getByText('belongs at 2')).toBeVisible();
	});

	it('moves an event dragged by its handle with the pointer', async () => {
		render(QuizHarness, { question, onanswer: () => {} });
		const handles = document.querySelectorAll<HTMLElement>('.timeline .handle');
		const items = document.querySelectorAll<HTMLElement>('.timeline li');
		// From the first place to below the middle of the last: it becomes the last.
		const last = items[items.length - 1].getBoundingClientRect();
		await userEvent.dragAndDrop(page.elementLocator(handles[0]), page.elementLocator(items[3]), {
			targetPosition: { x: 10, y: last.height - 4 }
		});
		await expect.poll(shown).toEqual([EVENTS[0], EVENTS[3], EVENTS[1], EVENTS[2]]);
	});
});
