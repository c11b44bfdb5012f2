import { findCity, findCountry, findRegion } from '../lexicon';
import type { Fact } from '../types';
import type { BuildContext } from './context';
import type { Located } from './stem';

/**
 * A country its own sentence, or the headline above every question, already places: one
 * who knows where Osaka is needs no article for "a flood in Osaka, _____". The places are
 * known by the reference lists, never guessed.
 */
export function countryGivenAway(fact: Fact, ctx: BuildContext): boolean {
	if (fact.kind !== 'place') return false;
	const code = findCountry(fact.text)?.code ?? findCountry(fact.value)?.code;
	if (!code) return false;
	const near = new Set([fact.sentenceIndex, ctx.article.headline]);
	return ctx.facts.some(
		(f) =>
			f.kind === 'place' &&
			near.has(f.sentenceIndex) &&
			f.value !== fact.value &&
			!findCountry(f.text) &&
			(findCity(f.text)?.country ?? findRegion(f.text)?.country) === code
	);
}

const HEAD_OF_STATE =
	/\b(?:President|Prime\s+Minister|Premier|Chancellor|King|Queen|Pope|Emperor|Supreme\s+Leader)\s+$/;

/**
 * "Russian President _____", "Prime Minister _____ said": who leads a country is what the
 * learner knows already, or learns from any news; a question on it tests no reading.
 */
export function leaderGivenAway(fact: Fact, at: Located): boolean {
	return fact.kind === 'person' && HEAD_OF_STATE.test(at.sentence.slice(0, at.start));
}
