import type { Deck, Question } from '$lib/core/types';
import { withIndexFields } from './card-fields';
import type { ArticleRecord, ArticleSource, FactsRecord, QuestionRecord } from './records';
import type { FactdeckDb } from './schema';
import { commit, Requests } from './tx';

export interface SaveDeckResult {
	articleId: string;
	/** False when the article was already stored (same text): it was updated. */
	created: boolean;
	questions: number;
	/** Cards whose progress carried over to the new deck. */
	kept: number;
	/** Cards whose question is no longer in the deck: kept, but no longer asked. */
	retired: number;
}

/** A stored question without its storage fields. */
export function toQuestion(record: QuestionRecord): Question {
	const { articleId, order, ...question } = record;
	void articleId;
	void order;
	return question;
}

/**
 * Stores an article with its deck in one transaction. Cards of questions the new deck still
 * has keep their state; cards of vanished questions are retired, never deleted.
 */
export async function saveDeck(
	db: FactdeckDb,
	deck: Deck,
	text: string,
	source: ArticleSource,
	now: number
): Promise<SaveDeckResult> {
	const articleId = deck.article.id;
	const questions: QuestionRecord[] = deck.questions.map((q, order) => ({
		...q,
		articleId,
		order
	}));
	const ids = new Set(questions.map((q) => q.id));
	const facts: FactsRecord = { articleId, text, facts: deck.facts };
	const tx = db.transaction(['articles', 'questions', 'facts', 'cards'], 'readwrite');
	return commit(tx, async () => {
		const articles = tx.objectStore('articles');
		const questionStore = tx.objectStore('questions');
		const cards = tx.objectStore('cards');
		const [existing, oldIds, oldCards] = await Promise.all([
			articles.get(articleId),
			questionStore.index('by-article').getAllKeys(articleRange(articleId)),
			cards.index('by-article').getAll(articleId)
		]);
		const article: ArticleRecord = {
			id: articleId,
			title: deck.article.title,
			words: deck.article.words,
			source: existing?.source ?? source,
			createdAt: existing?.createdAt ?? now,
			generator: deck.generator,
			questionCount: questions.length
		};
		if (existing?.customName) article.customName = existing.customName;
		const writes = new Requests();
		writes.add(articles.put(article));
		writes.add(tx.objectStore('facts').put(facts));
		for (const id of oldIds) if (!ids.has(id)) writes.add(questionStore.delete(id));
		for (const q of questions) writes.add(questionStore.put(q));
		let kept = 0;
		let retired = 0;
		for (const card of oldCards) {
			const retire = !ids.has(card.questionId);
			if (retire) retired++;
			else kept++;
			if (card.retired !== retire)
				writes.add(cards.put(withIndexFields({ ...card, retired: retire })));
		}
		await writes.done();
		return { articleId, created: !existing, questions: questions.length, kept, retired };
	});
}

/** Every [articleId, order] key of one article in the questions' `by-article` index. */
export function articleRange(articleId: string): IDBKeyRange {
	return IDBKeyRange.bound([articleId, -Infinity], [articleId, Infinity]);
}

export async function getArticle(db: FactdeckDb, id: string): Promise<ArticleRecord | undefined> {
	return db.get('articles', id);
}

export async function getFacts(db: FactdeckDb, articleId: string) {
	return (await db.get('facts', articleId))?.facts ?? [];
}

/** The article text and facts; undefined for an unknown article. */
export async function getArticleBody(
	db: FactdeckDb,
	articleId: string
): Promise<FactsRecord | undefined> {
	return db.get('facts', articleId);
}

/** The article's questions in deck order. */
export async function getQuestions(db: FactdeckDb, articleId: string): Promise<QuestionRecord[]> {
	return db.getAllFromIndex('questions', 'by-article', articleRange(articleId));
}

export async function getQuestion(db: FactdeckDb, id: string): Promise<QuestionRecord | undefined> {
	return db.get('questions', id);
}

/** Sets the learner's name for an article; an empty name goes back to the title. */
export async function renameArticle(db: FactdeckDb, id: string, name: string): Promise<void> {
	const tx = db.transaction('articles', 'readwrite');
	await commit(tx, async () => {
		const article = await tx.store.get(id);
		if (!article) return;
		const trimmed = name.trim().slice(0, 200);
		if (trimmed) article.customName = trimmed;
		else delete article.customName;
		await tx.store.put(article);
	});
}

/** Deletes an article with its questions, facts, cards and reviews, in one transaction. */
export async function deleteArticle(db: FactdeckDb, id: string): Promise<void> {
	const tx = db.transaction(
		['articles', 'questions', 'facts', 'cards', 'reviews', 'session'],
		'readwrite'
	);
	await commit(tx, async () => {
		const [questionIds, cardIds, reviewIds, session] = await Promise.all([
			tx.objectStore('questions').index('by-article').getAllKeys(articleRange(id)),
			tx.objectStore('cards').index('by-article').getAllKeys(id),
			tx.objectStore('reviews').index('by-article').getAllKeys(id),
			tx.objectStore('session').get('current')
		]);
		const writes = new Requests();
		writes.add(tx.objectStore('articles').delete(id));
		writes.add(tx.objectStore('facts').delete(id));
		for (const k of questionIds) writes.add(tx.objectStore('questions').delete(k));
		for (const k of cardIds) writes.add(tx.objectStore('cards').delete(k));
		for (const k of reviewIds) writes.add(tx.objectStore('reviews').delete(k));
		if (session?.session.articleId === id) writes.add(tx.objectStore('session').delete('current'));
		await writes.done();
	});
}
