import type { Article, Fact } from '../types';
import { memo } from '../memo';
import { firstParagraph } from './salience';
import { normText } from './text';

/** A report of speech: the person is named as a source, not as an actor of the story. */
const SPEECH =
	/\b(?:said|says|told|added|stated|noted|commented|explained|wrote|according to|spokes(?:man|woman|person))\b/i;

const mentionCounts = memo((facts: Fact[]) => {
	const out = new Map<string, number>();
	for (const f of facts)
		if (f.kind === 'person') {
			const key = normText(f.value || f.text);
			out.set(key, (out.get(key) ?? 0) + 1);
		}
	return out;
}, 8);

/**
 * A person the article names once, past its first paragraph, only as the source of a
 * quotation or a statement (a spokesman, a company's meteorologist): who said it is not the
 * news. Their words may still be asked; their name is not.
 */
export function isMinorSpeaker(fact: Fact, article: Article, facts: Fact[]): boolean {
	if (fact.kind !== 'person') return false;
	if ((mentionCounts(facts).get(normText(fact.value || fact.text)) ?? 0) > 1) return false;
	const s = article.sentences[fact.sentenceIndex];
	if (!s || s.paragraph === firstParagraph(article)) return false;
	return SPEECH.test(s.text);
}

const SPEAKS_AFTER =
	/^\s*,?\s*(?:said|says|continued|added|told|wrote|stated|explained|asked|replied|tweeted|noted)\b/i;
const SPEAKS_BEFORE = /\b(?:said|says|according to|continued|added|wrote)\s+$/i;

/** Is the person named here as the one who speaks ("Reyes said", "said Ana Ruiz")? */
export function speaksHere(fact: Fact, sentence: string, start: number, end: number): boolean {
	return (
		fact.kind === 'person' &&
		(SPEAKS_AFTER.test(sentence.slice(end)) || SPEAKS_BEFORE.test(sentence.slice(0, start)))
	);
}

/**
 * The people the article quotes or reports speaking, by value: the only ones a false
 * statement may put words in the mouth of ("Dunn continued, …" of a boy who died is absurd).
 */
export const speakersOf = memo((facts: Fact[]) => {
	const out = new Set<string>();
	for (const f of facts) {
		if (f.kind !== 'person') continue;
		const at = f.sentence.indexOf(f.text);
		if (at >= 0 && speaksHere(f, f.sentence, at, at + f.text.length))
			out.add(normText(f.value || f.text));
	}
	return out;
}, 8);
