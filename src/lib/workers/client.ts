import { ArticleInputError } from '$lib/core/errors';
import { MAX_ARTICLE_CHARS } from '$lib/core/input';
import type { Deck } from '$lib/core/types';
import type { GenerateRequest, GenerateResponse, GenerateStage } from './protocol';

export type GenerateInput = { text: string } | { bytes: ArrayBuffer };

/** The page's handle on the generator worker: one worker, started on first use. */
export class GeneratorClient {
	#worker: Worker | null = null;
	#nextId = 1;

	generate(
		input: GenerateInput,
		onStage: (stage: GenerateStage) => void = () => {}
	): Promise<{ deck: Deck; text: string }> {
		const worker = this.start();
		const id = this.#nextId++;
		const request: GenerateRequest =
			'text' in input
				? { id, kind: 'text', text: input.text, maxChars: MAX_ARTICLE_CHARS }
				: { id, kind: 'bytes', bytes: input.bytes, maxChars: MAX_ARTICLE_CHARS };
		return new Promise((resolve, reject) => {
			const onMessage = (event: MessageEvent<GenerateResponse>) => {
				const message = event.data;
				if (message.id !== id) return;
				if (message.type === 'stage') return onStage(message.stage);
				done();
				if (message.type === 'done') resolve({ deck: message.deck, text: message.text });
				else if (message.problem === 'internal') reject(new Error(message.message));
				else reject(new ArticleInputError(message.problem, message.message));
			};
			const onError = (event: ErrorEvent) => {
				done();
				this.dispose();
				reject(new Error(`The question generator failed to start (${event.message}).`));
			};
			const done = () => {
				worker.removeEventListener('message', onMessage);
				worker.removeEventListener('error', onError);
			};
			worker.addEventListener('message', onMessage);
			worker.addEventListener('error', onError);
			worker.postMessage(request, 'bytes' in request ? [request.bytes] : []);
		});
	}

	/** Starts the worker now, so the generator's code loads before the learner imports. */
	start(): Worker {
		if (this.#worker) return this.#worker;
		const worker = new Worker(new URL('$lib/workers/generate.worker.ts', import.meta.url), {
			type: 'module'
		});
		// A worker that failed to load is dropped, so the next import starts a fresh one.
		worker.addEventListener('error', () => {
			if (this.#worker !== worker) return;
			worker.terminate();
			this.#worker = null;
		});
		return (this.#worker = worker);
	}

	dispose(): void {
		this.#worker?.terminate();
		this.#worker = null;
	}
}
