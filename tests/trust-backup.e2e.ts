import { expect, test, type Browser, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
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

async function choose(page: Page, text: string, name = 'backup.json'): Promise<void> {
	const input = page.getByTestId('backup-file');
	// Playwright hands over large files by path only.
	if (text.length > 40 * 1024 * 1024) {
		const path = test.info().outputPath(name);
		writeFileSync(path, text);
		await input.setInputFiles(path);
	} else {
		await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
	}
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
	await second.getByRole('radio', { name: /^Replace/ }).check();
	await choose(second, file);
	await expect(second.getByTestId('backup-done')).toBeVisible();
	expect(await snapshot(second)).toEqual(original);
	await expect(second.getByLabel('Questions per session')).toHaveValue('12');

	// Merging the same file again changes nothing: no answer is logged twice.
	await second.getByRole('radio', { name: /^Merge/ }).check();
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
		await page
			.getByRole('radio', { name: broken.name.includes('version') ? /^Replace/ : /^Merge/ })
			.check();
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
	const file = await download(first);

	const page = await freshDevice(browser);
	// Chromium's quota override (CDP Storage.overrideQuotaForOrigin) does not reach Playwright's
	// browser contexts, so the disk fills up the way IndexedDB reports it: after some writes,
	// the next put fails with a QuotaExceededError.
	await page.evaluate(() => {
		const w = window as unknown as { __putsLeft: number };
		const put = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
			if (--w.__putsLeft < 0)
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			return put.apply(this, args);
		};
	});
	const before = await snapshot(page);
	// Some writes succeed first: the ones already made must be undone with the rest.
	for (const [mode, room] of [
		[/^Replace/, 40],
		[/^Merge/, 3]
	] as const) {
		await page.evaluate(
			(n) => ((window as unknown as { __putsLeft: number }).__putsLeft = n),
			room
		);
		await page.getByRole('radio', { name: mode }).check();
		await choose(page, file);
		const error = page.getByTestId('backup-error');
		await expect(error).toBeVisible({ timeout: 30_000 });
		await expect(error).toContainText('no room left');
		await expect(error).toContainText('Nothing was changed.');
		expect(await snapshot(page)).toEqual(before);
	}
});
