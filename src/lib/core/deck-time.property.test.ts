import { describe, expect, it } from 'vitest';
import { articleOfSize } from '$tests/fixtures/articles/arbitraries';
import { generateDeck } from './deck';

// Not a benchmark: a guard against quadratic work. Eight times the text may take at most
// 8 × SLACK times as long (medians); a quadratic step would take ~64 times as long. The
// machine is shared, so the two sizes run interleaved and a load spike slows both alike.
// Large enough that the small size takes milliseconds, not timer noise.
const SMALL = 1_500;
const SLACK = 4;
const REPEATS = 5;

function timeMs(text: string): number {
	const start = performance.now();
	generateDeck(text);
	return performance.now() - start;
}

function median(times: number[]): number {
	return [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

describe('generateDeck time', () => {
	for (const seed of [1, 2])
		it(`grows no faster than linearly (articles of seed ${seed})`, { timeout: 300_000 }, () => {
			const small = articleOfSize(seed, SMALL);
			const large = articleOfSize(seed, SMALL * 8);
			timeMs(small); // warm-up: JIT and lazy tables
			timeMs(large);
			const smallTimes: number[] = [];
			const largeTimes: number[] = [];
			for (let i = 0; i < REPEATS; i++) {
				smallTimes.push(timeMs(small));
				largeTimes.push(timeMs(large));
			}
			const t1 = Math.max(median(smallTimes), 1);
			const t8 = median(largeTimes);
			expect(
				t8,
				`${SMALL} chars: ${t1.toFixed(1)} ms; ${SMALL * 8} chars: ${t8.toFixed(1)} ms`
			).toBeLessThan(t1 * 8 * SLACK);
		});
});
