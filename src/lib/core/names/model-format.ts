import { TAGS } from './tags';
import type { FeatureSink } from './features';
import type { NameModel } from './types';

export const MODEL_VERSION = 1;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Quantises trained weights to integers (all but the largest 0.1% within ±`levels`) and drops those that round to
 * less than `minimum`, which keeps the committed model small at almost no cost in accuracy.
 */
export function packModel(
	weights: ReadonlyMap<string, Float64Array>,
	levels: number,
	minimum: number
): NameModel {
	// The scale comes from a high quantile rather than the largest weight: a few outliers
	// (the bias, a very common word) would otherwise round every ordinary weight to nothing.
	const sizes: number[] = [];
	for (const w of weights.values()) for (const x of w) if (x !== 0) sizes.push(Math.abs(x));
	sizes.sort((a, b) => a - b);
	const high = sizes.length ? sizes[Math.floor((sizes.length - 1) * 0.999)] : 0;
	const scale = high > 0 ? levels / high : 1;
	const features: string[] = [];
	const segments: string[] = [];
	for (const f of [...weights.keys()].sort()) {
		const entries: string[] = [];
		weights.get(f)!.forEach((x, t) => {
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

// FNV-1a over UTF-16 code units; fed part by part it equals the hash of the whole string.
const FNV_OFFSET = 0x811c9dc5;

function fnv(h: number, s: string): number {
	for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
	return h;
}

/**
 * The committed model in a hash table keyed by the 32-bit hash of each feature string, so that
 * tagging looks features up without building their strings. Two features sharing a hash (rare
 * among some 20,000) share their weights.
 */
export class HashedModel {
	private readonly keys: Int32Array;
	private readonly slots: Int32Array;
	private readonly weights: Int32Array;
	private readonly mask: number;
	readonly size: number;

	constructor(model: NameModel) {
		if (model.version !== MODEL_VERSION || model.tags !== TAGS.join(' '))
			throw new Error('The name model does not match this version of the tagger.');
		const features = model.features.split('\n');
		const segments = model.weights.split(' ');
		if (features.length !== segments.length)
			throw new Error('The name model is damaged: features and weights differ in number.');
		let capacity = 1024;
		while (capacity < features.length * 2) capacity *= 2;
		this.mask = capacity - 1;
		this.keys = new Int32Array(capacity);
		this.slots = new Int32Array(capacity).fill(-1);
		this.weights = new Int32Array(features.length * TAGS.length);
		const entry = /([a-z])(-?\d+)/g;
		let used = 0;
		features.forEach((f, k) => {
			const h = fnv(FNV_OFFSET, f) | 0;
			let at = this.find(h);
			if (this.slots[at] < 0) {
				this.keys[at] = h;
				this.slots[at] = used++;
			}
			at = this.slots[at] * TAGS.length;
			for (const m of segments[k].matchAll(entry))
				this.weights[at + LETTERS.indexOf(m[1])] += Number(m[2]);
		});
		this.size = used;
	}

	/** A sink that adds the weights of each feature it receives to `scores`. */
	sink(scores: Float64Array): FeatureSink {
		return {
			add: (name, a = '', b = '', c = '', d = '', e = '') => {
				const h = fnv(fnv(fnv(fnv(fnv(fnv(FNV_OFFSET, name), a), b), c), d), e) | 0;
				const slot = this.slots[this.find(h)];
				if (slot < 0) return;
				const base = slot * TAGS.length;
				for (let t = 0; t < TAGS.length; t++) scores[t] += this.weights[base + t];
			}
		};
	}

	/** The slot holding hash `h`, or the empty slot where it would go. */
	private find(h: number): number {
		let at = (h ^ (h >>> 15)) & this.mask;
		while (this.slots[at] >= 0 && this.keys[at] !== h) at = (at + 1) & this.mask;
		return at;
	}
}
