import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
	articleOfSize,
	articleText,
	headlinedText,
	hostileText
} from '$tests/fixtures/articles/arbitraries';
import { parseBackup, serializeBackup } from '$lib/store/backup';
import { generateDeck } from '$lib/core/deck';
import { gradeAnswer } from '$lib/core/grading';
import { ArticleInputError } from '$lib/core/errors';
import { MAX_ARTICLE_CHARS } from '$lib/core/input';
import { planAnswer, writeAnswer } from '../answers';
import { exportBackup } from './transfer';
import { saveDeck } from '../decks';
import { openTestDb } from '$tests/helpers/test-db';

// What the app stores itself must pass the backup check: otherwise a learner's own backup
// would be refused. Decks of random articles, answered, exported and read back.

const SEED = 20261201;
const NOW = Date.UTC(2026, 11, 1, 9);

/** How many decks had questions: the property must not pass on empty decks alone. */
let withQuestions = 0;

async function roundTrip(text: string): Promise<string | null> {
	let deck;
	try {
		deck = generateDeck(text, { maxChars: MAX_ARTICLE_CHARS });
	} catch (error) {
		if (error instanceof ArticleInputError) return null;
		throw error;
	}
	const db = await openTestDb('generated');
	try {
		await saveDeck(db, deck, text, 'imported', NOW);
		if (deck.questions.length > 0) withQuestions++;
		for (const [i, question] of deck.questions.slice(0, 3).entries()) {
			const plan = planAnswer({
				question,
				articleId: deck.article.id,
				card: undefined,
				grade: gradeAnswer(question, i === 1 ? 'surely wrong' : question.answer),
				now: NOW + i,
				retention: 0.9
			});
			await writeAnswer(db, plan, undefined);
		}
		const file = await serializeBackup(await exportBackup(db, NOW));
		await parseBackup(file);
		return null;
	} catch (error) {
		return error instanceof Error ? error.message : String(error);
	} finally {
		db.close();
	}
}

describe('a backup of what the app stored', () => {
	it('passes the backup check, whatever the article', { timeout: 300_000 }, async () => {
		await fc.assert(
			fc.asyncProperty(fc.oneof(articleText(), headlinedText, hostileText), async (text) => {
				expect(await roundTrip(text)).toBeNull();
			}),
			{ seed: SEED, numRuns: 100 }
		);
		expect(withQuestions).toBeGreaterThanOrEqual(20);
	});

	it(
		'passes the backup check for the bundled article and long ones',
		{ timeout: 300_000 },
		async () => {
			const bundled = readFileSync(
				new URL('../../content/articles/000_cf6bd1128f7a18e8.txt', import.meta.url),
				'utf8'
			);
			for (const text of [bundled, articleOfSize(1, 20_000), articleOfSize(2, 30_000)])
				expect(await roundTrip(text)).toBeNull();
		}
	);
});
