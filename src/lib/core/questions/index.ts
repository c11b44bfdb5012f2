import type { Article, Fact, Question } from '../types';

/** Placeholder: builds no questions yet. */
export function buildQuestions(article: Article, facts: Fact[]): Question[] {
	void article;
	void facts;
	return [];
}
