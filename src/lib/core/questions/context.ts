import type { Article, Fact, Question } from '../types';

/** What every question builder reads. */
export interface BuildContext {
	article: Article;
	/** All facts of the article, in article order. */
	facts: Fact[];
	/** Facts of the learner's other articles: wrong choices after the article's own. */
	pool?: Fact[];
}

/** A question with how good it is (0–1), before filtering and ranking. */
export interface Candidate {
	question: Question;
	score: number;
}
