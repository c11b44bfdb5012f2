import { describe, expect, it } from 'vitest';
import { normaliseSettings, parseSessionLength } from './settings';

describe('parseSessionLength', () => {
	it('takes a whole number from 1 to 200 and refuses anything else with a reason', () => {
		expect(parseSessionLength(' 1 ')).toEqual({ value: 1 });
		expect(parseSessionLength('200')).toEqual({ value: 200 });
		for (const raw of ['', '  ', '0', '-3', '201', '1000', '2.5', 'ten'])
			expect(parseSessionLength(raw)).toHaveProperty('error', expect.stringMatching(/1 to 200/));
	});
	it('keeps a stored length up to 200', () => {
		expect(normaliseSettings({ sessionLength: 150 }).sessionLength).toBe(150);
	});
});
