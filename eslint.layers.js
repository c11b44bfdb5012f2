/**
 * The layering of src/lib, enforced: core ← store ← state ← components and routes.
 * Each folder lists what it must not import; a broken rule fails `npm run lint`.
 * tests/lint/layering.test.ts proves each rule fires and that the tree keeps them.
 */

const RULE = '@typescript-eslint/no-restricted-imports';

// Test files may reach into any layer.
const TESTS = ['**/*.test.ts'];

/** `$lib/<folder>` or a relative path that climbs into `<folder>`. */
function into(folders, message, extra = {}) {
	const names = folders.join('|');
	return [
		{ regex: `^\\$lib/(${names})(/|$)`, message, ...extra },
		{ regex: `^(\\.\\./)+(${names})(/|$)`, message, ...extra }
	];
}

function layer(name, files, patterns) {
	return {
		name: `factdeck/layering/${name}`,
		files,
		ignores: TESTS,
		rules: { [RULE]: ['error', { patterns }] }
	};
}

const APP = ['store', 'state', 'components', 'view', 'pwa', 'workers', 'server', 'content'];

export const layering = [
	layer(
		'core',
		['src/lib/core/**'],
		[
			...into(APP, 'core is pure TypeScript: it imports nothing of the app.'),
			{
				regex: '^(\\$app|svelte|idb|workbox-[a-z-]+|node:)',
				message:
					'core runs at build time, in a Web Worker and in Node alike: no framework, storage or Node API.'
			}
		]
	),
	layer(
		'store',
		['src/lib/store/**'],
		[
			...into(
				APP.filter((f) => f !== 'store'),
				'store imports only core: the state classes call the store, never the reverse.'
			),
			{ regex: '^(\\$app|svelte)(/|$)', message: 'store knows nothing of the UI.' }
		]
	),
	layer(
		'state',
		['src/lib/state/**'],
		[
			...into(
				['components', 'view', 'pwa', 'server'],
				'state imports only core, store and the worker client.'
			)
		]
	),
	layer(
		'view',
		['src/lib/view/**'],
		[
			...into(
				APP.filter((f) => f !== 'view'),
				'view holds plain helpers of the components: it imports only core.'
			)
		]
	),
	layer(
		'pwa',
		['src/lib/pwa/**', 'src/service-worker.ts'],
		[
			...into(
				APP.filter((f) => f !== 'pwa'),
				'pwa is the service worker bridge: it imports no feature.'
			)
		]
	),
	layer(
		'workers',
		['src/lib/workers/**'],
		[
			...into(
				APP.filter((f) => f !== 'workers'),
				'the generator worker imports only core.'
			)
		]
	),
	layer(
		'server',
		['src/lib/server/**'],
		into(
			APP.filter((f) => f !== 'server' && f !== 'content'),
			'server builds the bundled decks from core and content only.'
		)
	),
	layer(
		'ui',
		[
			'src/lib/components/**',
			'src/routes/**/*.svelte',
			'src/routes/**/+page.ts',
			'src/routes/**/+layout.ts'
		],
		[
			...into(
				['store', 'workers', 'server', 'content'],
				'components and routes read and write data through state classes only.'
			),
			...into(
				['core'],
				'components and routes import core types only; values come through state.',
				{
					allowTypeImports: true
				}
			)
		]
	)
];
