import { describe, expect, it } from 'vitest';
import { chunks } from './chunks';
import { scoreNames } from './evaluate';

describe('chunks', () => {
	it('reads BIO tags as conlleval does', () => {
		expect(chunks(['B-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC', 'B-LOC', 'I-ORG'])).toEqual([
			{ start: 0, end: 2, label: 'PER' },
			{ start: 3, end: 4, label: 'LOC' },
			{ start: 4, end: 5, label: 'LOC' },
			{ start: 5, end: 6, label: 'LOC' },
			{ start: 6, end: 7, label: 'ORG' }
		]);
	});
});

describe('scoreNames', () => {
	it('counts a name right only with its exact span and label', () => {
		const gold = [['B-PER', 'I-PER', 'O', 'B-LOC', 'O', 'B-ORG']];
		const predicted = [['B-PER', 'O', 'O', 'B-LOC', 'O', 'B-LOC']];
		const rows = Object.fromEntries(scoreNames(gold, predicted).map((r) => [r.label, r]));
		expect(rows.PER).toMatchObject({ gold: 1, predicted: 1, correct: 0, f1: 0 });
		expect(rows.LOC).toMatchObject({ gold: 1, predicted: 2, correct: 1, precision: 0.5 });
		expect(rows.ORG).toMatchObject({ gold: 1, predicted: 0, correct: 0, recall: 0 });
		expect(rows.overall).toMatchObject({ gold: 3, predicted: 3, correct: 1 });
		expect(rows.overall.f1).toBeCloseTo(1 / 3);
	});
});
