import { expect, test, type Page } from '@playwright/test';
import { choose, download, freshDevice, learnerWithProgress } from './fixtures/backup/ui';
import { readStore } from './helpers/stored';

// Through the settings page, as a learner would: download a backup on one device, restore it
// on another. Damaged files are refused in trust-backup-damage.e2e.ts.

const STORES = ['articles', 'questions', 'facts', 'cards', 'reviews', 'settings'] as const;

async function snapshot(page: Page): Promise<Record<string, unknown[]>> {
	const out: Record<string, unknown[]> = {};
	for (const store of STORES) out[store] = await readStore(page, store);
	return out;
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
		[/^Replace/, 10],
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
