/** Helpers the benchmarks share (no benchmark of its own: scripts/bench.ts skips names with "-"). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The keyed corpus's articles, which the project carries with it. */
const DIR = 'corpus/keyed';

/** A long article made of the keyed articles' paragraphs, in turn, up to `minWords` words. */
export function longArticle(minWords = 5_000): { text: string; words: number } {
	const paragraphs = readdirSync(DIR)
		.filter((f) => f.endsWith('.txt'))
		.sort()
		.flatMap((f) => readFileSync(join(DIR, f), 'utf8').split(/\n\s*\n/))
		.map((p) => p.trim())
		.filter(Boolean);
	const out = ['A week of news: Russia, Ukraine and the oil business'];
	let words = 9;
	for (let i = 0; words < minWords; i++) {
		const p = paragraphs[i % paragraphs.length];
		out.push(p);
		words += p.split(/\s+/).length;
	}
	return { text: out.join('\n\n') + '\n', words };
}

export function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
