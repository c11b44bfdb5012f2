import { expect, test, type Page } from '@playwright/test';
import { importableArticle } from './pwa/helpers';
import { storedArticleIds } from './helpers/stored';

// Each refused import shows its own message and stores nothing.
async function openImport(page: Page): Promise<string[]> {
	await page.goto('/');
	await page.goto('/import');
	await expect(page.getByRole('button', { name: 'Import text' })).toBeEnabled();
	return storedArticleIds(page);
}

async function expectRefused(page: Page, message: RegExp, library: string[]) {
	await expect(page.getByTestId('import-error')).toContainText(message, { timeout: 30_000 });
	await expect(page.getByTestId('import-result')).toHaveCount(0);
	expect(await storedArticleIds(page)).toEqual(library);
}

async function pasteAndImport(page: Page, text: string) {
	await page.getByLabel('Article text').fill(text);
	await page.getByRole('button', { name: 'Import text' }).click();
}

/** Drops a file on the drop zone, as a learner dragging it from their desktop would. */
async function dropFile(page: Page, name: string, type: string, bytes: number[]) {
	const transfer = await page.evaluateHandle(
		({ name, type, bytes }) => {
			const dt = new DataTransfer();
			dt.items.add(new File([new Uint8Array(bytes)], name, { type }));
			return dt;
		},
		{ name, type, bytes }
	);
	await page.getByTestId('drop-zone').dispatchEvent('dragover', { dataTransfer: transfer });
	await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
}

const PNG_BYTES = [
	0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52
];

test('empty text', async ({ page }) => {
	const library = await openImport(page);
	await pasteAndImport(page, '   \n\n  ');
	await expectRefused(page, /no text to import/i, library);
});

test('text with no facts', async ({ page }) => {
	const library = await openImport(page);
	await pasteAndImport(page, 'The cat sat on the mat.\n\nIt was a nice mat, and the cat liked it.');
	await expectRefused(page, /no facts were found/i, library);
});

test('text whose only facts are in quoted words', async ({ page }) => {
	const library = await openImport(page);
	await pasteAndImport(
		page,
		'Mayor speaks\n\nThe mayor spoke on Monday. "We met Ana Ruiz in Kelby," he said.'
	);
	await expectRefused(page, /names 2 facts, but none worth a fair question/i, library);
	await expect(page.getByTestId('import-error')).toContainText(/nothing was saved/i);
	await page.setViewportSize({ width: 390, height: 844 });
	await page.screenshot({ path: test.info().outputPath('no-questions.png') });
});

test('more than 200,000 characters', async ({ page }) => {
	const library = await openImport(page);
	const article = importableArticle();
	const long = article.repeat(Math.ceil(200_001 / article.length)).slice(0, 200_001);
	await pasteAndImport(page, long);
	await expectRefused(page, /too long: 200,001 characters.*200,000/i, library);
});

test('a binary file named .txt, chosen with the file picker', async ({ page }) => {
	const library = await openImport(page);
	await page.getByLabel('Choose a file…').setInputFiles({
		name: 'photo.txt',
		mimeType: 'text/plain',
		buffer: Buffer.from(PNG_BYTES)
	});
	await expectRefused(page, /not text/i, library);
});

test('a file that is not .txt or .md, dropped', async ({ page }) => {
	const library = await openImport(page);
	await dropFile(page, 'article.pdf', 'application/pdf', [0x25, 0x50, 0x44, 0x46]);
	await expectRefused(page, /“article\.pdf” is not a text article/i, library);
});

test('a binary file named .md, dropped', async ({ page }) => {
	const library = await openImport(page);
	await dropFile(page, 'notes.md', '', PNG_BYTES);
	await expectRefused(page, /not text/i, library);
});

test('a .md file is imported, and the same text again is one article', async ({ page }) => {
	const library = await openImport(page);
	const bytes = [...Buffer.from(importableArticle(), 'utf8')];
	await dropFile(page, 'yukos.md', '', bytes);
	await expect(page.getByTestId('import-result')).toContainText('questions are ready', {
		timeout: 30_000
	});
	const after = await storedArticleIds(page);
	expect(after.length).toBe(library.length + 1);

	await pasteAndImport(page, importableArticle());
	await expect(page.getByTestId('import-result')).toContainText('imported this article before');
	expect(await storedArticleIds(page)).toEqual(after);
	await expect(page.getByRole('link', { name: 'Study it now' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'See it in the library' })).toBeVisible();
});
