import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import * as v from 'valibot';
import { isReviewKey } from '$lib/store/backup/bounds';
import {
	ArticleRecordSchema,
	CardRecordSchema,
	FactSchema,
	QuestionRecordSchema,
	ReviewRecordSchema,
	SettingsSchema,
	SuspendInfoSchema
} from '$lib/store/backup/records.schema';
import { newCard } from '$lib/core/schedule';
import { withIndexFields } from './card-fields';
import type { ArticleRecord, CardRecord, FactsRecord, ReviewRecord } from './records';
import { replayCard } from './replay';
import type { FactdeckSchema } from './schema';
import { normaliseSettings } from './settings';
import { readDataStores } from './tx';

/** Whether a stored value passes its schema; no narrowing, since the record may be damaged. */
function sound(schema: v.GenericSchema, value: unknown): boolean {
	return v.is(schema, value);
}

type UpgradeDb = IDBPDatabase<FactdeckSchema>;
type UpgradeTx = IDBPTransaction<FactdeckSchema, StoreNames<FactdeckSchema>[], 'versionchange'>;

/** The reviews store with every index it has today; used when its key generator is spent. */
export function createReviewStore(db: UpgradeDb) {
	const reviews = db.createObjectStore('reviews', { keyPath: 'id', autoIncrement: true });
	reviews.createIndex('by-question', 'questionId');
	reviews.createIndex('by-time', 'at');
	reviews.createIndex('by-article', 'articleId');
	reviews.createIndex('by-kind-rating', ['kind', 'rating']);
	reviews.createIndex('by-seen-rating', ['seen', 'rating']);
	return reviews;
}

/**
 * Brings a store written before records were bounded (an edited backup could put anything
 * in it) back to what the record schemas allow, inside the upgrade transaction. Review keys
 * out of range get fresh ones in a new store, since clearing a store never lowers its key
 * generator; impossible reviews and questions are dropped; a damaged card is rebuilt from
 * its review log; an article's counts are taken again from what it holds.
 */
export async function repairStores(db: UpgradeDb, tx: UpgradeTx, now: number): Promise<void> {
	const [articles, questions, bodies, cards, reviews, stored] = await readDataStores(tx);
	const settings = normaliseSettings(stored);
	if (stored !== undefined && !sound(SettingsSchema, stored))
		void tx.objectStore('settings').put(settings, 'settings');

	const valid = reviews.filter((r) => sound(ReviewRecordSchema, { ...r, id: undefined }));
	repairReviews(db, tx, reviews, valid);

	const byQuestion = new Map<string, ReviewRecord[]>();
	for (const r of valid) byQuestion.set(r.questionId, [...(byQuestion.get(r.questionId) ?? []), r]);
	for (const card of cards)
		if (!sound(CardRecordSchema, card)) {
			const fixed = rebuildCard(
				card,
				byQuestion.get(card.questionId) ?? [],
				settings.retention,
				now
			);
			void (fixed
				? tx.objectStore('cards').put(fixed)
				: tx.objectStore('cards').delete(card.questionId));
		}

	const kept = questions.filter((q) => sound(QuestionRecordSchema, q));
	for (const q of questions) if (!kept.includes(q)) void tx.objectStore('questions').delete(q.id);
	for (const body of bodies) repairFacts(tx, body);
	const texts = new Map(bodies.map((b) => [b.articleId, b.text]));
	for (const article of articles) {
		const count = kept.filter((q) => q.articleId === article.id).length;
		const fixed = repairArticle(article, count, texts.get(article.id), now);
		if (fixed) void tx.objectStore('articles').put(fixed);
	}
}

function repairReviews(db: UpgradeDb, tx: UpgradeTx, all: ReviewRecord[], kept: ReviewRecord[]) {
	// Any key out of range, even of a dropped review, has pushed the generator up.
	if (all.every((r) => isReviewKey(r.id))) {
		for (const r of all) if (!kept.includes(r)) void tx.objectStore('reviews').delete(r.id!);
		return;
	}
	db.deleteObjectStore('reviews');
	const store = createReviewStore(db);
	// Kept keys first, so the fresh ones come after them in log order.
	for (const r of kept) if (isReviewKey(r.id)) void store.put(r);
	for (const r of kept.filter((k) => !isReviewKey(k.id))) {
		const copy = { ...r };
		delete copy.id;
		void store.add(copy);
	}
}

function rebuildCard(
	card: CardRecord,
	log: ReviewRecord[],
	retention: number,
	now: number
): CardRecord | null {
	const last = [...log].sort((a, b) => (a.id ?? 0) - (b.id ?? 0)).at(-1);
	const articleId = last?.articleId ?? card.articleId;
	if (typeof articleId !== 'string' || articleId === '') return null;
	const out: CardRecord = {
		questionId: card.questionId,
		articleId,
		fsrs: replayCard(log, retention) ?? newCard(now),
		retired: card.retired === true
	};
	if (sound(SuspendInfoSchema, card.suspended)) out.suspended = card.suspended;
	if (last) {
		out.lastCorrect = last.correct;
		out.lastGiven = last.given;
		if (!last.correct) out.missedAt = last.at;
	}
	return withIndexFields(out);
}

function repairFacts(tx: UpgradeTx, body: FactsRecord): void {
	if (typeof body.text !== 'string' || !Array.isArray(body.facts)) {
		void tx.objectStore('facts').delete(body.articleId);
		return;
	}
	const facts = body.facts.filter((f) => sound(FactSchema, f) && f.end <= body.text.length);
	if (facts.length !== body.facts.length) void tx.objectStore('facts').put({ ...body, facts });
}

/** The article with counts taken again and impossible fields reset, or null if it was sound. */
function repairArticle(
	article: ArticleRecord,
	questionCount: number,
	text: string | undefined,
	now: number
): ArticleRecord | null {
	const words = text?.split(/\s+/).filter(Boolean).length ?? 0;
	const fields = ArticleRecordSchema.entries;
	const fixed: ArticleRecord = {
		...article,
		questionCount,
		title: typeof article.title === 'string' ? article.title : '',
		words: sound(fields.words, article.words) ? article.words : words,
		source: sound(fields.source, article.source) ? article.source : 'imported',
		createdAt: sound(fields.createdAt, article.createdAt) ? article.createdAt : now,
		generator: sound(fields.generator, article.generator) ? article.generator : 1
	};
	if (!sound(fields.customName, article.customName)) delete fixed.customName;
	const same = (Object.keys(fixed) as (keyof ArticleRecord)[]).every(
		(k) => fixed[k] === article[k]
	);
	return same && Object.keys(fixed).length === Object.keys(article).length ? null : fixed;
}
