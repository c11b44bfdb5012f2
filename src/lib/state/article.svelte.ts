import type { Fact, Question } from '$lib/core/types';
import {
	getArticle,
	getArticleBody,
	getQuestions,
	toQuestion,
	type ArticleRecord
} from '$lib/store';
import { getDb } from './db';
import { Loadable } from './loadable.svelte';

export { FACT_KINDS } from '$lib/core/types';

/** A fact with the questions that ask about it. */
export interface FactWithQuestions {
	fact: Fact;
	questions: Question[];
}

interface ArticlePage {
	article: ArticleRecord | null;
	text: string;
	facts: Fact[];
	questions: Question[];
}

const EMPTY: ArticlePage = { article: null, text: '', facts: [], questions: [] };

/** The article page: the text (render it as text, never as HTML), its facts and questions. */
export class ArticleState extends Loadable<ArticlePage> {
	#notFound = $state(false);

	constructor() {
		super(EMPTY);
	}

	get article(): ArticleRecord | null {
		return this.value.article;
	}

	/** The custom name if the learner gave one, else the title. */
	readonly title: string = $derived(
		this.value.article ? (this.value.article.customName ?? this.value.article.title) : ''
	);

	get text(): string {
		return this.value.text;
	}

	/** Facts in text order (for highlights: `text.slice(fact.start, fact.end)`). */
	get facts(): Fact[] {
		return this.value.facts;
	}

	get questions(): Question[] {
		return this.value.questions;
	}

	/** Each fact with its questions, in text order. */
	readonly byFact: FactWithQuestions[] = $derived.by(() => {
		const byId: Record<string, Question[]> = {};
		for (const q of this.value.questions) for (const id of q.factIds) (byId[id] ??= []).push(q);
		return this.value.facts.map((fact) => ({ fact, questions: byId[fact.id] ?? [] }));
	});

	get notFound(): boolean {
		return this.#notFound;
	}

	load(id: string): Promise<void> {
		return this.run(async () => {
			const db = await getDb();
			const [article, body, questions] = await Promise.all([
				getArticle(db, id),
				getArticleBody(db, id),
				getQuestions(db, id)
			]);
			this.#notFound = !article;
			return {
				article: article ?? null,
				text: body?.text ?? '',
				facts: [...(body?.facts ?? [])].sort((a, b) => a.start - b.start),
				questions: questions.map(toQuestion)
			};
		});
	}
}
