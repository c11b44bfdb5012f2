import { demonymCountry } from '../lexicon';
import type { AnnotatedSentence } from './train';

/**
 * The two corpora disagree on demonyms used as adjectives: wikigold tags "American singer" as
 * MISC, GUM (whose conventions the tagger follows) does not. Before training, a one-word MISC
 * that the reference lists know as a demonym and that a lower-case word follows is untagged,
 * so the model learns one convention. Languages ("written in German.") stay MISC.
 */
export function harmoniseDemonyms(sentence: AnnotatedSentence): AnnotatedSentence {
	const { tokens, tags } = sentence;
	const out = tags.map((tag, i) => {
		const single = tag === 'B-MISC' && tags[i + 1] !== 'I-MISC';
		const beforeLowerCase = /^\p{Ll}/u.test(tokens[i + 1] ?? '');
		return single && beforeLowerCase && demonymCountry(tokens[i]) ? 'O' : tag;
	});
	return { ...sentence, tags: out };
}
