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
