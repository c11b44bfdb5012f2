import { normaliseAnswer } from '../../grading/normalise';

/** One answer, chosen or typed as an option: the same text after normalisation. */
export const sameText = (a: string, b: string) => normaliseAnswer(a) === normaliseAnswer(b);

/** The answer given as one string, whatever the control sent. */
export const oneAnswer = (given: string | string[]) =>
	Array.isArray(given) ? given.join(' ') : String(given ?? '');

/** An ordered answer (timeline, match) is right when every place holds the right item. */
export const sameList = (answer: readonly string[], given: string | string[]) => {
	const list = Array.isArray(given) ? given : [given];
	return (
		list.length === answer.length && answer.every((a, i) => sameText(a, String(list[i] ?? '')))
	);
};
