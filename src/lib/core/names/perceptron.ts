import { TAGS } from './tags';

/**
 * An averaged perceptron as in Honnibal (2013): weights change only on mistakes, and the
 * model kept is the average of the weights over every step, which generalises far better.
 */
export class AveragedPerceptron {
	readonly weights = new Map<string, Float64Array>();
	private readonly totals = new Map<string, Float64Array>();
	private readonly stamps = new Map<string, Float64Array>();
	private step = 0;

	addScores(features: readonly string[], scores: Float64Array): void {
		for (const f of features) {
			const w = this.weights.get(f);
			if (w) for (let t = 0; t < scores.length; t++) scores[t] += w[t];
		}
	}

	/** One training step: reward the gold tag and penalise the guess, if they differ. */
	update(features: readonly string[], gold: number, guess: number): void {
		this.step++;
		if (gold === guess) return;
		for (const f of features) {
			this.bump(f, gold, 1);
			this.bump(f, guess, -1);
		}
	}

	/**
	 * A structured step: rewards the features of the gold tags and penalises those of the
	 * guessed ones over a stretch of `steps` tokens (features the two share cancel out).
	 */
	updateSequence(
		gold: readonly (readonly string[])[],
		goldTags: readonly number[],
		guess: readonly (readonly string[])[],
		guessTags: readonly number[]
	): void {
		for (let k = 0; k < gold.length; k++) {
			if (goldTags[k] === guessTags[k] && gold[k] === guess[k]) continue;
			for (const f of gold[k]) this.bump(f, goldTags[k], 1);
			for (const f of guess[k]) this.bump(f, guessTags[k], -1);
		}
	}

	/** Counts one token seen, for the average. */
	tick(): void {
		this.step++;
	}

	/** The weights averaged over every step so far; training can go on afterwards. */
	averaged(): Map<string, Float64Array> {
		const out = new Map<string, Float64Array>();
		for (const [f, w] of this.weights) {
			const total = this.totals.get(f)!;
			const stamp = this.stamps.get(f)!;
			const avg = new Float64Array(w.length);
			for (let t = 0; t < w.length; t++)
				avg[t] = (total[t] + (this.step - stamp[t]) * w[t]) / this.step;
			out.set(f, avg);
		}
		return out;
	}

	private bump(f: string, tag: number, by: number): void {
		let w = this.weights.get(f);
		let total = this.totals.get(f);
		let stamp = this.stamps.get(f);
		if (!w || !total || !stamp) {
			w = new Float64Array(TAGS.length);
			total = new Float64Array(TAGS.length);
			stamp = new Float64Array(TAGS.length);
			this.weights.set(f, w);
			this.totals.set(f, total);
			this.stamps.set(f, stamp);
		}
		total[tag] += (this.step - stamp[tag]) * w[tag];
		stamp[tag] = this.step;
		w[tag] += by;
	}
}
