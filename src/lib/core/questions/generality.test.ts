import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../article/parse';
import { generateDeck } from '../deck';
import { draftQuestions } from './index';
import type { Deck, Question } from '../types';
import { displayAnswer } from './answer';
import { distractorsFor } from './distractors';
import { GAZETTEER } from './distractors/gazetteer';
import { factGroup } from './distractors/names';
import { placeGroup } from './distractors/places';

const FIXTURES = readdirSync(new URL('../facts/fixtures/', import.meta.url))
	.filter((f) => f.endsWith('.txt'))
	.map((f) => f.slice(0, -'.txt'.length));
const decks = new Map<string, Deck>();
/** A fixture's deck with every question drafted: these tests are of the builders. */
const deck = (name: string): Deck => {
	if (!decks.has(name)) {
		const text = readFileSync(new URL(`../facts/fixtures/${name}.txt`, import.meta.url), 'utf8');
		const d = generateDeck(text);
		decks.set(name, { ...d, questions: draftQuestions(parseArticle(text), d.facts).questions });
	}
	return decks.get(name)!;
};
const choicesFor = (d: Deck, type: Question['type'], prompt: RegExp) =>
	d.questions.find((q) => q.type === type && prompt.test(q.prompt))?.choices ?? [];

// These fixtures were read while the generator was written (a few of their names stand in its
// lists and hints), so they show rules at work, not how well it does on news it has never
// met: corpus/unseen is kept for that.
describe('questions on the fixture articles', () => {
	const us = deck('us-business');

	it('never leaves a company suffix’s period outside the blank', () => {
		expect(us.questions.some((q) => q.prompt.includes('_____.' + ' said'))).toBe(false);
	});

	it('asks names typed, never with choices', () => {
		for (const name of FIXTURES)
			for (const q of deck(name).questions.filter((q) => q.type === 'multiple-choice'))
				expect(['date', 'figure'], q.prompt).toContain(q.kind);
	});

	it('finds wrong names of the answer’s sub-kind and region, for statements to swap in', () => {
		const other = (d: Deck, text: string) => {
			const f = d.facts.find((f) => f.text === text)!;
			return distractorsFor(f, displayAnswer(f), d.facts, displayAnswer, f.sentence);
		};
		const city = other(us, 'Houston');
		expect(city.length).toBeGreaterThanOrEqual(3);
		expect(city).not.toContain('Houston');
		const text = readFileSync(
			new URL('../facts/fixtures/us-business.txt', import.meta.url),
			'utf8'
		);
		for (const c of city) expect(placeGroup(c) === 'city' || text.includes(c)).toBe(true);
		// People are offered only from the article: never a famous name it does not mention.
		for (const f of us.facts.filter((f) => f.kind === 'person'))
			for (const c of other(us, f.text)) expect(text).toContain(c);
		expect(GAZETTEER.politician).toEqual([]);
		const court = deck('court-case');
		const country = other(court, 'Spain');
		expect(country.length).toBeGreaterThanOrEqual(3);
		for (const c of country) expect(placeGroup(c)).toBe('country');
		expect(country).not.toContain('Russia');
	});

	it('blanks no word of another name and offers figures of the same sense', () => {
		const sport = deck('sport-results');
		expect(sport.questions.some((q) => /Real _____/.test(q.prompt))).toBe(false);
		expect(sport.questions.some((q) => /_____-\d/.test(q.prompt))).toBe(false);
		const quake = deck('earthquake');
		// An age is no question of its own, but its wrong values keep to ages.
		expect(quake.questions.some((q) => /_____-year-old/.test(q.prompt))).toBe(false);
		const woman = quake.facts.find((f) => f.kind === 'figure' && f.text === '63')!;
		const age = distractorsFor(woman, '63', quake.facts, displayAnswer, 'a _____-year-old');
		expect(age.length).toBeGreaterThanOrEqual(3);
		expect(age).not.toContain('30');
		const magnitude = choicesFor(quake, 'multiple-choice', /magnitude _____/);
		for (const c of magnitude) expect(c).toMatch(/^\d+\.\d$/);
	});

	it('swaps a name in a true/false only for an article name of the same sub-kind', () => {
		// The swaps themselves, for every name in every fixture: the decks keep few false
		// statements about names, too few to show the rule.
		let swaps = 0;
		for (const name of FIXTURES) {
			const { facts } = deck(name);
			for (const fact of facts) {
				if (fact.kind === 'date' || fact.kind === 'figure') continue;
				const answer = displayAnswer(fact);
				const group = factGroup(fact, facts, answer);
				for (const swap of distractorsFor(fact, answer, facts, displayAnswer, '', true)) {
					swaps++;
					const named = facts.filter(
						(f) =>
							f.kind === fact.kind &&
							[displayAnswer(f), f.value, ...(f.aliases ?? [])].some((n) => n.endsWith(swap))
					);
					const groups = named.flatMap((f) => [
						factGroup(f, facts, displayAnswer(f)),
						factGroup(f, facts, swap)
					]);
					expect(group && groups.includes(group), `${answer} (${group}) → ${swap}`).toBe(true);
				}
			}
		}
		expect(swaps).toBeGreaterThan(100);
	});
});
