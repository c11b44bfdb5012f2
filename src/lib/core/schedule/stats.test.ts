import { describe, expect, it } from 'vitest';
import { dayLabel, daySpans, kindAccuracy, localDay, retention, streakOf } from './stats';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// 2026-03-10 12:00 UTC
const NOW = Date.UTC(2026, 2, 10, 12);

describe('daySpans', () => {
	it('gives local calendar days as [start, end) instants', () => {
		const [yesterday, today] = daySpans(NOW, 0, -1, 2);
		expect(today).toEqual({
			day: '2026-03-10',
			start: Date.UTC(2026, 2, 10),
			end: Date.UTC(2026, 2, 11)
		});
		expect(yesterday.day).toBe('2026-03-09');
		expect(yesterday.end).toBe(today.start);
	});

	it('uses the learner’s time zone', () => {
		// UTC+1 (offset −60): the local day starts at 23:00 UTC the evening before.
		const [today] = daySpans(NOW, -60, 0, 1);
		expect(today).toEqual({
			day: '2026-03-10',
			start: Date.UTC(2026, 2, 9, 23),
			end: Date.UTC(2026, 2, 10, 23)
		});
		const late = Date.UTC(2026, 2, 9, 23, 30);
		expect(dayLabel(localDay(late, 0))).toBe('2026-03-09');
		expect(dayLabel(localDay(late, -60))).toBe('2026-03-10');
	});

	it('counts forward for due days', () => {
		const spans = daySpans(NOW, 0, 0, 14);
		expect(spans).toHaveLength(14);
		expect(spans[13].day).toBe('2026-03-23');
		expect(spans[13].start - spans[0].start).toBe(13 * DAY);
	});
});

describe('streakOf', () => {
	it('counts back from today, or from yesterday when today has no answer yet', () => {
		expect(streakOf([2, 1, 3, 0, 1])).toEqual({ days: 3, open: false });
		expect(streakOf([0, 1, 1, 0])).toEqual({ days: 2, open: false });
		expect(streakOf([0, 0, 1])).toEqual({ days: 0, open: false });
		expect(streakOf([])).toEqual({ days: 0, open: false });
	});

	it('says when the streak may go on before the oldest day given', () => {
		expect(streakOf([1, 1, 1])).toEqual({ days: 3, open: true });
		expect(streakOf([0, 1, 1])).toEqual({ days: 2, open: true });
	});
});

describe('rates', () => {
	it('divides, or gives null with nothing to divide', () => {
		expect(kindAccuracy('date', 4, 3)).toEqual({
			kind: 'date',
			answered: 4,
			correct: 3,
			accuracy: 0.75
		});
		expect(kindAccuracy('place', 0, 0).accuracy).toBeNull();
		expect(retention(2, 1)).toEqual({ reviews: 2, correct: 1, rate: 0.5 });
		expect(retention(0, 0).rate).toBeNull();
	});
});
