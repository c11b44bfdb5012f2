import { expect, test, type Page } from '@playwright/test';
import { MAX_REVIEW_ID } from '../src/lib/store/backup/bounds';
import type { Deck, Question } from '../src/lib/core/types';
import { answer, bundledDeck, currentQuestion } from './app-support';
import { BROKEN_BACKUPS, LIBRARY_WORDS, PLAIN } from './fixtures/backup/broken';
import { sign } from './fixtures/backup/sign';
import { choose, download, learnerWithProgress } from './fixtures/backup/ui';
import { createV1Database } from './fixtures/db-v1/create';
import { V1_RECORDS } from './fixtures/db-v1/records';
import { deleteDatabase, dumpStores, putRecord, readReviews, readStore } from './helpers/stored';

// Damaged and edited backups through the settings page: each one refused in both modes with
// one plain sentence, and every object store byte for byte as it was.

/** The outcome of importing `content` under a name of its own, once the panel shows it. */
async function importAs(page: Page, content: string | Uint8Array, name: string, mode: RegExp) {
	await page.getByRole('radio', { name: mode }).check();
	await choose(page, content, name);
	const outcome = page.locator(`[data-file="${name}"]`);
	await expect(outcome).toBeVisible({ timeout: 30_000 });
	return outcome;
}

test('damaged and edited backups are refused in both modes and change nothing', async ({
	browser
}) => {
	test.setTimeout(240_000);
	expect(BROKEN_BACKUPS.length).toBeGreaterThanOrEqual(60);
	const page = await learnerWithProgress(browser);
	const valid = await download(page);
	const before = await dumpStores(page);
	for (const [i, broken] of BROKEN_BACKUPS.entries()) {
		const content = broken.make(valid);
		for (const mode of ['merge', 'replace']) {
			const what = `${broken.name} (${mode})`;
			const outcome = await importAs(
				page,
				content,
				`case-${i}-${mode}.json`,
				new RegExp(mode, 'i')
			);
			await expect(outcome, what).toHaveAttribute('data-testid', 'backup-error');
			const message = (await outcome.textContent())?.trim() ?? '';
			expect(message, what).toMatch(broken.says);
			expect(message, what).toMatch(PLAIN);
			expect(message, what).not.toMatch(LIBRARY_WORDS);
			expect(message, what).toMatch(/Nothing was changed\.$/);
			expect(await dumpStores(page), what).toBe(before);
		}
	}
});

test('the round trip is exact, and review keys at the top of their range keep answering', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const page = await learnerWithProgress(browser);
	// The session is left out: a replace ends it, since its questions may be gone.
	const original = await dumpStores(page, { skip: ['session'] });
	const file = await download(page);

	// Wipe: the app lets go of its connection when another one deletes the database.
	await deleteDatabase(page);
	await page.goto('/settings');
	// Enabled once the app has opened (and so created) its database again.
	await expect(page.getByLabel('Questions per session')).toBeEnabled();
	expect(await dumpStores(page, { skip: ['session'] })).not.toBe(original);
	const restored = await importAs(page, file, 'export.json', /^Replace/);
	await expect(restored).toHaveAttribute('data-testid', 'backup-done');
	expect(JSON.parse(await dumpStores(page, { skip: ['session'] }))).toEqual(JSON.parse(original));

	// A file made here, signed with a correct digest: the last allowed review keys.
	const edited = JSON.parse(file) as { data: { reviews: { id: number }[] } };
	const reviews = edited.data.reviews;
	reviews.forEach((r, i) => (r.id = MAX_REVIEW_ID - (reviews.length - 1 - i)));
	const top = await importAs(page, sign(edited), 'top.json', /^Replace/);
	await expect(top).toHaveAttribute('data-testid', 'backup-done');
	await answerOne(page, await bundledDeck(page));
	const keys = (await readReviews(page)).map((r) => r.id).sort((a, b) => a - b);
	expect(keys.at(-1)).toBe(MAX_REVIEW_ID + 1);
});

test('a store holding a review key at the limit of the key generator is repaired at open', async ({
	page
}) => {
	// A database of an earlier version, as an edited backup could leave it: one review key is
	// 2^53, so the old app failed every later answer.
	await page.goto('/favicon.svg');
	await createV1Database(page);
	const review = ((await readStore(page, 'reviews')) as { id: number }[]).find((r) => r.id === 4);
	await putRecord(page, 'reviews', { ...review, id: 9007199254740992 });
	const deck = await bundledDeck(page);
	const questions = [...deck.questions, ...(V1_RECORDS.questions as Question[])];
	await answerOne(page, { ...deck, questions });
	const reviews = await readReviews(page);
	expect(reviews).toHaveLength(V1_RECORDS.reviews.length + 2);
	for (const r of reviews) expect(r.id).toBeLessThanOrEqual(MAX_REVIEW_ID);
});

/** Answers the first question of a new quiz, and waits until it is stored. */
async function answerOne(page: Page, deck: Deck): Promise<void> {
	await page.goto('/quiz');
	await answer(page, await currentQuestion(page, deck), true);
}
