/**
 * Store benchmark in Chromium with real IndexedDB: `npx tsx scripts/bench/store.ts`.
 * Bundles store-page.ts with esbuild, serves it from localhost, times it in the page, and
 * writes bench-results/store.json.
 */
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { chromiumLaunchOptions } from '../chromium';

const root = resolve(import.meta.dirname, '../..');
const PORT = Number(process.env.STORE_BENCH_PORT ?? 4191);
const TARGETS = { writeOneAnswerMs: 5, next20DueMs: 20, openLibraryMs: 100 };

async function bundle(): Promise<string> {
	const result = await build({
		entryPoints: [join(import.meta.dirname, 'store-page.ts')],
		bundle: true,
		format: 'iife',
		target: 'es2022',
		write: false,
		minify: true,
		plugins: [
			{
				name: 'sveltekit-lib-alias',
				setup(b) {
					b.onResolve({ filter: /^\$lib(\/|$)/ }, async (args) =>
						b.resolve(args.path.replace(/^\$lib/, join(root, 'src/lib')), {
							kind: args.kind,
							resolveDir: args.resolveDir
						})
					);
				}
			}
		]
	});
	return result.outputFiles[0].text;
}

async function main() {
	const script = await bundle();
	const html =
		'<!doctype html><meta charset="utf-8"><title>store bench</title><script src="/bench.js"></script>';
	const server = createServer((req, res) => {
		const js = req.url === '/bench.js';
		res.writeHead(200, { 'content-type': js ? 'text/javascript' : 'text/html' });
		res.end(js ? script : html);
	});
	await new Promise<void>((ok) => server.listen(PORT, '127.0.0.1', ok));
	const browser = await chromium.launch(chromiumLaunchOptions);
	try {
		const page = await browser.newPage();
		page.on('pageerror', (e) => console.error('page error:', e));
		page.on('console', (m) => console.log('page:', m.text()));
		await page.goto(`http://127.0.0.1:${PORT}/`);
		const results = await page.evaluate(
			() => (window as unknown as { runBench: () => Promise<Record<string, unknown>> }).runBench(),
			undefined
		);
		const medians = Object.fromEntries(
			Object.entries(TARGETS).map(([k, target]) => {
				const m = (results[k] as { median: number }).median;
				return [k, { median: Math.round(m * 100) / 100, target, ok: m <= target }];
			})
		);
		const out = {
			date: new Date().toISOString(),
			browser: `Chromium ${browser.version()}`,
			medians,
			...results
		};
		mkdirSync(join(root, 'bench-results'), { recursive: true });
		writeFileSync(join(root, 'bench-results/store.json'), JSON.stringify(out, null, '\t') + '\n');
		console.log('setup:', JSON.stringify(results.setup));
		for (const [k, v] of Object.entries(medians))
			console.log(
				`${k.padEnd(18)} median ${String(v.median).padStart(7)} ms  (target ≤ ${v.target} ms) ${v.ok ? 'ok' : 'OVER'}`
			);
		for (const k of ['next20DueOneArticleMs', 'openStatsMs']) {
			const m = (results[k] as { median: number }).median;
			console.log(`${k.padEnd(18)} median ${m.toFixed(2).padStart(7)} ms  (no target)`);
		}
		console.log('wrote bench-results/store.json');
	} finally {
		await browser.close();
		server.close();
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
