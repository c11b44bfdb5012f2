// The first page's JavaScript and CSS, gzipped, must stay within budget: everything the
// prerendered `/` loads before it can run (its script, modulepreload and stylesheet tags,
// the modules its boot script imports, and their static imports). Lazy chunks do not count.
// Run after `vite build`: npx tsx scripts/size-budget.ts [buildDir]. Exits 1 when over.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 60_000;
const buildDir = process.argv[2] ?? process.env.BUILD_DIR ?? 'build';

const gzipped = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

/** Site-absolute URLs the HTML loads up front. */
function entryUrls(html: string): string[] {
	const urls = new Set<string>();
	for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
		const rel = /\brel="([^"]+)"/.exec(tag)?.[1] ?? '';
		const url = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
		if (!url || url.startsWith('http') || url.startsWith('data:')) continue;
		if (tag.startsWith('<script') || rel === 'modulepreload' || rel === 'stylesheet') urls.add(url);
	}
	// SvelteKit's inline boot script imports the start and app entries right away.
	for (const [, body] of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g))
		for (const [, url] of body.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) urls.add(url);
	return [...urls];
}

/** Static imports of a built module (import … from "x", import "x", export … from "x"). */
function staticImports(code: string): string[] {
	const found = code.matchAll(
		/(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.js)["']/g
	);
	return [...found].map((m) => m[1]);
}

/** Every file the first page loads, as site paths, following static imports. */
function firstPageFiles(root: string): string[] {
	const html = readFileSync(join(root, 'index.html'), 'utf8');
	const seen = new Set<string>();
	const queue = entryUrls(html).map((url) => posix.normalize(new URL(url, 'http://x/').pathname));
	while (queue.length) {
		const path = queue.shift()!;
		if (seen.has(path)) continue;
		seen.add(path);
		if (!path.endsWith('.js')) continue;
		const code = readFileSync(join(root, path), 'utf8');
		for (const spec of staticImports(code))
			queue.push(posix.normalize(posix.join(posix.dirname(path), spec)));
	}
	return [...seen];
}

function workerChunks(root: string): { path: string; bytes: number }[] {
	const dir = join(root, '_app/immutable/workers');
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((f) => f.endsWith('.js'))
		.map((f) => ({ path: `/_app/immutable/workers/${f}`, bytes: gzipped(join(dir, f)) }));
}

if (!existsSync(join(buildDir, 'index.html'))) {
	console.error(`No ${buildDir}/index.html: run vite build first.`);
	process.exit(2);
}

const files = firstPageFiles(buildDir).map((path) => ({
	path,
	bytes: gzipped(join(buildDir, path))
}));
const total = files.reduce((sum, f) => sum + f.bytes, 0);
const workers = workerChunks(buildDir);

console.log(`First page (/) JavaScript and CSS, gzipped:`);
for (const f of files.sort((a, b) => b.bytes - a.bytes))
	console.log(`  ${kb(f.bytes).padStart(9)}  ${f.path}`);
console.log(`  ${kb(total).padStart(9)}  total (budget ${kb(BUDGET_BYTES)})`);
for (const w of workers) console.log(`Generator worker: ${kb(w.bytes)} gzipped  ${w.path}`);

const out = 'bench-results/size-budget.json';
mkdirSync(dirname(out), { recursive: true });
writeFileSync(
	out,
	JSON.stringify({ budgetBytes: BUDGET_BYTES, firstPageBytes: total, files, workers }, null, '\t') +
		'\n'
);

if (total > BUDGET_BYTES) {
	console.error(`Over budget by ${kb(total - BUDGET_BYTES)}.`);
	process.exit(1);
}
