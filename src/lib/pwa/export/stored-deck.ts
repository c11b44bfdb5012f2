import type { Deck } from '$lib/core/types';
import { getArticle, getFacts, getQuestions, toQuestion } from '$lib/store';
import { getDb } from '$lib/state/db';

/** The stored deck of an article, in the deck format `npm run generate` prints. */
export async function loadStoredDeck(articleId: string): Promise<Deck> {
	const db = await getDb();
	const article = await getArticle(db, articleId);
	if (!article) throw new Error('This article is no longer in your library.');
	const [facts, questions] = await Promise.all([
		getFacts(db, articleId),
		getQuestions(db, articleId)
	]);
	return {
		article: { id: article.id, title: article.customName ?? article.title, words: article.words },
		generator: article.generator,
		facts,
		questions: questions.sort((a, b) => a.order - b.order).map(toQuestion)
	};
}
