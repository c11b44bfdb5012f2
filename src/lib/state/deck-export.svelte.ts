import { deckToTsv } from '$lib/core/export';
import type { Deck } from '$lib/core/types';
import { getArticle, getFacts, getQuestions, toQuestion } from '$lib/store';
import { getDb } from './db';
import { downloadFile, fileNameFor } from './download';
import { messageOf } from './errors';

export type DeckFormat = 'json' | 'tsv';

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

/** A deck as a file: JSON as `npm run generate` prints it, or TSV for Anki and Quizlet. */
export function deckFile(deck: Deck, format: DeckFormat) {
	return format === 'json'
		? {
				name: fileNameFor(deck.article.title, 'json'),
				content: JSON.stringify(deck, null, '\t') + '\n',
				type: 'application/json'
			}
		: {
				name: fileNameFor(deck.article.title, 'tsv'),
				content: deckToTsv(deck),
				type: 'text/tab-separated-values'
			};
}

/** Exports one stored article's deck; everything happens on the device. */
export class DeckExport {
	#busy = $state(false);
	#error = $state<string | null>(null);

	get busy(): boolean {
		return this.#busy;
	}

	get error(): string | null {
		return this.#error;
	}

	async download(articleId: string, format: DeckFormat): Promise<void> {
		this.#busy = true;
		this.#error = null;
		try {
			const file = deckFile(await loadStoredDeck(articleId), format);
			downloadFile(file.name, file.content, file.type);
		} catch (error) {
			this.#error = messageOf(error);
		} finally {
			this.#busy = false;
		}
	}
}
