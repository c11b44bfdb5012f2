import type { Fact, TrueFalseQuestion } from '../../../types';
import { displayAnswer } from '../../answer';
import type { BuildContext, Candidate } from '../../context';
import { distractorsFor } from '../../distractors';
import { isOpenBound } from '../../distractors/figures';
import { questionId } from '../../id';
import { dangles, inHeadline, MAX_WORDS, withoutCredit } from '../../prompt';
import {
	countryGivenAway,
	eventYear,
	figureWorkedOut,
	placeNotWhere,
	placeOfPlace,
	yearWorkedOut
} from '../../obvious';
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
import { contextLine } from '../../grounding';
import { endsSentence, isSentence } from '../../english/verbs';

/** Bodies named by what they are take "the": "the Federal Penal Service", "the Interior Ministry". */
const INSTITUTION =
	/\b(Service|Ministry|Agency|Committee|Council|Court|Office|Guard|Fund|Union|Nations|Commission|Department|Directorate|Intelligence|Government|Navy|Army|Police|Staff|Bank)\b/;

/** Names said with "the": several words ("the Federal Penal Service") or an acronym ("the FSB"). */
export const takesThe = (name: string) =>
	!/[’']s\b/.test(name) && (/\s/.test(name.trim()) || /^[A-Z]{2,6}$/.test(name));

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

const names = new WeakMap<readonly Fact[], Set<string>>();

/** Every name and value the story gives, normalised; read once per article. */
function namesOf(facts: readonly Fact[]): Set<string> {
	let out = names.get(facts);
	if (!out)
		names.set(facts, (out = new Set(facts.flatMap((f) => [normText(f.text), normText(f.value)]))));
	return out;
}

export function trueFalse(fact: Fact, ctx: BuildContext): Candidate | null {
	// Another person of the story put in one's place is plainly not who did it (the judge for
	// the accused, the dead for the one who spoke): a person has no fair false version. Of 13
	// rated statements about people, 4 were obvious (data/ratings).
	if (fact.kind === 'person') return null;
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
	// "a flood in Osaka, Germany" is false to anyone who knows where Osaka is
	if (countryGivenAway(fact, ctx) || placeNotWhere(fact, at)) return null;
	if (placeOfPlace(fact, at, ctx.facts)) return null;
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
		// a name from outside the story ("at Google headquarters in Texas") is false to anyone
		// who has not read it; a statement swaps in a name the story itself gives
		const named = namesOf(ctx.facts);
		const options = distractorsFor(fact, answer, ctx.facts, displayAnswer, stem, true).filter(
			(o) => (fact.kind !== 'place' && fact.kind !== 'organisation') || named.has(normText(o))
		);
		// A name keeps the article its span began with ("the Kremlin" → "the State Duma"),
		// so only names that take one may replace it; a body named by what it is gets one.
		const before = at.sentence.slice(0, at.start);
		const the = /^the\s*\p{Lu}/u.test(covered);
		const theBefore = /\bthe\s+$/i.test(before);
		const wrong = (the || theBefore ? options.filter(takesThe) : options)[0];
		if (!wrong) return null;
		const bare = !/^the\s/i.test(wrong);
		const institution = fact.kind === 'organisation' && INSTITUTION.test(wrong);
		if (!isTrue(id)) fill = bare && (the || (!theBefore && institution)) ? `the ${wrong}` : wrong;
	}
	let prompt = stated(fill.replace(/^the(?=[A-Z])/, 'the '));
	if (isBroken(prompt) || wordCount(prompt) > MAX_WORDS || wordCount(prompt) < 4) return null;
	// "… in Washington D.C." swapped for "Mexico City" loses the stop the name carried.
	if (!endsSentence(prompt)) prompt = `${prompt}.`;
	// a statement about someone or something it does not name cannot be judged
	if (dangles(prompt)) return null;
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
