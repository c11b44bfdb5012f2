// Times importing a 5,000-word article in Chromium, from the file drop to "questions are
// ready" (generated in the worker and stored), over a few fresh profiles; prints the median
// and writes bench-results/import.json.
// Run after a build: npx tsx scripts/bench/import.ts (KIT_OUT_DIR picks the build to serve).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../chromium';
import { longArticle, median } from './long-article';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PORT = Number(process.env.BENCH_PORT ?? 4187);
const KIT_OUT_DIR = process.env.KIT_OUT_DIR ?? '.svelte-kit';

async function startPreview(): Promise<() => void> {
	const child = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
		env: { ...process.env, KIT_OUT_DIR },
		detached: true,
		stdio: 'ignore'
	});
	const stop = () => process.kill(-child.pid!, 'SIGTERM');
	for (let i = 0; i < 120; i++) {
		try {
			if ((await fetch(`http://localhost:${PORT}/import`)).ok) return stop;
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	stop();
	throw new Error(`vite preview did not start on port ${PORT}`);
}

if (!existsSync(join(KIT_OUT_DIR, 'output/client/service-worker.js'))) {
	console.error(`No build in ${KIT_OUT_DIR}: run vite build first (with the same KIT_OUT_DIR).`);
	process.exit(2);
}

const article = longArticle();
const stop = await startPreview();
const browser = await chromium.launch(chromiumLaunchOptions);
const runs: number[] = [];
const stageLog: Record<string, number>[] = [];
// A learner takes a moment to pick a file, in which the worker reads in its model and lists:
// the same import is also timed with the file dropped this long after the page is ready.
const PAUSE_MS = 2000;
const pausedRuns: number[] = [];
try {
	for (let run = 0; run < 2 * RUNS; run++) {
		const paused = run >= RUNS;
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`http://localhost:${PORT}/import`, { waitUntil: 'networkidle' });
		await page.getByRole('button', { name: 'Import text' }).waitFor();
		if (paused) await page.waitForTimeout(PAUSE_MS);
		const { ms, stages } = await page.evaluate(async (text) => {
			const zone = document.querySelector('[data-testid="drop-zone"]')!;
			const progress = document.querySelector('[data-testid="import-progress"]');
			const transfer = new DataTransfer();
			transfer.items.add(new File([text], 'week-of-news.txt', { type: 'text/plain' }));
			// When each progress message first shows, to see where the time goes.
			const stages: Record<string, number> = {};
			let start = 0;
			const ready = new Promise<void>((resolve, reject) => {
				const observer = new MutationObserver(() => {
					const label = progress?.textContent?.trim();
					if (label && !(label in stages)) stages[label] = Math.round(performance.now() - start);
					if (document.querySelector('[data-testid="import-result"]')) resolve();
					const error = document.querySelector('[data-testid="import-error"]');
					if (error) reject(new Error(error.textContent ?? 'import refused'));
				});
				observer.observe(document.body, { childList: true, subtree: true, characterData: true });
			});
			start = performance.now();
			zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true }));
			await ready;
			return { ms: performance.now() - start, stages };
		}, article.text);
		(paused ? pausedRuns : runs).push(Math.round(ms));
		if (!paused) stageLog.push(stages);
		console.log(`run ${run + 1}${paused ? ` (after ${PAUSE_MS} ms)` : ''}: ${Math.round(ms)} ms`);
		await context.close();
	}
} finally {
	await browser.close();
	stop();
}

const result = {
	what: 'import a 5,000-word article: drop → deck generated in the worker and stored',
	words: article.words,
	chars: article.text.length,
	runs,
	medianMs: median(runs),
	/** The same, the file dropped PAUSE_MS after the page is ready. */
	pauseMs: PAUSE_MS,
	pausedRuns,
	pausedMedianMs: median(pausedRuns),
	/** ms after the drop at which each progress message first showed, per run. */
	stages: stageLog,
	browser: `Chromium ${browser.version()}`,
	date: new Date().toISOString()
};
console.log(
	`Import of ${article.words} words: median ${result.medianMs} ms over ${RUNS} runs; ` +
		`${result.pausedMedianMs} ms with the file dropped ${PAUSE_MS} ms after the page is ready`
);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/import.json', JSON.stringify(result, null, '\t') + '\n');
