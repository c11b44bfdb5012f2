import type { Fact, Question } from '$lib/core/types';
import {
	getArticle,
	getArticleBody,
	getQuestions,
	toQuestion,
	type ArticleRecord
} from '$lib/store';
import { getDb, messageOf } from './db';

/** A fact with the questions that ask about it. */
export interface FactWithQuestions {
	fact: Fact;
	questions: Question[];
}

/** The article page: the text (render it as text, never as HTML), its facts and questions. */
export class ArticleState {
	#article = $state<ArticleRecord | null>(null);
	#text = $state('');
	#facts = $state<Fact[]>([]);
	#questions = $state<Question[]>([]);
	#loading = $state(false);
	#notFound = $state(false);
	#error = $state<string | null>(null);

	get article(): ArticleRecord | null {
		return this.#article;
	}

	/** The custom name if the learner gave one, else the title. */
	get title(): string {
		return this.#article ? (this.#article.customName ?? this.#article.title) : '';
	}

	get text(): string {
		return this.#text;
	}

	/** Facts in text order (for highlights: `text.slice(fact.start, fact.end)`). */
	get facts(): Fact[] {
		return this.#facts;
	}

	get questions(): Question[] {
		return this.#questions;
	}

	/** Each fact with its questions, in text order. */
	get byFact(): FactWithQuestions[] {
		const byId: Record<string, Question[]> = {};
		for (const q of this.#questions) for (const id of q.factIds) (byId[id] ??= []).push(q);
		return this.#facts.map((fact) => ({ fact, questions: byId[fact.id] ?? [] }));
	}

	get loading(): boolean {
		return this.#loading;
	}

	get notFound(): boolean {
		return this.#notFound;
	}

	get error(): string | null {
		return this.#error;
	}

	async load(id: string): Promise<void> {
		this.#loading = true;
		try {
			const db = await getDb();
			const [article, body, questions] = await Promise.all([
				getArticle(db, id),
				getArticleBody(db, id),
				getQuestions(db, id)
			]);
			this.#article = article ?? null;
			this.#notFound = !article;
			this.#text = body?.text ?? '';
			this.#facts = [...(body?.facts ?? [])].sort((a, b) => a.start - b.start);
			this.#questions = questions.map(toQuestion);
			this.#error = null;
		} catch (error) {
			this.#error = messageOf(error);
		} finally {
			this.#loading = false;
		}
	}
}
