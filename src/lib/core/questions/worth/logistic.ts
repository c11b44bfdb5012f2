import type { Features } from './features';

/** A logistic model over named features: p = σ(bias + Σ weight·value). */
export interface LogisticModel {
	bias: number;
	weights: Record<string, number>;
}

export function probability(model: LogisticModel, x: Features): number {
	let z = model.bias;
	for (const name in x) z += (model.weights[name] ?? 0) * x[name];
	return 1 / (1 + Math.exp(-z));
}

export interface Example {
	x: Features;
	/** 1 when raters judged the question acceptable. */
	y: 0 | 1;
}

/**
 * Fits by full-batch gradient descent with an L2 penalty: deterministic (no sampling), and
 * for a few thousand examples of a few dozen features it converges in well under a second.
 */
export function fitLogistic(
	examples: readonly Example[],
	options: { l2?: number; rate?: number; steps?: number } = {}
): LogisticModel {
	const { l2 = 0.01, rate = 0.5, steps = 3000 } = options;
	const names = [...new Set(examples.flatMap((e) => Object.keys(e.x)))].sort();
	const w = new Map(names.map((n) => [n, 0]));
	let bias = 0;
	const n = examples.length || 1;
	for (let step = 0; step < steps; step++) {
		const grad = new Map(names.map((k) => [k, 0]));
		let gBias = 0;
		for (const e of examples) {
			let z = bias;
			for (const k in e.x) z += w.get(k)! * e.x[k];
			const err = 1 / (1 + Math.exp(-z)) - e.y;
			gBias += err;
			for (const k in e.x) grad.set(k, grad.get(k)! + err * e.x[k]);
		}
		bias -= (rate * gBias) / n;
		for (const k of names) w.set(k, w.get(k)! - rate * (grad.get(k)! / n + l2 * w.get(k)!));
	}
	const weights: Record<string, number> = {};
	for (const k of names) weights[k] = Math.round(w.get(k)! * 1000) / 1000;
	return { bias: Math.round(bias * 1000) / 1000, weights };
}
