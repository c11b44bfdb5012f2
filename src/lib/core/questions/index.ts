import type { Article, Fact, Question } from '../types';
import type { BuildContext, Candidate } from './context';
import { selectQuestions } from './select';
import { QUESTION_MODULES } from './types';

/**
 * Fact[] → Question[]: multiple choice, cloze, true/false, timeline and match questions,
 * filtered and ranked. Pure and deterministic; odd facts cost questions, never an error.
 */
export function buildQuestions(
	article: Article,
	facts: Fact[],
	options: { pool?: Fact[] } = {}
): Question[] {
	const usable = (facts ?? []).filter(
		(f) => f && typeof f.text === 'string' && typeof f.sentence === 'string' && f.text.trim()
	);
	const ordered = [...usable].sort((a, b) => a.start - b.start || a.end - b.end);
	const ctx: BuildContext = { article, facts: ordered, pool: options.pool };
	const multi: Candidate[] = [];
	for (const m of QUESTION_MODULES) {
		if (m.role !== 'deck' || !m.buildAll) continue;
		try {
			multi.push(...m.buildAll(ctx));
		} catch {
			// A timeline or match that cannot be built is left out.
		}
	}
	return spread(selectQuestions(ctx, multi), ordered);
}

/**
 * Article order, in rounds: first one question per sentence, then a second one, and so
 * on, so a true statement never sits just before the blank it fills.
 */
function spread(questions: Question[], facts: Fact[]): Question[] {
	const position = new Map(facts.map((f, i) => [f.id, i]));
	const sentence = new Map(facts.map((f) => [f.id, f.sentenceIndex]));
	const first = (q: Question) => Math.min(...q.factIds.map((id) => position.get(id) ?? 0));
	const seen = new Map<string, number>();
	const keyed = questions
		.map((q, i) => ({ q, i, at: first(q) }))
		.sort((a, b) => a.at - b.at || a.i - b.i)
		.map((x) => {
			const key = String(sentence.get(x.q.factIds[0]) ?? x.q.id);
			const round = seen.get(key) ?? 0;
			seen.set(key, round + 1);
			return { ...x, round };
		});
	return keyed.sort((a, b) => a.round - b.round || a.at - b.at || a.i - b.i).map(({ q }) => q);
}
