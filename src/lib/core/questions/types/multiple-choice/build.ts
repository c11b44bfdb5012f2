import { seededShuffle } from '../../../hash';
import type { Fact, MultipleChoiceQuestion } from '../../../types';
import { displayAnswer, inDigits } from '../../answer';
import type { BuildContext, Candidate } from '../../context';
import { distractorsFor } from '../../distractors';
import { boundBeforeBlank, isOpenBound } from '../../distractors/figures';
import { questionId } from '../../id';
import { hasEitherArticle, isName, makeStem, sayArticle } from '../../prompt';
import { normText } from '../../text';
import { indefiniteArticle } from '../../english/articles';

/**
 * Dates and figures are asked with choices; names are typed. The other names an article
 * gives are of people, bodies and places with other parts in the story, so a reader tells
 * the answer from them by its part, not by knowing the fact; and a name from outside the
 * article is one the reader has never met there. Of 123 rated name questions with choices,
 * 19 were acceptable, against 138 of 214 for dates and figures (data/ratings).
 */
export function multipleChoice(fact: Fact, ctx: BuildContext): Candidate | null {
	if (isName(fact) || isOpenBound(fact)) return null;
	const s = makeStem(fact, ctx);
	if (!s) return null;
	// "a depth below _____": the bound stands outside the answer, and makes it open too
	if (fact.kind === 'figure' && boundBeforeBlank(s.stem)) return null;
	// "2000 km", "roughly 2000 stores": a count that reads like a year is typed; beside its
	// wrong values it would read as a year among numbers
	if (fact.kind === 'figure' && /(?<![\d,.])(?:1\d|20)\d\d(?![\d,.])/.test(s.answer)) return null;
	const shown = (d: string) => (fact.kind === 'figure' ? inDigits(d) : d);
	const answer = shown(s.answer);
	const all = distractorsFor(
		fact,
		s.answer,
		ctx.facts,
		displayAnswer,
		s.stem,
		false,
		ctx.pool
	).filter((d) => !normText(s.stem).includes(normText(d)));
	// "a(n) _____ attack": choices that all take the answer's article let the prompt say it
	const article = hasEitherArticle(s.stem) ? indefiniteArticle(answer) : undefined;
	const agreeing = article ? all.filter((d) => indefiniteArticle(shown(d)) === article) : [];
	const wrong = (agreeing.length >= 3 ? agreeing : all).slice(0, 3);
	if (wrong.length < 3) return null;
	const id = questionId(ctx.article.id, 'multiple-choice', [fact.id]);
	const others = wrong.map(shown);
	const prompt =
		article && others.every((d) => indefiniteArticle(d) === article)
			? sayArticle(s.stem, article)
			: s.stem;
	const question: MultipleChoiceQuestion = {
		id,
		type: 'multiple-choice',
		prompt,
		choices: seededShuffle([answer, ...others], id),
		answer,
		factIds: [fact.id],
		source: fact.sentence,
		kind: fact.kind
	};
	if (s.context) question.context = s.context;
	return { question, score: s.score };
}
