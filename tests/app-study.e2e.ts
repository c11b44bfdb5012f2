import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Question, QuestionType } from '../src/lib/core/types';
import { answer, bundledDeck, goOn, nextAsked } from './app-support';
import {
	answerByKeys,
	askedQuestion,
	deviceContext,
	importText,
	inViewport,
	sentencesOf,
	SCREENS,
	smallTargets,
	storedQuestions
} from './study-support';
import { dumpStores } from './helpers/stored';

const ARTICLE = readFileSync('tests/pwa/import-article.txt', 'utf8');
const SHORT_ARTICLE = readFileSync('tests/fixtures/articles/short-bridge.txt', 'utf8');
const DESKTOP = SCREENS.desktop;
const PHONE = SCREENS.phone;

/** Plays the first session of a new deck and checks what a demanding learner would. */
async function firstSession(page: Page, questions: Question[], wrongTypes: QuestionType[] = []) {
	const asked: Question[] = [];
	const shown = new Map<string, string[]>();
	// Ten, or fewer when the deck has fewer that share no fact or sentence.
	const summary = page.getByTestId('summary');
	const asking = page.locator('[data-testid="question"][data-state="asking"]');
	for (let i = 0; i < 10; i++) {
		await expect(summary.or(asking)).toBeVisible();
		if (await summary.isVisible()) break;
		const q = await askedQuestion(page, questions);
		asked.push(q);
		// Nothing above the question gives its answer away: the title shows once answered.
		const title = page.getByTestId('article-title');
		const onScreen = `${await page.locator('#question-prompt').innerText()} ${await title.innerText()}`;
		if (typeof q.answer === 'string' && q.type !== 'true-false')
			expect(onScreen.toLowerCase(), `question ${i + 1}`).not.toContain(q.answer.toLowerCase());
		if (q.type === 'multiple-choice')
			shown.set(q.id, await page.locator('.choices .choice .text').allInnerTexts());
		if ((q.type === 'match' || q.type === 'timeline') && !wrongTypes.includes(q.type))
			await answerByKeys(page, q);
		else await answer(page, q, !wrongTypes.includes(q.type));
		await expect(title).not.toHaveText(/^\s*$/);
		await goOn(page);
	}
	// A session ends early only when every question left is a sibling of one it asked.
	if (asked.length < Math.min(10, questions.length)) {
		const askedSentences = new Set(asked.flatMap((q) => sentencesOf(q.source)));
		const askedFacts = new Set(asked.flatMap((q) => q.factIds));
		for (const q of questions.filter((q) => !asked.includes(q)))
			expect(
				q.factIds.some((f) => askedFacts.has(f)) ||
					sentencesOf(q.source).some((s) => askedSentences.has(s)),
				q.prompt
			).toBe(true);
	}
	// Every type of the deck within the first ten.
	expect(new Set(asked.map((q) => q.type))).toEqual(new Set(questions.map((q) => q.type)));
	// No two questions share a fact or a source sentence.
	const sentences = asked.flatMap((q) => sentencesOf(q.source));
	expect(new Set(sentences).size).toBe(sentences.length);
	const facts = asked.flatMap((q) => q.factIds);
	expect(new Set(facts).size).toBe(facts.length);
	return { asked, shown };
}

test('a new deck: every type in the first ten, no siblings, no answer on screen, options reshuffled', async ({
	page
}) => {
	test.setTimeout(90_000);
	await page.setViewportSize(DESKTOP);
	// A fixed clock makes the run seeded: the same sessions and option orders every time.
	await page.clock.setFixedTime(new Date('2026-03-02T09:00:00Z'));
	const deck = await bundledDeck(page);
	await page.goto(`/quiz?article=${deck.article.id}`);
	const { asked, shown } = await firstSession(page, deck.questions, ['multiple-choice']);

	// Missed multiple-choice questions come back with their options in another order.
	await page.goto('/quiz?mode=missed');
	const again = asked.filter((q) => q.type === 'multiple-choice');
	expect(again.length).toBeGreaterThan(0);
	for (let k = 0; k < again.length; k++) {
		const q = await askedQuestion(page, deck.questions);
		const order = await page.locator('.choices .choice .text').allInnerTexts();
		expect([...order].sort()).toEqual([...shown.get(q.id)!].sort());
		expect(order, q.prompt).not.toEqual(shown.get(q.id));
		await answer(page, q, true);
		await goOn(page);
	}

	// A refusal shows next to the button, in view and focused.
	await page.goto('/import');
	await page.getByRole('button', { name: 'Import text' }).click();
	await expect(page.getByTestId('import-error')).toBeFocused();
	expect(await inViewport(page, '[data-testid="import-error"]')).toBe(true);

	// The same on an imported article, whose outcome is in view and focused: Enter studies.
	await importText(page, ARTICLE);
	const result = page.getByTestId('import-result');
	await expect(result).toContainText('questions are ready');
	expect(await inViewport(page, '[data-testid="import-result"]')).toBe(true);
	await expect(result.getByRole('link', { name: /Study it now/ })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/quiz\?article=/);
	const articleId = new URL(page.url()).searchParams.get('article')!;
	await firstSession(page, await storedQuestions(page, articleId));
});

test('forgiving: undo, "I was right", the next interval; a reload and Esc keep the place', async ({
	page
}) => {
	test.setTimeout(60_000);
	await page.setViewportSize(DESKTOP);
	const deck = await bundledDeck(page);
	await page.goto('/quiz');
	const stores = ['cards', 'reviews'];
	const tally = new Map<string, { right: number; all: number }>();
	const cards = new Set<string>();
	const count = (q: Question, right: boolean) => {
		cards.add(q.id);
		const t = tally.get(q.kind) ?? { right: 0, all: 0 };
		tally.set(q.kind, { right: t.right + (right ? 1 : 0), all: t.all + 1 });
	};

	let q = await askedQuestion(page, deck.questions);
	await answer(page, q, true);
	count(q, true);
	await expect(page.getByTestId('next-interval')).toHaveText(/Next review in \d+ (min|hours?)/);
	await goOn(page);

	// A misclick taken back: card and review log as they were, the question asked again.
	const before = await dumpStores(page, { stores });
	q = await askedQuestion(page, deck.questions);
	await answer(page, q, false);
	await expect(page.getByTestId('next-interval')).toHaveText(/Asked again in 1 min/);
	expect(await dumpStores(page, { stores })).not.toBe(before);
	await page.keyboard.press('Control+z');
	await expect(page.getByTestId('question')).toHaveAttribute('data-state', 'asking');
	await expect(page.getByTestId('question')).toHaveAttribute('data-question-id', q.id);
	expect(await dumpStores(page, { stores })).toBe(before);

	// Undo works from a button too.
	await answer(page, q, false);
	await page.getByRole('button', { name: /^Undo/ }).click();
	await expect(page.getByTestId('question')).toHaveAttribute('data-state', 'asking');
	expect(await dumpStores(page, { stores })).toBe(before);

	// A reload while the feedback shows brings the feedback back, on its question.
	await answer(page, q, false);
	count(q, false);
	await page.reload();
	await expect(page.getByTestId('feedback').getByRole('heading')).toHaveText(/Not quite/);
	await expect(page.getByTestId('question')).toHaveAttribute('data-question-id', q.id);
	await expect(page.getByTestId('article-title')).toHaveText(deck.article.title);
	await goOn(page);

	// Until a typed question: Esc clears the field first; a near miss the learner knows is right.
	for (;;) {
		q = await nextAsked(page, deck, '/quiz');
		if (q.type === 'cloze') break;
		await answer(page, q, true);
		count(q, true);
		await goOn(page);
	}
	const field = page.getByLabel('Your answer');
	await field.fill('half-typed');
	await field.press('Escape');
	await expect(field).toHaveValue('');
	await expect(page).toHaveURL(/\/quiz/);
	await field.fill(`${q.answer as string} (as I recall)`);
	await field.press('Enter');
	await expect(page.getByTestId('feedback').getByRole('heading')).toHaveText(/Not quite/);
	await page.getByRole('button', { name: 'I was right' }).click();
	await expect(page.getByTestId('feedback').getByRole('heading')).toHaveText(/Right/);
	await expect(page.getByTestId('next-interval')).toHaveText(/Counted as right\. Next review in/);
	count(q, true);
	await goOn(page);
	// Esc on an empty field leaves (a small deck may have ended its session: a new one asks).
	if ((await nextAsked(page, deck, '/quiz')).type === 'cloze') {
		await expect(field).toBeFocused();
		await field.press('Escape');
	} else await page.keyboard.press('Escape');
	await expect(page).toHaveURL(/\/$/);

	// Stats count each answer as it stands: the undone one gone, "I was right" as right.
	await page.goto('/stats');
	for (const [kind, t] of tally) {
		const row = page.getByRole('row').filter({ has: page.getByRole('rowheader') });
		await expect(row.filter({ hasText: new RegExp(`^\\s*${kind}`, 'i') })).toContainText(
			`${t.right} / ${t.all}`
		);
	}
	// "Due" is one number: the library's equals today's due cards on Stats, one per question
	// answered (a small deck may ask one again in its next session).
	const dueToday = cards.size;
	await page.goto('/');
	await expect(page.getByTestId('count-due')).toHaveText(String(dueToday));
});

test('settings refuse a session length out of 1–200 and keep the stored one', async ({ page }) => {
	await page.goto('/settings');
	const field = page.getByLabel('Questions per session');
	await expect(field).toBeEnabled();
	await field.fill('25');
	await field.press('Tab');
	await expect(page.getByText('Session length saved.')).toBeAttached();
	for (const raw of ['0', '', '1000']) {
		await field.fill(raw);
		await field.press('Tab');
		await expect(page.getByTestId('length-error')).toContainText('1 to 200');
		await expect(page.getByTestId('length-error')).toContainText('Sessions still ask 25');
		await expect(field).toHaveAttribute('aria-invalid', 'true');
	}
	await page.reload();
	await expect(field).toHaveValue('25');
	await field.fill('200');
	await field.press('Tab');
	await expect(page.getByTestId('length-error')).toHaveCount(0);
	await page.reload();
	await expect(field).toHaveValue('200');
});

test('a touch phone: big targets, no key hints, import outcome in view, nothing due is no dead end', async ({
	browser
}) => {
	test.setTimeout(90_000);
	const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
	const page = await context.newPage();
	await page.clock.setFixedTime(new Date('2026-03-02T09:00:00Z'));

	// A refusal lands next to the button, in view and focused.
	await page.goto('/import');
	await page.getByRole('button', { name: 'Import text' }).click();
	const refusal = page.getByTestId('import-error');
	await expect(refusal).toContainText('There is no text to import');
	await expect(refusal).toBeFocused();
	expect(await inViewport(page, '[data-testid="import-error"]')).toBe(true);
	expect(await smallTargets(page)).toEqual([]);

	await importText(page, SHORT_ARTICLE);
	await expect(page.getByTestId('import-result')).toContainText('questions are ready');
	expect(await inViewport(page, '[data-testid="import-result"]')).toBe(true);
	await expect(page.getByRole('link', { name: /Study it now/ })).toBeFocused();
	const articleId = (await page.getByTestId('import-result').getAttribute('data-article-id'))!;
	const questions = await storedQuestions(page, articleId);

	// Sessions until every question is learnt: then nothing is due today. A short article
	// gives short sessions: questions of one sentence are never in one session.
	await page.goto('/settings');
	await page.getByLabel('Questions per session').fill('200');
	await page.getByLabel('Questions per session').press('Tab');
	await expect(page.getByText('Session length saved.')).toBeAttached();
	const empty = page.getByTestId('nothing-due');
	for (let session = 0; ; session++) {
		expect(session).toBeLessThan(30);
		await page.goto(`/quiz?article=${articleId}`);
		await expect(empty.or(page.getByTestId('question'))).toBeVisible();
		if (await empty.isVisible()) break;
		const total = Number((await page.getByTestId('progress-count').innerText()).split('/')[1]);
		for (let i = 0; i < total; i++) {
			const q = await askedQuestion(page, questions);
			if (session === 0) {
				expect(await smallTargets(page), q.type).toEqual([]);
				await expect(page.locator('kbd:visible')).toHaveCount(0);
			}
			await answer(page, q, true);
			if (session === 0) expect(await smallTargets(page)).toEqual([]);
			const next = page.getByRole('button', { name: /Continue/ });
			await expect(next).toBeFocused();
			await next.tap();
			// The next question, or the end of the session, before going on.
			if (i + 1 < total) await askedQuestion(page, questions);
			else await expect(page.getByTestId('summary')).toBeVisible();
		}
	}
	await expect(empty.getByTestId('next-due')).toContainText(/The next review is due in \d+ days?/);
	expect(await smallTargets(page)).toEqual([]);
	for (const path of ['/', '/missed', '/stats', '/settings']) {
		await page.goto(path);
		await expect(page.locator('main h1')).toBeVisible();
		expect(await smallTargets(page), path).toEqual([]);
	}
	await page.goto(`/quiz?article=${articleId}`);

	// Practice anyway: questions asked, the schedule left as it is.
	const before = await dumpStores(page, { stores: ['cards'] });
	await empty.getByRole('button', { name: 'Practice anyway' }).tap();
	await expect(page).toHaveURL(/mode=practice/);
	const q = await askedQuestion(page, questions);
	await answer(page, q, false);
	await expect(page.getByTestId('next-interval')).toHaveText(/schedule is unchanged/);
	expect(await dumpStores(page, { stores: ['cards'] })).toBe(before);
	await context.close();
});

test('the article highlights only facts with questions; the panel never covers the chosen one', async ({
	browser
}) => {
	const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
	const page = await context.newPage();
	const deck = await bundledDeck(page);
	const asked = new Set(deck.questions.flatMap((q) => q.factIds));
	await page.goto(`/article?id=${deck.article.id}`);
	const facts = page.locator('button[data-fact-id]');
	await expect(facts.first()).toBeVisible();
	const ids = await facts.evaluateAll((els) => els.map((el) => el.getAttribute('data-fact-id')!));
	expect(ids.length).toBeGreaterThan(0);
	for (const id of ids) expect(asked.has(id), id).toBe(true);

	const panel = page.getByTestId('fact-panel');
	for (const k of [0, Math.floor(ids.length / 2), ids.length - 1]) {
		const fact = facts.nth(k);
		await fact.tap();
		await expect(page.getByTestId('fact-questions')).toBeVisible();
		await expect(panel).not.toContainText('No question asks about this fact');
		// Once the panel has grown and the page scrolled, the fact is above it.
		await expect
			.poll(async () => {
				const f = (await fact.boundingBox())!;
				const p = (await panel.boundingBox())!;
				return f.y + f.height <= p.y && f.y >= 0;
			})
			.toBe(true);
	}
	await context.close();
});

test('new pages and states have no axe violations, light and dark, phone and desktop', async ({
	browser
}) => {
	test.setTimeout(60_000);
	for (const size of ['phone', 'desktop'] as const)
		for (const theme of ['light', 'dark'] as const) {
			const phone = size === 'phone';
			const context = await deviceContext(browser, size, theme);
			const page = await context.newPage();
			const where = `${size}, ${theme}`;

			await page.goto('/quiz?mode=missed');
			await expect(page.getByTestId('nothing-due')).toBeVisible();
			await expectNoViolations(page, `nothing due, ${where}`);

			// Questions on a desktop are checked type by type in app-a11y.
			if (phone) {
				await page.getByRole('button', { name: 'Practice anyway' }).click();
				await expect(page.getByTestId('question')).toBeVisible();
				await expectNoViolations(page, `practice question, ${where}`);
			}

			await page.goto('/import');
			await page.getByRole('button', { name: 'Import text' }).click();
			await expect(page.getByTestId('import-error')).toBeFocused();
			await expectNoViolations(page, `import refusal, ${where}`);

			await page.goto('/settings');
			await expect(page.getByLabel('Questions per session')).toBeEnabled();
			await page.getByLabel('Questions per session').fill('0');
			await page.getByLabel('Questions per session').press('Tab');
			await expect(page.getByTestId('length-error')).toBeVisible();
			await expectNoViolations(page, `settings refusal, ${where}`);
			await context.close();
		}
});

async function expectNoViolations(page: Page, where: string) {
	const { violations } = await new AxeBuilder({ page }).analyze();
	const found = violations.map(
		(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
	expect(found, `axe violations on ${where}`).toEqual([]);
}
