import { parseArticle, type ParseOptions } from './article/parse';
import { extractFacts } from './facts';
import type { NameTagger } from './names';
import { buildQuestions } from './questions';
import type { Deck } from './types';

/**
 * Version of the generator. Bump it whenever a change alters the decks it makes, so stored
 * decks are regenerated (question ids stay stable where their facts are unchanged).
 */
export const GENERATOR_VERSION = 4;

export interface GenerateOptions extends ParseOptions {
	/** Another name tagger than the shipped model's (the eval scores with a train-only one). */
	tagger?: NameTagger;
}

/** article text → deck. Pure and deterministic: the same text gives the same deck. */
export function generateDeck(text: string, options: GenerateOptions = {}): Deck {
	const article = parseArticle(text, options);
	const facts = extractFacts(article, options.tagger);
	const questions = buildQuestions(article, facts);
	return {
		article: { id: article.id, title: article.title, words: article.words },
		generator: GENERATOR_VERSION,
		facts,
		questions
	};
}
