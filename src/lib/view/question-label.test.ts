import { describe, expect, it } from 'vitest';
import { questionLabel } from './question-label';

describe('questionLabel', () => {
	it('calls a typed answer with a blank "Fill in the blank", and one asked as a question "Type the answer"', () => {
		expect(questionLabel({ type: 'cloze', prompt: 'The bridge cost _____.' })).toBe(
			'Fill in the blank'
		);
		expect(questionLabel({ type: 'cloze', prompt: 'How many people came?' })).toBe(
			'Type the answer'
		);
		expect(questionLabel({ type: 'multiple-choice', prompt: 'It cost _____.' })).toBe(
			'Multiple choice'
		);
	});
});
