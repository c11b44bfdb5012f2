import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const RULE = '@typescript-eslint/no-restricted-imports';
const root = fileURLToPath(new URL('../..', import.meta.url));

// The project's own config, only the layering rule; Svelte files are parsed without type
// information, which this rule does not need, so the whole tree lints in seconds.
const eslint = new ESLint({
	cwd: root,
	ruleFilter: ({ ruleId }) => ruleId === RULE,
	overrideConfig: [
		{
			files: ['**/*.svelte', '**/*.svelte.ts'],
			languageOptions: { parserOptions: { projectService: false } }
		}
	]
});

async function lintAs(fixture: string, filePath: string) {
	const code = readFileSync(new URL(`fixtures/${fixture}`, import.meta.url), 'utf8');
	const [result] = await eslint.lintText(code, { filePath: `${root}/${filePath}` });
	return result.messages.map((m) => ({ rule: m.ruleId, line: m.line, message: m.message }));
}

describe('the layering rule', () => {
	it.each([
		['core-imports-store.ts', 'src/lib/core/fixture.ts', [3, 4], /core is pure TypeScript/],
		['store-imports-state.ts', 'src/lib/store/fixture.ts', [2], /store imports only core/],
		['state-imports-component.ts', 'src/lib/state/fixture.ts', [2], /state imports only core/],
		[
			'component-imports-store.ts',
			'src/lib/components/fixture.ts',
			[3, 4],
			/components and routes/
		],
		['component-imports-store.ts', 'src/routes/fixture/+page.ts', [3, 4], /components and routes/]
	])(
		'refuses %s in %s',
		async (fixture, filePath, lines, message) => {
			const found = await lintAs(fixture, filePath);
			expect(found.map((m) => m.line)).toEqual(lines);
			for (const m of found) {
				expect(m.rule).toBe(RULE);
				expect(m.message).toMatch(message);
			}
			// the first lint loads ESLint's TypeScript parser, which takes seconds on a busy machine
		},
		30_000
	);

	it('lets a component import core types and state', async () => {
		expect(
			await lintAs('component-imports-core-types.ts', 'src/lib/components/fixture.ts')
		).toEqual([]);
	});

	it('finds no import across the layers in the source tree', async () => {
		const results = await eslint.lintFiles(['src']);
		const broken = results.flatMap((r) =>
			r.messages.map((m) => `${r.filePath.slice(root.length)}:${m.line} ${m.message}`)
		);
		expect(results.length).toBeGreaterThan(100);
		expect(broken).toEqual([]);
	}, 60_000);
});
