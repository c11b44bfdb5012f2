import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	anyText,
	articleText,
	endlessSentence,
	headlinedText,
	hostileText
} from '$tests/fixtures/articles/arbitraries';
import { deckProblems } from '$tests/fixtures/articles/deck-problems';
import { parseArticle } from './article/parse';
import { generateDeck } from './deck';
import { ArticleInputError } from './errors';
import { MAX_ARTICLE_CHARS } from './input';

// Fixed seeds: every run checks the same inputs, and a failure prints its counterexample.
const SEED = 20261125;
const LIMITS = { maxChars: MAX_ARTICLE_CHARS };
// The generator runs an NLP tagger over each text: generous limits for a shared machine.
const SLOW = { timeout: 300_000 };

/**
 * The generator's contract on any input: either a valid deck, or an ArticleInputError that
 * names a real problem of the input. Returns what is wrong, or null.
 */
function contractBroken(input: string): string | null {
	let deck;
	try {
		deck = generateDeck(input, LIMITS);
	} catch (error) {
		if (!(error instanceof ArticleInputError)) return `threw ${String(error)}`;
		if (error.problem === 'empty' && input.trim() !== '') return 'called non-empty text empty';
		if (error.problem === 'too-large' && input.length <= MAX_ARTICLE_CHARS)
			return 'called short text too large';
		return null;
	}
	const problems = deckProblems(parseArticle(input, LIMITS), deck);
	return problems.length ? problems.join('; ') : null;
}

function holds(arbitrary: fc.Arbitrary<string>, numRuns: number, shrink = true): void {
	fc.assert(
		fc.property(arbitrary, (input) => {
			expect(contractBroken(input), `input: ${JSON.stringify(input)}`).toBeNull();
		}),
		{ seed: SEED, numRuns, endOnFailure: !shrink }
	);
}

describe('generateDeck on any input', () => {
	it('random Unicode: a valid deck or an input error (4,500 inputs)', SLOW, () =>
		holds(anyText, 4500)
	);

	it('article-shaped text: a valid deck (2,500 inputs)', SLOW, () => holds(articleText(), 2500));

	it('articles with a headline: a valid deck (1,000 inputs)', SLOW, () =>
		holds(headlinedText, 1000)
	);

	it('only numbers, only emoji or punctuation, long run-ons (1,500 inputs)', SLOW, () =>
		holds(hostileText, 1500)
	);

	it('one sentence of hundreds of words (10 inputs)', SLOW, () =>
		// Shrinking inputs this long takes minutes; the other properties find small ones.
		holds(endlessSentence, 10, false)
	);

	it('is deterministic: the same text gives the same deck (200 inputs)', SLOW, () =>
		fc.assert(
			fc.property(articleText(), (input) => {
				expect(generateDeck(input)).toEqual(generateDeck(input));
			}),
			{ seed: SEED, numRuns: 200 }
		)
	);

	it('line endings do not change the deck (100 inputs)', SLOW, () =>
		fc.assert(
			fc.property(articleText(), (input) => {
				const unix = input.replace(/\r\n?/g, '\n');
				expect(generateDeck(unix.replace(/\n/g, '\r\n'))).toEqual(generateDeck(unix));
			}),
			{ seed: SEED, numRuns: 100 }
		)
	);
});

describe('the deck checker', () => {
	const text =
		'The bridge opened on 3 March 2021 and closed on 5 May 2022. The mayor left on 1 June 2023.';

	it('sees a broken offset, a wrong answer and a missing fact', () => {
		const deck = generateDeck(text);
		const [fact] = deck.facts;
		const question = deck.questions.find((q) => q.type === 'multiple-choice')!;
		const broken = {
			...deck,
			facts: [{ ...fact, start: fact.start + 1 }, ...deck.facts.slice(1)],
			questions: [{ ...question, answer: 'none of these', factIds: ['nowhere'] }]
		};
		const problems = deckProblems(parseArticle(text), broken).join('\n');
		expect(problems).toMatch(/text\.slice/);
		expect(problems).toMatch(/not among choices/);
		expect(problems).toMatch(/does not exist/);
	});

	// The smallest input found for the property "each source sentence once": a timeline
	// whose events share a sentence repeats that sentence in its source, once per event.
	it('finds no problem in a deck of three dates, two in one sentence', () => {
		expect(deckProblems(parseArticle(text), generateDeck(text))).toEqual([]);
	});
});

describe('generateDeck refuses what is not an article', () => {
	it('empty or blank text', () =>
		fc.assert(
			fc.property(fc.array(fc.constantFrom(' ', '\n', '\t', '\r\n', '\u00A0')), (blank) => {
				expect(() => generateDeck(blank.join(''))).toThrow(ArticleInputError);
			}),
			{ seed: SEED, numRuns: 100 }
		));

	it('binary data', () =>
		fc.assert(
			fc.property(articleText(), fc.nat(), (input, at) => {
				const i = at % (input.length + 1);
				const binary = input.slice(0, i) + '\u0000' + input.slice(i);
				const error = captured(() => generateDeck(binary));
				expect(error).toBeInstanceOf(ArticleInputError);
				expect((error as ArticleInputError).problem).toBe('binary');
			}),
			{ seed: SEED, numRuns: 100 }
		));

	it('text over the size limit', () => {
		const error = captured(() => generateDeck('The army grew. '.repeat(20_000), LIMITS));
		expect((error as ArticleInputError).problem).toBe('too-large');
	});
});

function captured(run: () => unknown): unknown {
	try {
		run();
	} catch (error) {
		return error;
	}
	return null;
}
