import type { BackupData } from './format';

/**
 * Checks what a schema cannot: no two records share a key (one would silently overwrite the
 * other) and every question and fact list belongs to an article in the file. Cards and
 * reviews may outlive their question, as they do in the store, so they are not checked
 * against questions. Returns a description of the first problem, or null.
 */
export function checkIntegrity(data: BackupData): string | null {
	const articleIds = new Set<string>();
	return (
		duplicate(
			'data.articles',
			data.articles.map((a) => a.id),
			articleIds
		) ??
		duplicate(
			'data.questions',
			data.questions.map((q) => q.id)
		) ??
		duplicate(
			'data.facts',
			data.facts.map((f) => f.articleId)
		) ??
		duplicate(
			'data.cards',
			data.cards.map((c) => c.questionId)
		) ??
		duplicate(
			'data.reviews',
			data.reviews.map((r) => (r.id === undefined ? undefined : String(r.id)))
		) ??
		orphan('data.questions', data.questions, articleIds) ??
		orphan('data.facts', data.facts, articleIds)
	);
}

function duplicate(
	path: string,
	keys: (string | undefined)[],
	seen = new Set<string>()
): string | null {
	for (const [i, key] of keys.entries()) {
		if (key === undefined) continue;
		if (seen.has(key)) return `${path}[${i}] repeats the key "${key}"`;
		seen.add(key);
	}
	return null;
}

function orphan(
	path: string,
	records: { articleId: string }[],
	articles: Set<string>
): string | null {
	const i = records.findIndex((r) => !articles.has(r.articleId));
	return i < 0
		? null
		: `${path}[${i}] belongs to article "${records[i].articleId}", which is not in the file`;
}
