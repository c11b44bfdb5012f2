import type { Article, Fact } from '../types';

/** Placeholder: finds no facts yet. */
export function extractFacts(article: Article): Fact[] {
	void article;
	return [];
}
