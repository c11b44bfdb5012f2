import { seededShuffle } from '../../../hash';
import type { Fact, MultipleChoiceQuestion } from '../../../types';
import { displayAnswer } from '../../answer';
import type { BuildContext, Candidate } from '../../context';
import { distractorsFor } from '../../distractors';
import { questionId } from '../../id';
import { isName, makeStem } from '../../prompt';
import { normText } from '../../text';

export function multipleChoice(fact: Fact, ctx: BuildContext): Candidate | null {
	const s = makeStem(fact, ctx);
	// "a _____" fits a description ("a US court") and no name: the grammar would answer.
	if (!s || (isName(fact) && /\b(a|an)\s+_{3,}/i.test(s.stem))) return null;
	const wrong = distractorsFor(fact, s.answer, ctx.facts, displayAnswer, s.stem, false, ctx.pool)
		.filter((d) => !normText(s.stem).includes(normText(d)))
		.slice(0, 3);
	if (wrong.length < 3) return null;
	const id = questionId(ctx.article.id, 'multiple-choice', [fact.id]);
	const question: MultipleChoiceQuestion = {
		id,
		type: 'multiple-choice',
		prompt: s.stem,
		choices: seededShuffle([s.answer, ...wrong], id),
		answer: s.answer,
		factIds: [fact.id],
		source: fact.sentence,
		kind: fact.kind
	};
	if (s.context) question.context = s.context;
	return { question, score: s.score };
}
