import { repairsOf } from '../article/repair';
import { mendArticles } from './english/articles';
import type { Article, Fact, Question } from '../types';
import type { BuildContext, Candidate } from './context';
import { askedSpan } from './narrow';
import { salience } from './salience';
import { keepWorthAsking } from './worth';
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
	const { questions, ctx } = draftQuestions(article, facts, options);
	const fix = repairsOf(article.text);
	return spread(keepWorthAsking(questions, ctx), ctx.facts, salience(article, ctx.facts)).map((q) =>
		repairShown(q, fix)
	);
}

/**
 * The words a question shows, with the article's damage repaired as names are read
 * ("Shoiguhe said" → "Shoigu he said", "theUkrainian" → "the Ukrainian") and "a" mended
 * before a vowel ("a airstrike" → "an airstrike"): a repair only adds letters or a space
 * outside the answer, so an answer the text holds is the same answer. The source sentence,
 * shown after the answer, stays as the article has it.
 */
function repairShown(q: Question, repair: (s: string) => string): Question {
	const fix = (s: string) => mendArticles(repair(s));
	const out = { ...q, prompt: fix(q.prompt) } as Question;
	if (q.context) out.context = fix(q.context);
	if (q.type === 'timeline' || q.type === 'match') {
		out.choices = q.choices.map(fix);
		(out as typeof q).answer = q.answer.map(fix);
		if (q.type === 'match') (out as typeof q).items = q.items.map(fix);
	}
	return out;
}

/** Every question the builders make, before the worth model keeps the ones worth asking. */
export function draftQuestions(
	article: Article,
	facts: Fact[],
	options: { pool?: Fact[] } = {}
): { questions: Question[]; ctx: BuildContext } {
	const usable = (facts ?? [])
		.filter(
			(f) => f && typeof f.text === 'string' && typeof f.sentence === 'string' && f.text.trim()
		)
		.map(askedSpan)
		.filter((f): f is Fact => !!f);
	const ordered = [...usable].sort((a, b) => a.start - b.start || a.end - b.end);
	const ctx: BuildContext = { article, facts: ordered, pool: options.pool, claimed: new Set() };
	const multi: Candidate[] = [];
	const byId = new Map(ordered.map((f) => [f.id, f]));
	for (const m of QUESTION_MODULES) {
		if (m.role !== 'deck' || !m.buildAll) continue;
		try {
			for (const c of m.buildAll(ctx)) {
				multi.push(c);
				for (const id of c.question.factIds) ctx.claimed!.add(byId.get(id)!.sentenceIndex);
			}
		} catch {
			// A timeline or match that cannot be built is left out.
		}
	}
	return { questions: selectQuestions(ctx, multi), ctx };
}

/**
 * In rounds: first one question per sentence, then a second one, and so on, so two
 * questions of one sentence never sit together; within a round the most salient facts
 * come first, then article order.
 */
function spread(questions: Question[], facts: Fact[], weight: Map<string, number>): Question[] {
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
	const worth = (q: Question) => Math.max(...q.factIds.map((id) => weight.get(id) ?? 0));
	return keyed
		.map((x) => ({ ...x, worth: worth(x.q) }))
		.sort((a, b) => a.round - b.round || b.worth - a.worth || a.at - b.at || a.i - b.i)
		.map(({ q }) => q);
}
