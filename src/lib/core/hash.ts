/**
 * FNV-1a, 64 bits, as 16 hex digits. Ids built from it must never change between
 * versions: a learner's progress is keyed by them.
 */
export function hash64(input: string): string {
	let h1 = 0x84222325;
	let h2 = 0xcbf29ce4;
	const step = (byte: number) => {
		h1 = (h1 ^ byte) >>> 0;
		// (h2:h1) × 0x100000001b3 mod 2^64, in 32-bit halves
		const lo = h1 * 0x1b3;
		const hi = h2 * 0x1b3 + ((h1 << 8) >>> 0) + Math.floor(lo / 0x100000000);
		h1 = lo >>> 0;
		h2 = hi >>> 0;
	};
	for (let i = 0; i < input.length; i++) {
		const c = input.charCodeAt(i);
		step(c & 0xff);
		if (c > 0xff) step(c >>> 8);
	}
	return h2.toString(16).padStart(8, '0') + h1.toString(16).padStart(8, '0');
}

/** A small seeded generator (mulberry32), so every shuffle is the same on every run. */
export function seededRandom(seed: string): () => number {
	let a = parseInt(hash64(seed).slice(8), 16) >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Fisher–Yates with a seeded generator. Returns a new array. */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
	const out = items.slice();
	const rand = seededRandom(seed);
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(rand() * (i + 1));
		[out[i], out[j]] = [out[j], out[i]];
	}
	return out;
}
