import type { InputProblem } from '$lib/core/errors';
import type { Deck } from '$lib/core/types';

/** The steps of generation, in order, as the import page shows them. */
export type GenerateStage = 'reading' | 'parsing' | 'finding-facts' | 'writing-questions';

export const STAGE_LABELS: Record<GenerateStage, string> = {
	reading: 'Reading the file…',
	parsing: 'Parsing the article…',
	'finding-facts': 'Finding facts…',
	'writing-questions': 'Writing questions…'
};

/** Page → worker: pasted text, or the raw bytes of a file (decoded in the worker). */
export type GenerateRequest =
	| { id: number; kind: 'text'; text: string; maxChars: number }
	| { id: number; kind: 'bytes'; bytes: ArrayBuffer; maxChars: number };

/** Worker → page. `text` in `done` is the decoded article, which is what gets stored. */
export type GenerateResponse =
	| { id: number; type: 'stage'; stage: GenerateStage }
	| { id: number; type: 'done'; deck: Deck; text: string }
	| { id: number; type: 'error'; problem: InputProblem | 'internal'; message: string };
