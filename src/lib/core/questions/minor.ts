import type { Article, Fact } from '../types';
import { firstParagraph } from './salience';
import { escapeRegExp, normText } from './text';

/** A report of speech: the person is named as a source, not as an actor of the story. */
const SPEECH =
	/\b(?:said|says|told|added|stated|noted|commented|explained|wrote|recounted|recalled|tweeted|posted|remarked|observed|argued|insisted|according to|spokes(?:man|woman|person))\b/i;

/**
 * A person the article names once, past its first paragraph, only as the source of a
 * quotation or a statement (a spokesman, a company's meteorologist), or names more often but
 * only ever as the one who speaks: who said it is not the news. Their words may still be
 * asked; their name is not. In the first paragraph only one the headline does not name
 * counts so ("Police director Ivo Ras said 71 were arrested"): the lead may tell what the
 * story's own person said.
 */
export function isMinorSpeaker(fact: Fact, article: Article, facts: Fact[]): boolean {
	if (fact.kind !== 'person') return false;
	const key = normText(fact.value || fact.text);
	const mentions = facts.filter((f) => f.kind === 'person' && normText(f.value || f.text) === key);
	// one whose office is to speak for a body, wherever the story says so: the body is the
	// news, its voice is not
	if ([fact, ...mentions].some((f) => SPOKESPERSON.test(f.role ?? ''))) return true;
	const first = firstParagraph(article);
	// the lead may tell what the story's own person said: one the headline names
	const headlined = inHeadline(fact, article);
	const inLead = (f: Fact) => article.sentences[f.sentenceIndex]?.paragraph === first;
	if (mentions.length > 1) {
		// named again and again, but only ever as the one who speaks
		return mentions.every((f) => !(headlined && inLead(f)) && speaksAt(f, article));
	}
	const s = article.sentences[fact.sentenceIndex];
	if (!s || (headlined && s.paragraph === first)) return false;
	// in the lead, one who speaks there; further down, one in a sentence of speech
	if (s.paragraph === first) return speaksAt(fact, article);
	return SPEECH.test(s.text) || speaksAt(fact, article);
}

/** Does the headline name the person, in full or by the last word of the name? */
function inHeadline(fact: Fact, article: Article): boolean {
	const h = article.headline === undefined ? '' : (article.sentences[article.headline]?.text ?? '');
	const last = (fact.value || fact.text).trim().split(/\s+/).pop() ?? '';
	return !!last && new RegExp(`(?<![\\p{L}])${escapeRegExp(last)}(?![\\p{L}])`, 'u').test(h);
}

const SPOKESPERSON =
	/\b(?:spokes(?:man|woman|person)|press (?:officer|secretary|spokesman|spokeswoman)|public (?:information|affairs) officer|publicist)\b/i;

// "Basu said", "Basu, on Sunday, said", "Basu also stated"
const SPEAKS_AFTER =
	/^\s*,?\s*(?:(?:also|later|then|further|again|earlier|yesterday|today|on\s+\p{Lu}\p{Ll}+|last\s+\p{Ll}+),?\s+)?(?:said|says|continued|added|told|wrote|stated|explained|asked|replied|tweeted|noted|revealed|confirmed|stressed|insisted|warned|claimed|argued|emphasi[sz]ed|remarked|commented|issued\s+a\s+statement)\b/iu;
const SPEAKS_BEFORE =
	/\b(?:said|says|according to|continued|added|wrote)\s+(?:(?:\p{Lu}[\p{L}'’.-]*|of|the)\s+)*$/iu;

// "Reyes called the attack "an act of barbarity"": a word for something, in quotation marks
const CALLS_IT =
	/^\s*,?\s*(?:called|described|branded|labelled|labeled|termed)\s+[^.;"“]{0,40}["“]/i;

/** Is the person named here as the one who speaks ("Reyes said", "said Ana Ruiz")? */
function speaksHere(fact: Fact, sentence: string, start: number, end: number): boolean {
	const after = sentence.slice(end);
	return (
		fact.kind === 'person' &&
		(SPEAKS_AFTER.test(after) ||
			CALLS_IT.test(after) ||
			SPEAKS_BEFORE.test(sentence.slice(0, start)))
	);
}

/** Does this mention name the person as the one who speaks? */
function speaksAt(f: Fact, article: Article): boolean {
	const sentence = article.sentences[f.sentenceIndex];
	if (!sentence) return false;
	const at = f.start - sentence.start;
	return speaksHere(f, sentence.text, at, at + f.text.length);
}
