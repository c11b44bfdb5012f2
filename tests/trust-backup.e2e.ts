import { expect, test, type Browser, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { answer, bundledDeck, currentQuestion, goOn } from './app-support';
import { BROKEN_BACKUPS } from './fixtures/backup/broken';
import { readStore } from './fixtures/trust/idb';

// Through the settings page, as a learner would: download a backup on one device, restore it
// on another, and see broken files refused with the store untouched.

const STORES = ['articles', 'questions', 'facts', 'cards', 'reviews', 'settings'] as const;

async function snapshot(page: Page): Promise<Record<string, unknown[]>> {
	const out: Record<string, unknown[]> = {};
	for (const store of STORES) out[store] = await readStore(page, store);
	return out;
}

/** A learner with some progress: three answers (one wrong) and a changed setting. */
async function learnerWithProgress(browser: Browser): Promise<Page> {
	const page = await (await browser.newContext()).newPage();
	const deck = await bundledDeck(page);
	await page.goto('/quiz');
	for (const right of [true, false, true]) {
		await answer(page, await currentQuestion(page, deck), right);
		await goOn(page);
	}
	await page.goto('/settings');
	const length = page.getByLabel('Questions per session');
	await length.fill('12');
	await length.press('Tab');
	await expect(page.getByText('Session length saved.')).toBeAttached();
	return page;
}

async function download(page: Page): Promise<string> {
	await page.goto('/settings');
	const saving = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download a backup' }).click();
	const file = await saving;
	expect(file.suggestedFilename()).toMatch(/^factdeck-backup-\d{4}-\d{2}-\d{2}\.json$/);
	return readFileSync(await file.path(), 'utf8');
}

async function choose(page: Page, text: string | Buffer, name = 'backup.json'): Promise<void> {
	await page.getByTestId('backup-file').setInputFiles({
		name,
		mimeType: 'application/json',
		buffer: typeof text === 'string' ? Buffer.from(text) : text
	});
}

/** Opens the settings page of a fresh device (a new context) once its bundled deck is stored. */
async function freshDevice(browser: Browser): Promise<Page> {
	const page = await (await browser.newContext()).newPage();
	await page.goto('/');
	await expect(page.getByRole('link', { name: /^Study/ }).first()).toBeVisible({ timeout: 20_000 });
	await page.goto('/settings');
	await expect(page.getByTestId('backup-panel')).toBeVisible();
	return page;
}

test('a backup restores an equal store on another device', async ({ browser }) => {
	test.setTimeout(180_000);
	const first = await learnerWithProgress(browser);
	const original = await snapshot(first);
	expect(original.reviews).toHaveLength(3);
	const file = await download(first);

	const second = await freshDevice(browser);
	await second.getByLabel(/^Replace/).check();
	await choose(second, file);
	await expect(second.getByTestId('backup-done')).toBeVisible();
	expect(await snapshot(second)).toEqual(original);
	await expect(second.getByLabel('Questions per session')).toHaveValue('12');

	// Merging the same file again changes nothing: no answer is logged twice.
	await second.getByLabel(/^Merge/).check();
	await choose(second, file);
	await expect(second.getByTestId('backup-done')).toBeVisible();
	expect(await snapshot(second)).toEqual(original);
});

test('broken backup files are refused with a message and change nothing', async ({ browser }) => {
	test.setTimeout(300_000);
	const page = await learnerWithProgress(browser);
	const valid = await download(page);
	const before = await snapshot(page);
	for (const broken of BROKEN_BACKUPS) {
		await page.getByLabel(broken.name.includes('version') ? /^Replace/ : /^Merge/).check();
		await choose(page, broken.make(valid));
		const error = page.getByTestId('backup-error');
		await expect(error, broken.name).toBeVisible();
		await expect(error, broken.name).toContainText(broken.says);
		await expect(error).toContainText('Nothing was changed.');
	}
	expect(await snapshot(page)).toEqual(before);
});

test('a full disk during the import: a clear message and nothing half-written', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const first = await learnerWithProgress(browser);
	const file = JSON.parse(await download(first));
	// A long article makes the import larger than the room left.
	file.data.articles.push({
		id: 'big-article',
		title: 'A very long article',
		words: 400_000,
		source: 'imported',
		createdAt: 1,
		generator: 1,
		questionCount: 0
	});
	file.data.facts.push({ articleId: 'big-article', text: 'word '.repeat(400_000), facts: [] });

	const page = await freshDevice(browser);
	const before = await snapshot(page);
	const origin = new URL(page.url()).origin;
	const cdp = await page.context().newCDPSession(page);
	const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
	await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: usage + 200_000 });

	await page.getByLabel(/^Replace/).check();
	await choose(page, JSON.stringify(file));
	const error = page.getByTestId('backup-error');
	await expect(error).toBeVisible({ timeout: 30_000 });
	await expect(error).toContainText('no room left');
	expect(await snapshot(page)).toEqual(before);
});
