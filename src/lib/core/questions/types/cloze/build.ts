import type { ClozeQuestion, Fact } from '../../../types';
import type { BuildContext, Candidate } from '../../context';
import { questionId } from '../../id';
import { answerHint } from '../../hint';
import { makeStem } from '../../prompt';

export function cloze(fact: Fact, ctx: BuildContext): Candidate | null {
	const s = makeStem(fact, ctx);
	// More than five words is no answer to type: it is asked with choices or not at all.
	if (!s || s.answer.split(/\s+/).length > 5) return null;
	const question: ClozeQuestion = {
		id: questionId(ctx.article.id, 'cloze', [fact.id]),
		type: 'cloze',
		prompt: s.stem,
		answer: s.answer,
		factIds: [fact.id],
		source: fact.sentence,
		kind: fact.kind
	};
	const hint = answerHint(fact);
	if (hint) question.hint = hint;
	if (s.accept.length) question.accept = s.accept;
	if (s.context) question.context = s.context;
	// Long answers are hard to type and to grade: a cloze suits short ones.
	const long = s.answer.split(/\s+/).length > 4;
	return { question, score: s.score - (long ? 0.3 : 0) };
}
