import type { Fact, TrueFalseQuestion } from '../../../types';
import { displayAnswer } from '../../answer';
import type { BuildContext, Candidate } from '../../context';
import { distractorsFor } from '../../distractors';
import { isOpenBound } from '../../distractors/figures';
import { questionId } from '../../id';
import { dangles, inHeadline, MAX_WORDS, withoutCredit } from '../../prompt';
import { eventYear, figureWorkedOut, yearWorkedOut } from '../../obvious';
import { referents, resolveStart } from '../../pronouns';
import {
	BLANK,
	blankOut,
	cutsName,
	insideQuote,
	isBroken,
	locate,
	stemQuality,
	trimStem
} from '../../stem';
import { isBareQuote, normText, opensQuote, overlap, wordCount } from '../../text';
import { isTrivia } from '../../trivia';
import { isPlayByPlay } from '../../side';
import { contextLine, pointsBackUnshown } from '../../grounding';
import { endsSentence, isSentence } from '../../english/verbs';

/** A quotation of five words or more, in curly or straight marks. */
const QUOTATION = /[“"](?:[^”"\s]+\s+){4,}[^”"]*[”"]/;

/** Is the fact inside quoted words that run over the sentences of its paragraph? */
function inQuotedRun(fact: Fact, ctx: BuildContext): boolean {
	const { sentences, text } = ctx.article;
	const paragraph = sentences[fact.sentenceIndex]?.paragraph;
	const own = sentences.filter((s) => s.paragraph === paragraph);
	if (!own.length) return false;
	const start = own[0].start;
	return insideQuote(text.slice(start, own[own.length - 1].end), fact.start - start);
}

/** Even hash → a true statement, odd → one fact swapped for a distractor. */
function isTrue(id: string): boolean {
	return parseInt(id.slice(-2), 16) % 2 === 0;
}

export function trueFalse(fact: Fact, ctx: BuildContext): Candidate | null {
	// Another person of the story put in one's place is plainly not who did it (the judge for
	// the accused, the dead for the one who spoke): a person has no fair false version. Of 13
	// rated statements about people, 4 were obvious (data/ratings). Nor has a place or a body:
	// another place puts a town where it is not or a meeting where no one went ("Stornoway in
	// Edinburgh", "UNESCO, based in Istanbul"), another body does what it cannot ("Secretary of
	// State Deutsche Bahn"), false to anyone without the article. Readers accepted 3 of 20 such
	// false statements of places (data/ratings). A number or a date changed is false only to
	// one who read the story.
	if (fact.kind !== 'figure' && fact.kind !== 'date') return null;
	const at = locate(fact, ctx.article);
	// A headline leaves out words a statement needs; a learner reads it above the quiz anyway.
	if (!at || fact.sentenceIndex === ctx.article.headline || isTrivia(fact, at, ctx.facts))
		return null;
	if (isPlayByPlay(fact, ctx.article)) return null;
	// A caption or a list item states nothing one could call true or false.
	if (!isSentence(at.sentence)) return null;
	// quoted words are someone's view or way of putting it: nothing to call true or false
	if (isBareQuote(at.sentence) || QUOTATION.test(at.sentence)) return null;
	// a sentence that opens a quotation running on into the next ones, or stands inside one,
	// is quoted words too
	if (opensQuote(at.sentence) || inQuotedRun(fact, ctx)) return null;
	// a statement whose figure or year the sentence works out is settled by arithmetic
	if (figureWorkedOut(fact, ctx.facts) || yearWorkedOut(fact, ctx.facts)) return null;
	if (eventYear(fact, at, ctx)) return null;
	// A sentence that tells what the headline tells (the lead restating it) is judged by the
	// headline above the quiz, true or false, without the article.
	const h = ctx.article.headline;
	if (h !== undefined && overlap(at.sentence, ctx.article.sentences[h]?.text ?? '') >= 0.5)
		return null;
	// The headline tells what is true of what it names: a swap of it contradicts the headline.
	if (inHeadline(ctx, [displayAnswer(fact)])) return null;
	const { stem: blanked, covered } = blankOut(at, []);
	const stem = trimStem(blanked);
	if (!stem?.includes(BLANK)) return null;
	// a swap where a blank would cut a name or a figure ("half a million") breaks the text
	if (cutsName(stem, fact.kind === 'figure' || fact.kind === 'date')) return null;
	const id = questionId(ctx.article.id, 'true-false', [fact.id]);
	let fill = covered;
	// "a US court" → "a Yukos": after "a" or "an" a swapped name rarely reads as English.
	const afterArticle = /\b(a|an)\s+$/i.test(at.sentence.slice(0, at.start));
	if (afterArticle && fact.kind !== 'figure') return null;
	// "since 2006" swapped for "since 2018" may still be true: a bound is no date to swap.
	const bound = /\b(?:since|after|before|until|till|by|from|between)\s+$/i.test(
		at.sentence.slice(0, at.start)
	);
	if ((fact.kind === 'date' && bound) || isOpenBound(fact)) return null;
	// A statement is the article's sentence whole, but for the swap: one cut short or
	// opened with a name for its pronoun leaves a reader to judge words the article does not have.
	const stated = (value: string) =>
		resolveStart(
			withoutCredit(stem.replace(BLANK, value)),
			referents(ctx.article, ctx.facts),
			fact.sentenceIndex
		);
	if (normText(stated(covered)) !== normText(at.sentence)) return null;
	// Only a fact that has a false version is stated at all, true or false as the hash says:
	// were the true ones all that survive, "True" would always be right.
	{
		const answer = displayAnswer(fact);
		// "Climb Up the 50": a bare number after "the" names something, and another number
		// names nothing
		if (/\bthe\s+$/i.test(at.sentence.slice(0, at.start)) && !/\D/.test(fact.text)) return null;
		const wrong = distractorsFor(fact, answer, ctx.facts, displayAnswer, stem, true)[0];
		if (!wrong) return null;
		if (!isTrue(id)) fill = wrong;
	}
	let prompt = stated(fill);
	if (isBroken(prompt) || wordCount(prompt) > MAX_WORDS || wordCount(prompt) < 4) return null;
	// "… in Washington D.C." swapped for "Mexico City" loses the stop the name carried.
	if (!endsSentence(prompt)) prompt = `${prompt}.`;
	// a statement about someone or something it does not name cannot be judged
	if (dangles(prompt)) return null;
	// "The action was taken after…": what it describes is named nowhere before it
	if (pointsBackUnshown(prompt, fact, ctx)) return null;
	// A picture credit is no statement of the article.
	if (/^(?:Image|Photo|Picture|Credit|Source)s?:/.test(prompt)) return null;
	const question: TrueFalseQuestion = {
		id,
		type: 'true-false',
		prompt: prompt.charAt(0).toUpperCase() + prompt.slice(1),
		choices: ['True', 'False'],
		answer: isTrue(id) ? 'True' : 'False',
		factIds: [fact.id],
		source: fact.sentence,
		kind: fact.kind
	};
	// a statement that names none of the story's names says which story it is of; a context
	// line that holds the value told true or swapped would settle it
	const context = contextLine(prompt, [covered, fill], fact, ctx);
	if (context) question.context = context;
	return { question, score: stemQuality(stem, ctx.article, fact.sentenceIndex) };
}
