import { parseArticle } from '$lib/core/article/parse';
import { GENERATOR_VERSION } from '$lib/core/deck';
import { ArticleInputError } from '$lib/core/errors';
import { extractFacts } from '$lib/core/facts';
import { decodeArticleBytes } from '$lib/core/input';
import { buildQuestions } from '$lib/core/questions';
import type { Deck } from '$lib/core/types';
import type { GenerateStage } from './protocol';

export type Source = { text: string } | { bytes: Uint8Array };

/**
 * generateDeck, step by step, so a long article can show where it is. The steps and the
 * no-facts rule must match generateDeck exactly: generate.test.ts compares them.
 */
export function generateWithStages(
	source: Source,
	maxChars: number,
	onStage: (stage: GenerateStage) => void
): { deck: Deck; text: string } {
	let text: string;
	if ('bytes' in source) {
		onStage('reading');
		text = decodeArticleBytes(source.bytes);
	} else {
		text = source.text;
	}
	onStage('parsing');
	const chars = text.replace(/\r\n?/g, '\n').length;
	if (chars > maxChars)
		throw new ArticleInputError(
			'too-large',
			`This article is too long: ${chars.toLocaleString('en')} characters, and the limit is ${maxChars.toLocaleString('en')}. Import a shorter part of it.`
		);
	const article = parseArticle(text, { maxChars });
	onStage('finding-facts');
	const facts = extractFacts(article);
	onStage('writing-questions');
	const questions = buildQuestions(article, facts);
	if (facts.length === 0)
		throw new ArticleInputError(
			'no-facts',
			'No facts to ask about were found in this text: no dates, figures, people, places or organisations.'
		);
	if (questions.length === 0)
		throw new ArticleInputError(
			'no-questions',
			`This text names ${facts.length === 1 ? 'one fact' : `${facts.length} facts`}, but none worth a fair question: each is a side detail, in quoted words, or known without reading.`
		);
	const deck: Deck = {
		article: { id: article.id, title: article.title, words: article.words },
		generator: GENERATOR_VERSION,
		facts,
		questions
	};
	return { deck, text };
}

/**
 * A short made-up story that goes through every step: names of each kind, a date and a
 * figure, so that the name model, the reference lists and the English lexicon are all read in.
 */
const WARM_UP_TEXT =
	'Harbour town votes on new bridge\n\n' +
	'Anna Lee, the mayor of Brightwater, said on 3 May 2021 that the Harbour Council would spend ' +
	'$40 million on a bridge to Paris Island, which 1,200 people cross each day.\n';

/**
 * Reads in everything the generator loads on first use (the name model, the reference lists,
 * the English lexicon) by generating a deck of a short story, so the learner's first import
 * does not wait for it. Returns that deck.
 */
export function warmUp(): Deck {
	return generateWithStages({ text: WARM_UP_TEXT }, WARM_UP_TEXT.length, () => {}).deck;
}
