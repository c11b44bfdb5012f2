import prettier from 'eslint-config-prettier';
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';
import { layering } from './eslint.layers.js';

export default ts.config(
	{
		ignores: [
			'build*/',
			'.svelte-kit*/',
			'node_modules/',
			'test-results*/',
			'playwright-report*/',
			'bench-results/',
			// Code that breaks the layering on purpose, linted by tests/lint/layering.test.ts.
			'tests/lint/fixtures/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: { 'no-undef': 'off' }
	},
	{
		// The app never ships test code: helpers, fixtures and test libraries are for tests only.
		files: ['src/**/*.ts', 'src/**/*.js', 'src/**/*.svelte'],
		ignores: ['src/**/*.test.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: [
								'$tests',
								'$tests/**',
								'**/tests/**',
								'**/testing/**',
								'**/test-helpers*',
								'vitest',
								'vitest/**',
								'@vitest/**',
								'vitest-browser-svelte',
								'fake-indexeddb',
								'fake-indexeddb/**',
								'fast-check',
								'@playwright/**'
							],
							message: 'Test code is imported by tests (*.test.ts) only, never by the app.'
						}
					]
				}
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	...layering
);
