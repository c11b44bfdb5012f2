import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateDeck } from '../deck';
import type { Deck, Question } from '../types';
import { GAZETTEER, groupOf } from './distractors/gazetteer';
import { placeGroup } from './distractors/places';

const deck = (name: string): Deck =>
	generateDeck(readFileSync(new URL(`../facts/fixtures/${name}.txt`, import.meta.url), 'utf8'));
const choicesFor = (d: Deck, type: Question['type'], prompt: RegExp) =>
	d.questions.find((q) => q.type === type && prompt.test(q.prompt))?.choices ?? [];

describe('questions on unseen news', () => {
	const us = deck('us-business');

	it('never leaves a company suffix’s period outside the blank', () => {
		expect(us.questions.some((q) => q.prompt.includes('_____.' + ' said'))).toBe(false);
	});

	it('offers distractors of the answer’s sub-kind and region', () => {
		const city = choicesFor(us, 'multiple-choice', /server factory in _____, Texas/);
		expect(city).toContain('Houston');
		const usText = readFileSync(
			new URL('../facts/fixtures/us-business.txt', import.meta.url),
			'utf8'
		);
		for (const c of city) expect(placeGroup(c) === 'city' || usText.includes(c)).toBe(true);
		// People are offered only from the article: never a famous name it does not mention.
		const text = readFileSync(
			new URL('../facts/fixtures/us-business.txt', import.meta.url),
			'utf8'
		);
		for (const q of us.questions.filter((q) => q.kind === 'person' && q.type === 'multiple-choice'))
			for (const c of q.choices ?? []) expect(text).toContain(c);
		expect(GAZETTEER.politician).toEqual([]);
		const court = deck('court-case');
		const country = choicesFor(court, 'multiple-choice', /holiday home in _____/);
		expect(country.length).toBe(4);
		for (const c of country) expect(placeGroup(c)).toBe('country');
		expect(country).not.toContain('Russia');
	});

	it('blanks no word of another name and offers figures of the same sense', () => {
		const sport = deck('sport-results');
		expect(sport.questions.some((q) => /Real _____/.test(q.prompt))).toBe(false);
		expect(sport.questions.some((q) => /_____-\d/.test(q.prompt))).toBe(false);
		const quake = deck('earthquake');
		const age = choicesFor(quake, 'multiple-choice', /a _____-year-old/);
		expect(age).toContain('63');
		expect(age).not.toContain('30');
		const magnitude = choicesFor(quake, 'multiple-choice', /magnitude _____/);
		for (const c of magnitude) expect(c).toMatch(/^\d+\.\d$/);
	});

	it('swaps a name in a true/false only for one of the same sub-kind', () => {
		for (const name of ['us-business', 'uk-politics', 'court-case', 'sport-results']) {
			const d = deck(name);
			for (const q of d.questions) {
				if (q.type !== 'true-false' || q.answer !== 'False') continue;
				const fact = d.facts.find((f) => f.id === q.factIds[0])!;
				if (fact.kind === 'date' || fact.kind === 'figure') continue;
				const before = fact.sentence.slice(0, fact.sentence.indexOf(fact.text));
				const after = fact.sentence.slice(before.length + fact.text.length);
				// the stem may be trimmed after the fact: match on the words right after it
				const next = after.slice(0, 6);
				const stop = next ? q.prompt.indexOf(next, before.length) : q.prompt.length;
				const swapped = q.prompt.slice(before.length, stop).replace(/^the /, '');
				const kind = fact.kind as 'organisation' | 'person' | 'place';
				const answerGroup = groupOf(fact.text, kind);
				// an article name is grouped by its full form ("Tottenham" → Tottenham Hotspur)
				const other = d.facts.find((f) => f.text === swapped);
				const group = groupOf(swapped, kind) ?? (other && groupOf(other.value, kind));
				if (answerGroup && kind !== 'person')
					expect([swapped, group]).toEqual([swapped, answerGroup]);
			}
		}
	});
});
