import type { BackupData } from './format';
import { RECORD_NAMES } from './messages';

/**
 * Checks what a record schema cannot see alone: no two records share a key (one would
 * silently overwrite the other), every record points at an article in the file, every fact
 * lies inside its article's text and every question's facts exist. Cards and reviews may
 * outlive their question, as they do in the store, so they are not checked against
 * questions. Returns the first problem in plain words, or null.
 */
export function checkIntegrity(data: BackupData): string | null {
	const articles = new Set<string>();
	const texts = new Map(data.facts.map((f) => [f.articleId, f]));
	return (
		duplicate(
			'articles',
			data.articles.map((a) => a.id),
			articles
		) ??
		duplicate(
			'questions',
			data.questions.map((q) => q.id)
		) ??
		duplicate(
			'facts',
			data.facts.map((f) => f.articleId)
		) ??
		duplicate(
			'cards',
			data.cards.map((c) => c.questionId)
		) ??
		duplicate(
			'reviews',
			data.reviews.map((r) => (r.id === undefined ? undefined : String(r.id)))
		) ??
		orphan('questions', data.questions, articles) ??
		orphan('facts', data.facts, articles) ??
		orphan('cards', data.cards, articles) ??
		orphan('reviews', data.reviews, articles) ??
		outsideText(data) ??
		tooManyWords(data, texts) ??
		wrongQuestionCount(data) ??
		missingFacts(data, texts)
	);
}

function duplicate(list: string, keys: (string | undefined)[], seen = new Set<string>()) {
	for (const [i, key] of keys.entries()) {
		if (key === undefined) continue;
		if (seen.has(key)) return `${RECORD_NAMES[list]} ${i + 1} appears twice`;
		seen.add(key);
	}
	return null;
}

function orphan(list: string, records: { articleId: string }[], articles: Set<string>) {
	const i = records.findIndex((r) => !articles.has(r.articleId));
	return i < 0
		? null
		: `${RECORD_NAMES[list]} ${i + 1} belongs to an article that is not in the backup`;
}

function outsideText(data: BackupData): string | null {
	for (const [i, body] of data.facts.entries()) {
		const j = body.facts.findIndex((f) => f.end > body.text.length);
		if (j >= 0) return `fact ${j + 1} of article text ${i + 1} lies outside the text`;
	}
	return null;
}

function tooManyWords(data: BackupData, texts: Map<string, { text: string }>): string | null {
	// A word takes at least one character and a space between two.
	const i = data.articles.findIndex((a) => {
		const text = texts.get(a.id)?.text;
		return text !== undefined && a.words > Math.ceil(text.length / 2);
	});
	return i < 0 ? null : `article ${i + 1} counts more words than its text holds`;
}

function missingFacts(
	data: BackupData,
	texts: Map<string, { facts: { id: string }[] }>
): string | null {
	const ids = new Map([...texts].map(([id, body]) => [id, new Set(body.facts.map((f) => f.id))]));
	const i = data.questions.findIndex((q) => {
		const known = ids.get(q.articleId);
		return known !== undefined && q.factIds.some((id) => !known.has(id));
	});
	return i < 0 ? null : `question ${i + 1} asks about a fact that is not in the backup`;
}

function wrongQuestionCount(data: BackupData): string | null {
	const counts = new Map<string, number>();
	for (const q of data.questions) counts.set(q.articleId, (counts.get(q.articleId) ?? 0) + 1);
	const i = data.articles.findIndex((a) => a.questionCount !== (counts.get(a.id) ?? 0));
	return i < 0 ? null : `article ${i + 1} counts questions that are not in the backup`;
}
