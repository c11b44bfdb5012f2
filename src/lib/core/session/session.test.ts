import { describe, expect, it } from 'vitest';
import {
	buildRetrySession,
	buildSession,
	currentQuestionId,
	dropQuestion,
	isFinished,
	parseSession,
	recordAnswer,
	sessionProgress
} from './session';
import type { SessionState } from './types';

const NOW = Date.UTC(2026, 0, 1);
const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

function answerAll(
	s: SessionState,
	answers: (id: string) => boolean
): { s: SessionState; asked: string[] } {
	const asked: string[] = [];
	for (let guard = 0; !isFinished(s) && guard < 100; guard++) {
		const id = currentQuestionId(s)!;
		asked.push(id);
		s = recordAnswer(s, id, answers(id));
	}
	return { s, asked };
}

describe('buildSession', () => {
	const base = { id: 's', articleId: null, suspended: new Set<string>(), now: NOW };

	it('puts due reviews first, earliest due first, then new questions, up to the length', () => {
		const s = buildSession({
			...base,
			due: [
				{ questionId: 'b', due: NOW - 1000 },
				{ questionId: 'a', due: NOW - 5000 },
				{ questionId: 'later', due: NOW + 1000 }
			],
			fresh: ids('n', 20),
			length: 5
		});
		expect(s.queue).toEqual(['a', 'b', 'n0', 'n1', 'n2']);
		expect(s.mode).toBe('review');
		expect(sessionProgress(s)).toEqual({ index: 0, total: 5, answered: 0, correct: 0 });
	});

	it('defaults to 10 questions and skips suspended ones and duplicates', () => {
		const s = buildSession({
			...base,
			due: [{ questionId: 'n1', due: NOW }],
			fresh: ids('n', 30),
			suspended: new Set(['n0', 'n3'])
		});
		expect(s.queue).toEqual(['n1', 'n2', 'n4', 'n5', 'n6', 'n7', 'n8', 'n9', 'n10', 'n11']);
	});

	it('is empty when nothing is due or new', () => {
		const s = buildSession({ ...base, due: [], fresh: [] });
		expect(s.queue).toEqual([]);
		expect(isFinished(s)).toBe(true);
		expect(currentQuestionId(s)).toBeNull();
	});
});

describe('recordAnswer', () => {
	it('moves on through a review session, counting right answers and misses', () => {
		const s0 = buildSession({
			id: 's',
			articleId: 'art',
			due: [],
			fresh: ['a', 'b', 'c'],
			suspended: new Set(),
			now: NOW
		});
		const { s, asked } = answerAll(s0, (id) => id !== 'b');
		expect(asked).toEqual(['a', 'b', 'c']);
		expect(sessionProgress(s)).toEqual({ index: 3, total: 3, answered: 3, correct: 2 });
		expect(s.missed).toEqual(['b']);
	});

	it('ignores an answer to a question that is not the current one', () => {
		const s = buildSession({
			id: 's',
			articleId: null,
			due: [],
			fresh: ['a', 'b'],
			suspended: new Set(),
			now: NOW
		});
		expect(recordAnswer(s, 'b', true)).toBe(s);
	});
});

describe('buildRetrySession', () => {
	it('repeats each missed question until it is answered right', () => {
		const s0 = buildRetrySession({
			id: 'r',
			articleId: null,
			missed: ['x', 'y', 'z', 'x'],
			suspended: new Set(['z']),
			now: NOW
		});
		expect(s0.queue).toEqual(['x', 'y']);
		const wrongs = new Map([
			['x', 2],
			['y', 1]
		]);
		const { s, asked } = answerAll(s0, (id) => {
			const left = wrongs.get(id) ?? 0;
			wrongs.set(id, left - 1);
			return left <= 0;
		});
		expect(asked).toEqual(['x', 'y', 'x', 'y', 'x']);
		expect(sessionProgress(s)).toEqual({ index: 5, total: 5, answered: 5, correct: 2 });
		expect(s.missed).toEqual(['x', 'y']);
	});
});

describe('dropQuestion', () => {
	it('takes a question out of the rest of the session, not out of what was asked', () => {
		let s = buildSession({
			id: 's',
			articleId: null,
			due: [],
			fresh: ['a', 'b', 'c'],
			suspended: new Set(),
			now: NOW
		});
		s = recordAnswer(s, 'a', true);
		s = dropQuestion(s, 'b');
		expect(s.queue).toEqual(['a', 'c']);
		expect(currentQuestionId(s)).toBe('c');
		expect(dropQuestion(s, 'a').queue).toEqual(['a', 'c']);
	});
});

describe('parseSession', () => {
	it('accepts a session that went through JSON and refuses other shapes', () => {
		const s = recordAnswer(
			buildSession({
				id: 's',
				articleId: null,
				due: [],
				fresh: ['a', 'b'],
				suspended: new Set(),
				now: NOW
			}),
			'a',
			false
		);
		expect(parseSession(JSON.parse(JSON.stringify(s)))).toEqual(s);
		expect(parseSession(null)).toBeNull();
		expect(parseSession({ ...s, version: 2 })).toBeNull();
		expect(parseSession({ ...s, position: 5 })).toBeNull();
		expect(parseSession({ ...s, queue: [1, 2] })).toBeNull();
	});
});
