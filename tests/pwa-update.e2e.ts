import { expect, test } from '@playwright/test';
import {
	buildApp,
	importableArticle,
	answerCurrentQuestion,
	serviceWorkerVersion,
	startPreview,
	waitForServiceWorker,
	type Server
} from './pwa/helpers';
import { storedArticleIds, storedReviewCount } from './helpers/stored';

// Two builds served one after the other on the same origin, as a deploy would.
const PORT = 4186;
const ORIGIN = `http://localhost:${PORT}`;
const OLD = {
	KIT_OUT_DIR: '.svelte-kit-pwa-old',
	BUILD_DIR: 'build-pwa-old',
	APP_VERSION: 'update-test-1'
};
const NEW = {
	KIT_OUT_DIR: '.svelte-kit-pwa-new',
	BUILD_DIR: 'build-pwa-new',
	APP_VERSION: 'update-test-2'
};

test.describe.configure({ timeout: 300_000 });

let server: Server | null = null;

test.beforeAll(() => {
	buildApp(OLD);
	buildApp(NEW);
});

test.afterEach(async () => {
	await server?.stop();
	server = null;
});

test('an open page offers the new version, reloads only on click, and keeps the data', async ({
	page,
	context
}) => {
	server = await startPreview(OLD.KIT_OUT_DIR, PORT);
	await page.goto(`${ORIGIN}/`);
	await waitForServiceWorker(page);
	expect(await serviceWorkerVersion(page)).toBe(OLD.APP_VERSION);

	// Learner data made under the old version.
	await page.goto(`${ORIGIN}/import`);
	await page.getByLabel('Article text').fill(importableArticle());
	await page.getByRole('button', { name: 'Import text' }).click();
	await expect(page.getByTestId('import-result')).toContainText('questions are ready', {
		timeout: 30_000
	});
	const articles = await storedArticleIds(page);

	// A quiz session in progress: one question answered, more to come.
	await page.getByRole('link', { name: 'Study it now' }).click();
	await answerCurrentQuestion(page);
	await expect.poll(() => storedReviewCount(page)).toBe(1);

	// Deploy: the old server goes, the new one comes, the page stays open (no navigation).
	await server.stop();
	server = await startPreview(NEW.KIT_OUT_DIR, PORT);
	await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
	// The network coming back is one of the moments the page checks for a new version.
	await context.setOffline(true);
	await context.setOffline(false);

	// Mid-quiz the offer is there but quiet, and nothing reloads.
	const prompt = page.getByTestId('update-prompt');
	await expect(prompt).toContainText('reload after your quiz', { timeout: 30_000 });
	// It waits for the learner: no reload, the old version still serves the page.
	await page.waitForTimeout(1500);
	expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(
		true
	);
	expect(await serviceWorkerVersion(page)).toBe(OLD.APP_VERSION);

	// Off the quiz page (a client-side move, no reload) the offer is the full one.
	await page.getByRole('navigation').getByRole('link', { name: 'Library' }).click();
	await expect(prompt).toContainText('A new version is ready');
	expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(
		true
	);

	await Promise.all([
		page.waitForEvent('load'),
		prompt.getByRole('button', { name: 'Reload' }).click()
	]);
	await waitForServiceWorker(page);
	expect(await serviceWorkerVersion(page)).toBe(NEW.APP_VERSION);
	expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(
		undefined
	);
	await expect(page.getByTestId('update-prompt')).toHaveCount(0);
	expect(await storedArticleIds(page)).toEqual(articles);
	expect(await storedReviewCount(page)).toBe(1);
	// The session resumes where it was, under the new version.
	await page.goto(`${ORIGIN}/quiz`);
	await expect(page.getByTestId('question')).toBeVisible();
	expect(await storedReviewCount(page)).toBe(1);
});
