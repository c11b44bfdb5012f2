import { saveImportedDeck } from '../decks';
import { GeneratorClient, type GenerateInput } from '$lib/workers/client';
import type { GenerateStage } from '$lib/workers/protocol';
import { checkArticleFile } from './article-file';
import { importProblemMessage } from './messages';

export interface ImportResult {
	articleId: string;
	title: string;
	questions: number;
	/** The same text was imported before: it is still one article. */
	duplicate: boolean;
}

export { STAGE_LABELS, type GenerateStage } from '$lib/workers/protocol';

export type ImportStatus = 'idle' | 'working' | 'done' | 'refused';

/** The import page: text or file → deck (in a worker) → stored, or a reason it was not. */
export class ArticleImport {
	#generator = new GeneratorClient();
	#status = $state<ImportStatus>('idle');
	#stage = $state<GenerateStage | null>(null);
	#error = $state<string | null>(null);
	#result = $state<ImportResult | null>(null);

	get status(): ImportStatus {
		return this.#status;
	}

	/** Where a running import is, for the progress display. */
	get stage(): GenerateStage | null {
		return this.#stage;
	}

	get error(): string | null {
		return this.#error;
	}

	get result(): ImportResult | null {
		return this.#result;
	}

	importText(text: string): Promise<void> {
		return this.#run(() => ({ text }));
	}

	// Files are read as bytes: the worker decodes them and refuses binary data.
	importFile(file: File): Promise<void> {
		return this.#run(async () => {
			checkArticleFile(file);
			return { bytes: await file.arrayBuffer() };
		});
	}

	/** Loads the generator in the background while the learner pastes or picks a file. */
	warm(): void {
		this.#generator.start();
	}

	dispose(): void {
		this.#generator.dispose();
	}

	async #run(input: () => GenerateInput | Promise<GenerateInput>): Promise<void> {
		if (this.#status === 'working') return;
		this.#status = 'working';
		this.#stage = null;
		this.#error = null;
		this.#result = null;
		try {
			const { deck, text } = await this.#generator.generate(
				await input(),
				(stage) => (this.#stage = stage)
			);
			const saved = await saveImportedDeck(deck, text);
			this.#result = {
				articleId: saved.articleId,
				title: deck.article.title,
				questions: saved.questions,
				duplicate: !saved.created
			};
			this.#status = 'done';
		} catch (error) {
			this.#error = importProblemMessage(error);
			this.#status = 'refused';
		} finally {
			this.#stage = null;
		}
	}
}
