/**
 * Runs in Chromium (bundled by store.ts): fills a real IndexedDB with a large library and
 * times the store operations the UI waits on.
 */
import { seededRandom } from '$lib/core/hash';
import { newCard, scheduleAnswer } from '$lib/core/schedule';
import { buildSession, recordAnswer } from '$lib/core/session';
import { FACT_KINDS, type Deck, type Fact, type Question } from '$lib/core/types';
import {
	getCard,
	getQuestion,
	listArticleSummaries,
	loadStats,
	reviewWithIndexFields,
	nextDue,
	openFactdeckDb,
	planAnswer,
	saveDeck,
	withIndexFields,
	writeAnswer,
	type CardRecord,
	type FactdeckDb
} from '$lib/store';

const DAY = 86_400_000;
const WORDS =
	'the minister said on tuesday that about three hundred people had been moved from the region'.split(
		' '
	);

function deck(a: number, questions: number, rand: () => number): { deck: Deck; text: string } {
	const id = `article-${a}`;
	const text = Array.from({ length: 900 }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(
		' '
	);
	const facts: Fact[] = [];
	const qs: Question[] = [];
	for (let i = 0; i < questions; i++) {
		const kind = FACT_KINDS[i % FACT_KINDS.length];
		facts.push({
			id: `${id}-f${i}`,
			kind,
			text: 'x',
			start: i,
			end: i + 1,
			sentence: 'A sentence of some sixty characters, as articles have them.',
			sentenceIndex: i,
			value: 'x'
		});
		qs.push({
			id: `${id}-q${i}`,
			type: 'multiple-choice',
			prompt: `Which figure did the article give for item ${i}?`,
			choices: ['300,000', '30,000', '3 million', '150,000'],
			answer: '300,000',
			factIds: [`${id}-f${i}`],
			source: 'A sentence of some sixty characters, as articles have them, or longer.',
			kind
		});
	}
	return {
		deck: {
			article: { id, title: `Article ${a}`, words: 900 },
			generator: 1,
			facts,
			questions: qs
		},
		text
	};
}

async function fill(db: FactdeckDb, articles: number, perArticle: number, now: number) {
	const rand = seededRandom('store-bench');
	const started = performance.now();
	for (let a = 0; a < articles; a++) {
		const d = deck(a, perArticle, rand);
		await saveDeck(
			db,
			d.deck,
			d.text,
			a === 0 ? 'bundled' : 'imported',
			now - (articles - a) * DAY
		);
	}
	const cards: CardRecord[] = [];
	for (let a = 0; a < articles; a++)
		for (let i = 0; i < perArticle; i++) {
			// Histories of 1–6 answers ending at various times: a spread of due dates and states.
			let at = now - Math.floor(rand() * 60) * DAY;
			let fsrs = newCard(at);
			const n = 1 + Math.floor(rand() * 6);
			for (let k = 0; k < n; k++) {
				fsrs = scheduleAnswer(fsrs, rand() < 0.8, at, { retention: 0.9 }).card;
				at = Math.min(now, Math.max(at + 60_000, fsrs.due - Math.floor(rand() * 3) * DAY));
			}
			cards.push(
				withIndexFields({
					questionId: `article-${a}-q${i}`,
					articleId: `article-${a}`,
					fsrs,
					retired: false
				})
			);
		}
	console.log(`decks stored: ${Math.round(performance.now() - started)} ms`);
	const tx = db.transaction(['cards', 'reviews'], 'readwrite');
	for (const c of cards) {
		void tx.objectStore('cards').put(c);
		// One logged answer per card: a review log of 50,000 entries for the stats page.
		void tx.objectStore('reviews').add(
			reviewWithIndexFields({
				questionId: c.questionId,
				articleId: c.articleId,
				kind: 'date',
				rating: c.lastCorrect === false ? 1 : 3,
				correct: c.lastCorrect !== false,
				given: '300,000',
				seenBefore: c.fsrs.reps > 1,
				at: c.fsrs.lastReview ?? now
			})
		);
	}
	await tx.done;
	return cards.length;
}

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

async function time(runs: number, warmup: number, fn: (i: number) => Promise<unknown>) {
	for (let i = 0; i < warmup; i++) await fn(i);
	const out: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t = performance.now();
		await fn(warmup + i);
		out.push(performance.now() - t);
	}
	return { median: median(out), min: Math.min(...out), max: Math.max(...out), runs };
}

async function run() {
	const now = Date.UTC(2026, 5, 1, 12);
	const articles = 200;
	const perArticle = 250;
	const db = await openFactdeckDb({ name: `store-bench-${Date.now()}` });
	const t0 = performance.now();
	const cards = await fill(db, articles, perArticle, now);
	const fillMs = performance.now() - t0;
	const due = (await nextDue(db, { articleId: null, dueBy: now, limit: 1e9 })).length;

	let session = buildSession({
		id: 'bench',
		articleId: null,
		due: [],
		// Every one its own fact and sentence, so none is buried as another's sibling.
		fresh: Array.from({ length: 400 }, (_, i) => ({
			id: `article-${i % articles}-q${i}`,
			type: 'cloze' as const,
			factIds: [`fact-${i}`],
			source: `sentence ${i}`
		})),
		suspended: new Set(),
		length: 400,
		now
	});
	const writeOne = await time(200, 20, async (i) => {
		const id = session.queue[session.position];
		const question = (await getQuestion(db, id))!;
		const card = await getCard(db, id);
		const correct = i % 3 !== 0;
		const plan = planAnswer({
			question,
			articleId: question.articleId,
			card,
			grade: { correct, expected: '300,000', given: correct ? '300,000' : '30,000' },
			now: now + i * 1000,
			retention: 0.9
		});
		session = recordAnswer(session, id, correct);
		await writeAnswer(db, plan, session);
	});
	const next20 = await time(50, 5, () => nextDue(db, { articleId: null, dueBy: now, limit: 20 }));
	const next20Article = await time(50, 5, (i) =>
		nextDue(db, { articleId: `article-${i % articles}`, dueBy: now, limit: 20 })
	);
	const library = await time(20, 3, () => listArticleSummaries(db, now));
	const stats = await time(10, 2, () => loadStats(db, now, 0));
	const summaries = await listArticleSummaries(db, now);
	// Where the library time goes: the article records, and the per-article counts.
	const parts = {
		articlesGetAll: await time(10, 2, () => db.getAll('articles')),
		articleKeys: await time(10, 2, () => db.getAllKeys('articles')),
		counts: await time(10, 2, async () => {
			const tx = db.transaction('cards');
			const level = tx.store.index('by-article-level');
			await Promise.all(summaries.map((a) => level.count([a.id, 'learning'])));
		})
	};

	db.close();
	return {
		setup: {
			articles,
			questions: articles * perArticle,
			cards,
			dueNow: due,
			fillMs: Math.round(fillMs),
			librarySize: summaries.length
		},
		writeOneAnswerMs: writeOne,
		next20DueMs: next20,
		next20DueOneArticleMs: next20Article,
		openLibraryMs: library,
		openLibraryPartsMs: parts,
		openStatsMs: stats
	};
}

(window as unknown as { runBench: typeof run }).runBench = run;
