/**
 * npm run bench: runs every benchmark in scripts/bench/ (one process each, in name order)
 * and leaves their JSON results in bench-results/.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, 'bench');
const only = process.argv.slice(2);
const benches = readdirSync(dir)
	.filter((f) => f.endsWith('.ts') && !f.includes('-') && !f.endsWith('.d.ts'))
	.filter((f) => only.length === 0 || only.some((name) => f.startsWith(name)))
	.sort();

let failed = 0;
for (const file of benches) {
	console.log(`\n== ${file.replace(/\.ts$/, '')} ==`);
	const run = spawnSync('npx', ['tsx', join(dir, file)], { stdio: 'inherit' });
	if (run.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
