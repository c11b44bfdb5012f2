import { describe, expect, it } from 'vitest';
import type { Question, QuestionType } from '../types';
import {
	buildPracticeSession,
	buildRetrySession,
	buildSession,
	currentQuestionId,
	dropQuestion,
	hideFeedback,
	isFinished,
	parseSession,
	recordAnswer,
	sessionProgress
} from './session';
import { shuffledForAsk } from './shuffle';
import type { SessionCandidate, SessionState } from './types';

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

const cand = (id: string, type: QuestionType = 'cloze', source = `Sentence ${id}.`, facts = [id]) =>
	({ id, type, source, factIds: facts }) satisfies SessionCandidate;
const fresh = (prefix: string, n: number) => ids(prefix, n).map((id) => cand(id));

describe('buildSession', () => {
	const base = { id: 's', articleId: null, suspended: new Set<string>(), now: NOW };
	it('puts due reviews first, earliest due first, then new questions, up to the length', () => {
		const s = buildSession({
			...base,
			due: [
				{ ...cand('b'), due: NOW - 1000 },
				{ ...cand('a'), due: NOW - 5000 },
				{ ...cand('later'), due: NOW + 1000 }
			],
			fresh: fresh('n', 20),
			length: 5
		});
		expect(s.queue).toEqual(['a', 'b', 'n0', 'n1', 'n2']);
		expect(s.mode).toBe('review');
		expect(sessionProgress(s)).toEqual({ index: 0, total: 5, answered: 0, correct: 0 });
	});
	it('defaults to 10 questions and skips suspended ones and duplicates', () => {
		const s = buildSession({
			...base,
			due: [{ ...cand('n1'), due: NOW }],
			fresh: fresh('n', 30),
			suspended: new Set(['n0', 'n3'])
		});
		expect(s.queue).toEqual(['n1', 'n2', 'n4', 'n5', 'n6', 'n7', 'n8', 'n9', 'n10', 'n11']);
	});
	it('mixes new questions by type, so a few questions meet every type of the deck', () => {
		const types: QuestionType[] = ['multiple-choice', 'cloze', 'true-false', 'timeline', 'match'];
		// Deck order groups the types, as the generator emits them.
		const deck = types.flatMap((t, k) => ids(`${k}-`, 8).map((id) => cand(id, t)));
		const s = buildSession({ ...base, due: [], fresh: deck, length: 5 });
		const typeOf = new Map(deck.map((c) => [c.id, c.type]));
		expect(new Set(s.queue.map((id) => typeOf.get(id)))).toEqual(new Set(types));
	});
	it('never puts two questions of one sentence or one fact in a session', () => {
		const deck = [
			cand('blank', 'cloze', 'An army of 2 million soldiers. It grew.', ['f1']),
			cand('whole', 'multiple-choice', 'An army of 2 million soldiers.', ['f2']),
			cand('same-fact', 'true-false', 'Another sentence.', ['f1']),
			cand('other', 'match', 'A third sentence.', ['f3'])
		];
		const s = buildSession({ ...base, due: [], fresh: deck });
		// Multiple choice comes first; its sentence buries the blank made from it.
		expect(s.queue).toEqual(['whole', 'same-fact', 'other']);
		// Buried, not lost: once the others are answered, the next session asks it.
		const later = buildSession({ ...base, due: [], fresh: [deck[0]] });
		expect(later.queue).toEqual(['blank']);
	});
	it('lets a type with one question left pick before a type with more', () => {
		// the only blank shares its sentence with the first multiple choice: asking that one
		// first would leave the session without a blank, though the second one leaves room
		const deck = [
			cand('mc-1', 'multiple-choice', 'The probe launched in 2023 and flew 750 km up.', ['f1']),
			cand('mc-2', 'multiple-choice', 'It will arrive in 2031.', ['f2']),
			cand('blank', 'cloze', 'The probe launched in 2023 and flew 750 km up.', ['f3'])
		];
		const s = buildSession({ ...base, due: [], fresh: deck });
		expect(new Set(s.queue)).toEqual(new Set(['mc-2', 'blank']));
	});
	it('is empty when nothing is due or new', () => {
		const s = buildSession({ ...base, due: [], fresh: [] });
		expect(s.queue).toEqual([]);
		expect(isFinished(s)).toBe(true);
		expect(currentQuestionId(s)).toBeNull();
	});
});

describe('buildPracticeSession', () => {
	it('asks a seeded mix of any questions, the same for the same seed', () => {
		const input = {
			id: 'p1',
			articleId: null,
			candidates: fresh('q', 30),
			suspended: new Set(['q0']),
			length: 6,
			now: NOW
		};
		const a = buildPracticeSession(input);
		expect(a.mode).toBe('practice');
		expect(a.queue).toHaveLength(6);
		expect(a.queue).not.toContain('q0');
		expect(buildPracticeSession(input).queue).toEqual(a.queue);
		expect(buildPracticeSession({ ...input, id: 'p2' }).queue).not.toEqual(a.queue);
	});
});

describe('shuffledForAsk', () => {
	const q: Question = {
		id: 'q',
		type: 'multiple-choice',
		prompt: 'Which?',
		choices: ['a', 'b', 'c', 'd'],
		answer: 'a',
		factIds: [],
		source: '',
		kind: 'figure'
	};
	it('orders the options anew for each ask, the same for the same seed', () => {
		const orders = new Set(ids('ask', 12).map((seed) => shuffledForAsk(q, seed).choices!.join()));
		expect(orders.size).toBeGreaterThan(3);
		expect(shuffledForAsk(q, 'x')).toEqual(shuffledForAsk(q, 'x'));
		expect([...shuffledForAsk(q, 'x').choices!].sort()).toEqual(q.choices);
	});
	it('keeps true/false in place and never shows a timeline solved', () => {
		const tf = { ...q, type: 'true-false' as const, choices: ['True', 'False'], answer: 'True' };
		expect(shuffledForAsk(tf, 'x')).toBe(tf);
		const tl = { ...q, type: 'timeline' as const, choices: ['b', 'a'], answer: ['a', 'b'] };
		for (const seed of ids('s', 20)) expect(shuffledForAsk(tl, seed).choices).toEqual(['b', 'a']);
	});
});

describe('hideFeedback', () => {
	it('keeps the feedback with the session until the learner moves on', () => {
		const s0 = buildSession({
			id: 's',
			articleId: null,
			due: [],
			fresh: fresh('a', 2),
			suspended: new Set(),
			now: NOW
		});
		const shown = {
			questionId: 'a0',
			correct: true,
			expected: 'x',
			given: 'x',
			answer: 'x',
			source: '',
			nextDue: NOW,
			answeredAt: NOW
		};
		const s1 = recordAnswer(s0, 'a0', true, shown);
		expect(parseSession(JSON.parse(JSON.stringify(s1)))?.feedback).toEqual(shown);
		expect(hideFeedback(s1).feedback).toBeUndefined();
		expect(hideFeedback(s1).position).toBe(1);
	});
});

describe('recordAnswer', () => {
	it('moves on through a review session, counting right answers and misses', () => {
		const s0 = buildSession({
			id: 's',
			articleId: 'art',
			due: [],
			fresh: ['a', 'b', 'c'].map((id) => cand(id)),
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
			fresh: ['a', 'b'].map((id) => cand(id)),
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
			fresh: ['a', 'b', 'c'].map((id) => cand(id)),
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
				fresh: ['a', 'b'].map((id) => cand(id)),
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
