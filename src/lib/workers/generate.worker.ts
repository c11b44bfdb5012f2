/// <reference lib="webworker" />
// Runs the generator off the main thread so the import page never freezes.
import { ArticleInputError } from '$lib/core/errors';
import { generateWithStages, warmUp } from './generate';
import type { GenerateRequest, GenerateResponse } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: GenerateResponse) => scope.postMessage(message);

let asked = false;

scope.addEventListener('message', (event: MessageEvent<GenerateRequest>) => {
	asked = true;
	const request = event.data;
	const source =
		request.kind === 'text' ? { text: request.text } : { bytes: new Uint8Array(request.bytes) };
	try {
		const { deck, text } = generateWithStages(source, request.maxChars, (stage) =>
			reply({ id: request.id, type: 'stage', stage })
		);
		reply({ id: request.id, type: 'done', deck, text });
	} catch (error) {
		if (error instanceof ArticleInputError)
			reply({ id: request.id, type: 'error', problem: error.problem, message: error.message });
		else
			reply({
				id: request.id,
				type: 'error',
				problem: 'internal',
				message: `The article could not be turned into questions (${error instanceof Error ? error.message : String(error)}).`
			});
	}
});

// The page starts the worker when the import page opens. If no article comes within a
// moment, the generator reads in its model and lists now, while the learner picks a file,
// rather than after the drop; an article that comes first reads them in itself.
const WARM_UP_AFTER_MS = 500;
setTimeout(() => {
	if (asked) return;
	try {
		warmUp();
	} catch {
		// a warm-up that fails costs only time: the first import loads what it needs itself
	}
}, WARM_UP_AFTER_MS);
