import { expect, test } from '@playwright/test';
import { createV1Database } from './fixtures/db-v1/create';
import { V1_ARTICLE_ID, V1_RECORDS } from './fixtures/db-v1/records';
import { databaseVersion, readStore } from './helpers/stored';

test('the app upgrades a database made by schema version 1 and keeps every record', async ({
	page
}) => {
	// A file of the app's origin that runs no app code: the database is made before the app opens it.
	await page.goto('/favicon.svg');
	await createV1Database(page);

	await page.goto('/');
	await expect(page.getByRole('link', { name: 'My bridge article', exact: true })).toBeVisible({
		timeout: 20_000
	});

	expect(await databaseVersion(page)).toBeGreaterThan(1);

	// Every record is there with every field; version 2 moved the article text from the
	// article record to its facts record, so the text is looked for there.
	const [v1Article] = V1_RECORDS.articles;
	const { text, ...articleFields } = v1Article;
	expect(await readStore(page, 'articles')).toContainEqual(expect.objectContaining(articleFields));
	expect(await readStore(page, 'facts')).toContainEqual(
		expect.objectContaining({ ...V1_RECORDS.facts[0], text })
	);
	for (const store of ['questions', 'cards', 'reviews'] as const) {
		const stored = await readStore(page, store);
		for (const record of V1_RECORDS[store])
			expect(stored, `${store} lost a record`).toContainEqual(expect.objectContaining(record));
	}
	const cards = (await readStore(page, 'cards')) as {
		questionId: string;
		missedAt?: number;
		suspendedAt?: number;
		level?: string;
	}[];
	const card = (id: string) => cards.find((c) => c.questionId === id)!;
	// Version 2 derives what its indexes read from the version 1 fields.
	expect(card('v1-q-cost').missedAt).toBeDefined();
	expect(card('v1-q-cars').suspendedAt).toBe(V1_RECORDS.cards[2].suspended!.at);
	expect(card('v1-q-cars').level).toBeUndefined();
	expect(card('v1-q-date').level).toBeDefined();
	const settings = await readStore(page, 'settings');
	expect(settings).toContainEqual(V1_RECORDS.settings);

	// And the app reads them: the missed answer, the flagged question, the settings.
	await page.goto('/missed');
	await expect(
		page.locator('[data-testid="missed-item"][data-question-id="v1-q-cost"]')
	).toBeVisible();
	await page.goto('/settings');
	await expect(page.getByLabel('Questions per session')).toHaveValue('7');
	await page.goto(`/article?id=${V1_ARTICLE_ID}`);
	await expect(page.locator('main')).toContainText('The bridge cost $12 million');
});
