import { describe, expect, it } from 'vitest';
import type { Question } from '../types';
import { parseDate } from '../lexical/dates';
import { editDistance } from './distance';
import { gradeAnswer, matchesTyped } from './index';
import { findNumber, formatLike } from '../lexical/numbers';

const q = (over: Partial<Question>): Question =>
	({
		id: 'q',
		type: 'cloze',
		prompt: 'On _____, Putin announced a partial mobilisation.',
		answer: 'September 21',
		factIds: ['f'],
		source: 'On September 21, Putin announced a partial mobilisation.',
		kind: 'date',
		...over
	}) as Question;

describe('typed numbers', () => {
	it.each(['300,000', '300000', '300 thousand', '300k', '300 000'])(
		'takes %s for 300,000',
		(given) => {
			expect(matchesTyped('300,000', given)).toBe(true);
		}
	);
	it.each(['300,001', '30,000', '3 million', 'three hundred', '300,00O'])('refuses %s', (given) => {
		expect(matchesTyped('300,000', given)).toBe(false);
	});
	it('ignores a qualifier and keeps the unit', () => {
		expect(matchesTyped('over 400,000', '400000')).toBe(true);
		expect(matchesTyped('14 days', '14')).toBe(true);
		expect(matchesTyped('14 days', '14 weeks')).toBe(false);
		expect(matchesTyped('$9.37bn', '9.37 billion')).toBe(true);
		expect(matchesTyped('twenty-four', '24')).toBe(true);
	});
	it('forgives no typo in a number', () => {
		expect(matchesTyped('250', '260')).toBe(false);
		expect(matchesTyped('1500', '1050')).toBe(false);
	});
});

describe('typed dates', () => {
	it.each([
		'21 September',
		'September 21',
		'Sept. 21',
		'21 Sep',
		'september 21st',
		'21st of September'
	])('takes %s for September 21', (given) =>
		expect(matchesTyped('September 21', given)).toBe(true)
	);
	it('refuses another day, and a typo in a date', () => {
		expect(matchesTyped('September 21', 'September 22')).toBe(false);
		expect(matchesTyped('September 21', 'Septembr 21')).toBe(false);
		expect(matchesTyped('November 2022', 'November')).toBe(false);
		expect(matchesTyped('2017', '2018')).toBe(false);
	});
	it('lets a learner add the year the article left out', () => {
		expect(matchesTyped('31 October', '31 October 2022')).toBe(true);
	});
});

describe('typed names', () => {
	it('ignores case, accents and punctuation', () => {
		expect(matchesTyped('São Paulo', 'sao paulo!')).toBe(true);
		expect(matchesTyped('the Kremlin', 'Kremlin')).toBe(true);
	});
	it('forgives one typo (a swap too) in names of five letters or more', () => {
		expect(matchesTyped('Shoigu', 'Shoigo')).toBe(true);
		expect(matchesTyped('Kremlin', 'Kremiln')).toBe(true);
		expect(matchesTyped('Kremlin', 'Krmeiln')).toBe(false);
		expect(matchesTyped('Gur', 'Gus')).toBe(false);
	});
	it('takes either side of "Name (ACRONYM)"', () => {
		expect(matchesTyped('Federal Security Service (FSB)', 'FSB')).toBe(true);
		expect(matchesTyped('Federal Security Service (FSB)', 'federal security service')).toBe(true);
		expect(matchesTyped('Federal Security Service (FSB)', 'FSIN')).toBe(false);
	});
});

describe('gradeAnswer', () => {
	it('grades a cloze with its accepted names', () => {
		const cloze = q({ answer: 'Uralvagonzavod', accept: ['UVZ'], kind: 'organisation' });
		expect(gradeAnswer(cloze, 'uvz')).toEqual({
			correct: true,
			expected: 'Uralvagonzavod',
			given: 'uvz'
		});
		expect(gradeAnswer(cloze, 'FSIN').correct).toBe(false);
	});
	it('grades a cloze date in any common form', () => {
		expect(gradeAnswer(q({}), '21 Sep').correct).toBe(true);
		expect(gradeAnswer(q({}), ' ').correct).toBe(false);
	});
	it('compares a multiple-choice or true/false choice', () => {
		const mc = q({ type: 'multiple-choice', choices: ['a', 'b', 'c', 'September 21'] });
		expect(gradeAnswer(mc, 'September 21').correct).toBe(true);
		expect(gradeAnswer(mc, 'September 22').correct).toBe(false);
		// A choice must be the choice: no typed-answer leniency.
		expect(gradeAnswer(mc, '21 September').correct).toBe(false);
		const tf = q({ type: 'true-false', choices: ['True', 'False'], answer: 'False' });
		expect(gradeAnswer(tf, 'False').correct).toBe(true);
		expect(gradeAnswer(tf, 'True')).toEqual({ correct: false, expected: 'False', given: 'True' });
	});
	it('compares a timeline order and match pairs, and says them readably', () => {
		const timeline = q({ type: 'timeline', answer: ['a', 'b', 'c'], choices: ['c', 'a', 'b'] });
		expect(gradeAnswer(timeline, ['a', 'b', 'c']).correct).toBe(true);
		const wrong = gradeAnswer(timeline, ['b', 'a', 'c']);
		expect(wrong).toEqual({ correct: false, expected: 'a → b → c', given: 'b → a → c' });
		expect(gradeAnswer(timeline, ['a', 'b']).correct).toBe(false);
		const match = q({ type: 'match', items: ['FSB', 'UVZ'], answer: ['Security', 'Tanks'] });
		expect(gradeAnswer(match, ['Security', 'Tanks']).correct).toBe(true);
		expect(gradeAnswer(match, ['Tanks', 'Security']).expected).toBe('FSB = Security; UVZ = Tanks');
	});
	it('never throws on odd input', () => {
		expect(gradeAnswer(q({}), undefined as unknown as string).correct).toBe(false);
		expect(gradeAnswer(q({ accept: undefined }), ['21', 'September']).correct).toBe(true);
	});
});

describe('parsing helpers', () => {
	it('reads and rewrites numbers in the same style', () => {
		const n = findNumber('300 thousand')!;
		expect(n.value).toBe(300000);
		expect(formatLike(n, 400000)).toBe('400 thousand');
		expect(formatLike(findNumber('300,000')!, 350000)).toBe('350,000');
		expect(formatLike(findNumber('over 400,000 inmates')!, 350000)).toBe('over 350,000 inmates');
		expect(formatLike(findNumber('Three')!, 4)).toBe('Four');
		expect(formatLike(findNumber('$9.37bn')!, 7.5e9)).toBe('$7.50bn');
	});
	it('reads dates and keeps their granularity', () => {
		expect(parseDate('31 October')).toMatchObject({ day: 31, month: 10, year: undefined });
		expect(parseDate('November 2022')).toMatchObject({ month: 11, year: 2022, day: undefined });
		expect(parseDate('Thursday')).toMatchObject({ weekday: 4 });
		expect(parseDate('31 February')?.day).toBeUndefined();
	});
	it('counts a swap as one edit', () => {
		expect(editDistance('abcd', 'abdc')).toBe(1);
		expect(editDistance('kitten', 'sitting')).toBe(3);
		expect(editDistance('kitten', 'sitting', 1)).toBe(2);
	});
});
