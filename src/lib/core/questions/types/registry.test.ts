import { describe, expect, it } from 'vitest';
import { gradeAnswer } from '../../grading';
import { QUESTION_TYPES, type Question } from '../../types';
import { moduleOf, QUESTION_MODULES, questionLabel } from './index';

const base = { id: 'q', factIds: ['f'], source: 's', kind: 'date' as const };
const samples: Question[] = [
	{ ...base, type: 'multiple-choice', prompt: 'When?', choices: ['1', '2', '3', '4'], answer: '2' },
	{ ...base, type: 'cloze', prompt: 'On _____, it ended.', answer: 'September 21', accept: [] },
	{ ...base, type: 'true-false', prompt: 'It ended.', choices: ['True', 'False'], answer: 'False' },
	{ ...base, type: 'timeline', prompt: 'Order', choices: ['b', 'a'], answer: ['a', 'b'] },
	{
		...base,
		type: 'match',
		prompt: 'Match',
		items: ['x', 'y'],
		choices: ['2', '1'],
		answer: ['1', '2']
	}
];

describe('question type registry', () => {
	it('has one module per type, each with a label and a builder for its role', () => {
		expect(QUESTION_MODULES.map((m) => m.type).sort()).toEqual([...QUESTION_TYPES].sort());
		for (const m of QUESTION_MODULES) {
			expect(questionLabel(m.type)).toBe(m.label);
			expect(m.role === 'deck' ? m.buildAll : m.build).toBeTypeOf('function');
		}
	});
	it('grades as the grader does, right and wrong answers alike', () => {
		const given: (string | string[])[][] = [
			['2', '3'],
			['21 September', 'September 22'],
			['False', 'True'],
			[
				['a', 'b'],
				['b', 'a']
			],
			[
				['1', '2'],
				['2', '1']
			]
		];
		samples.forEach((q, i) => {
			for (const g of given[i]) expect(moduleOf(q).grade(q, g)).toBe(gradeAnswer(q, g).correct);
		});
	});
	it('writes both sides of a card for every type', () => {
		for (const q of samples) {
			const m = moduleOf(q);
			expect(m.front(q)).toContain(q.prompt);
			expect(m.back(q).length).toBeGreaterThan(0);
		}
		expect(moduleOf(samples[4]).back(samples[4])).toBe('x = 1; y = 2');
	});
});

describe('counts in words are offered in digits', () => {
	it('turns "thirteen" and "Seventeen years" into digits and leaves other figures alone', async () => {
		const { inDigits } = await import('../answer');
		expect(inDigits('thirteen')).toBe('13');
		expect(inDigits('Seventeen years')).toBe('17 years');
		expect(inDigits('300,000')).toBe('300,000');
		expect(inDigits('two million')).toBe('two million');
	});
});
