import { describe, expect, it } from 'vitest';
import { formatWait } from './interval';

describe('formatWait', () => {
	it('reads as minutes, hours, days, months or years', () => {
		const MIN = 60_000;
		expect(formatWait(0)).toBe('1 min');
		expect(formatWait(10 * MIN)).toBe('10 min');
		expect(formatWait(60 * MIN)).toBe('1 hour');
		expect(formatWait(5 * 60 * MIN)).toBe('5 hours');
		expect(formatWait(3 * 1440 * MIN)).toBe('3 days');
		expect(formatWait(90 * 1440 * MIN)).toBe('3 months');
		expect(formatWait(800 * 1440 * MIN)).toBe('2 years');
	});
});
