import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { guard, type Guard } from './fixtures/trust/guard';
import { XSS_PAYLOADS } from './fixtures/xss/payloads';

// Each payload is imported as an article (headline and body) through the import page, then
// shown on the article page and in a quiz: it must stay text everywhere.

const CHUNK = 8;

function articleWith(payload: string): string {
	return `${payload}\n\nOn 3 March 2021 the Harbour Authority of Lake Town paid $12 million for a new bridge, said Mayor Anna Berg. ${payload} The bridge carries 4,000 cars a day.`;
}

async function importArticle(page: Page, text: string): Promise<string> {
	await page.goto('/import');
	await page.getByLabel('Article text').fill(text);
	await page.getByRole('button', { name: 'Import text' }).click();
	const result = page.getByTestId('import-result');
	await expect(result.or(page.getByTestId('import-error'))).toBeVisible({ timeout: 20_000 });
	await expect(result, 'the import was refused').toBeVisible();
	const href = await result.getByRole('link', { name: 'Study it now' }).getAttribute('href');
	return new URL(href!, 'http://x').searchParams.get('article')!;
}

async function expectNothingRan(page: Page, g: Guard): Promise<void> {
	const state = await page.evaluate(() => ({
		xss: (window as unknown as { __xss?: unknown }).__xss ?? null,
		title: document.title
	}));
	expect(state.xss, 'a payload ran').toBeNull();
	expect(state.title).not.toBe('pwned');
	await g.expectClean(page);
}

test('the corpus has at least 50 payloads', () => {
	expect(new Set(XSS_PAYLOADS).size).toBeGreaterThanOrEqual(50);
});

for (let from = 0; from < XSS_PAYLOADS.length; from += CHUNK) {
	const chunk = XSS_PAYLOADS.slice(from, from + CHUNK);
	test(`payloads ${from + 1}–${from + chunk.length} stay text: import, article, quiz`, async ({
		page,
		context
	}) => {
		test.setTimeout(180_000);
		const g = await guard(context);
		for (const payload of chunk) {
			const id = await importArticle(page, articleWith(payload));
			await expectNothingRan(page, g);

			await page.goto(`/article?id=${encodeURIComponent(id)}`);
			await expect(page.locator('main h1')).toBeVisible();
			await expect(page.locator('main')).not.toContainText('Loading the article');
			const shown = await page.locator('main').textContent();
			expect(shown, `the article page does not show ${payload} as text`).toContain(payload);
			await expectNothingRan(page, g);

			await page.goto(`/quiz?article=${encodeURIComponent(id)}`);
			await expect(page.getByTestId('question')).toBeVisible();
			await expectNothingRan(page, g);
		}
		// The library lists every title, payloads included.
		await page.goto('/');
		await expect(page.getByText(chunk.at(-1)!.slice(0, 20)).first()).toBeAttached();
		await expectNothingRan(page, g);
	});
}

test('no component or page inserts HTML: no {@html}, innerHTML or eval in src', () => {
	const files = (function walk(dir: string): string[] {
		return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
			e.isDirectory()
				? walk(join(dir, e.name))
				: /\.(svelte|ts|js)$/.test(e.name)
					? [join(dir, e.name)]
					: []
		);
	})('src').filter((f) => !/\.test\.ts$/.test(f));
	const risky =
		/\{@html|\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML|document\.write|\beval\(|new Function\(/;
	const found = files.filter((f) => risky.test(readFileSync(f, 'utf8')));
	expect(found).toEqual([]);
});
