import type { Article, Fact, Question } from '../types';

/** What every question builder reads. */
export interface BuildContext {
	article: Article;
	/** All facts of the article, in article order. */
	facts: Fact[];
	/** Facts of the learner's other articles: wrong choices after the article's own. */
	pool?: Fact[];
	/**
	 * Sentences a question over several facts already stands on: another one avoids them,
	 * as two that share a sentence would give each other away and never meet in a session.
	 */
	claimed?: Set<number>;
}

/** A question with how good it is (0–1), before filtering and ranking. */
export interface Candidate {
	question: Question;
	score: number;
}
