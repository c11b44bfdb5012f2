import type { Scorer } from './decode';
import { TAGS } from './tags';
import type { NameModel } from './types';

export const MODEL_VERSION = 1;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Quantises trained weights to integers (largest = `levels`) and drops those that round to
 * less than `minimum`, which keeps the committed model small at almost no cost in accuracy.
 */
export function packModel(
	weights: ReadonlyMap<string, Float64Array>,
	levels: number,
	minimum: number
): NameModel {
	let largest = 0;
	for (const w of weights.values()) for (const x of w) largest = Math.max(largest, Math.abs(x));
	const scale = largest > 0 ? levels / largest : 1;
	const features: string[] = [];
	const segments: string[] = [];
	for (const f of [...weights.keys()].sort()) {
		const w = weights.get(f)!;
		const entries: string[] = [];
		w.forEach((x, t) => {
			const q = Math.round(x * scale);
			if (Math.abs(q) >= minimum) entries.push(LETTERS[t] + q);
		});
		if (entries.length === 0) continue;
		features.push(f);
		segments.push(entries.join(''));
	}
	return {
		version: MODEL_VERSION,
		tags: TAGS.join(' '),
		scale,
		features: features.join('\n'),
		weights: segments.join(' ')
	};
}

/** The committed model, read into a map from feature to integer weight per tag. */
export class PackedScorer implements Scorer {
	private readonly weights = new Map<string, Int32Array>();

	constructor(model: NameModel) {
		if (model.version !== MODEL_VERSION || model.tags !== TAGS.join(' '))
			throw new Error('The name model does not match this version of the tagger.');
		const features = model.features.split('\n');
		const segments = model.weights.split(' ');
		if (features.length !== segments.length)
			throw new Error('The name model is damaged: features and weights differ in number.');
		const entry = /([a-z])(-?\d+)/g;
		features.forEach((f, k) => {
			const w = new Int32Array(TAGS.length);
			for (const m of segments[k].matchAll(entry)) w[LETTERS.indexOf(m[1])] = Number(m[2]);
			this.weights.set(f, w);
		});
	}

	addScores(features: readonly string[], scores: Float64Array): void {
		for (const f of features) {
			const w = this.weights.get(f);
			if (w) for (let t = 0; t < scores.length; t++) scores[t] += w[t];
		}
	}

	get size(): number {
		return this.weights.size;
	}
}
