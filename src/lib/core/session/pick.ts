import { QUESTION_TYPES, type QuestionType } from '../types';
import type { SessionCandidate } from './types';

/**
 * What a question shows or asks about: its facts and each sentence of its source. Two
 * questions that share one are siblings: one would give the other's answer away.
 */
export function siblingKeys(c: SessionCandidate): string[] {
	const sentences = c.source
		.split(/(?<=[.!?]['"”’)]?)\s+/)
		.map((s) => s.trim())
		.filter((s) => s.length > 0);
	return [...c.factIds.map((f) => `f:${f}`), ...sentences.map((s) => `s:${s}`)];
}

/**
 * Takes up to `length` candidates: `first` in their order, then `rest` round-robin by
 * question type (deck order within a type; in each round the type with the fewest left
 * first), skipping any sibling of one already taken and any id already taken. Buried siblings stay for a later session, as Anki buries them.
 */
export function pickInterleaved(
	first: readonly SessionCandidate[],
	rest: readonly SessionCandidate[],
	length: number,
	skip: ReadonlySet<string>
): string[] {
	const taken: string[] = [];
	const ids = new Set<string>();
	const keys = new Set<string>();
	const take = (c: SessionCandidate): boolean => {
		if (taken.length >= length || ids.has(c.id) || skip.has(c.id)) return false;
		const own = siblingKeys(c);
		if (own.some((k) => keys.has(k))) return false;
		ids.add(c.id);
		for (const k of own) keys.add(k);
		taken.push(c.id);
		return true;
	};
	for (const c of first) take(c);
	const reviews = taken.length;
	const byType = PICK_ORDER.map((t) => rest.filter((c) => c.type === t)).filter(
		(list) => list.length > 0
	);
	const cursor = byType.map(() => 0);
	// A round in which no type gives a question means every list is used up.
	for (let progressed = true; progressed && taken.length < length;) {
		progressed = false;
		// the type with the fewest questions left picks first in each round, so that one whose
		// only question shares a sentence with another's is not crowded out by it
		const order = byType
			.map((list, t) => ({ t, left: list.length - cursor[t] }))
			.sort((a, b) => a.left - b.left || a.t - b.t)
			.map((x) => x.t);
		for (const t of order) {
			if (taken.length >= length) break;
			const list = byType[t];
			while (cursor[t] < list.length) {
				if (take(list[cursor[t]++])) {
					progressed = true;
					break;
				}
			}
		}
	}
	return [...taken.slice(0, reviews), ...roundRobin(taken.slice(reviews), rest)];
}

// Questions of many facts are picked first, while their facts are still free; they are
// asked in the usual order of types.
const PICK_ORDER: readonly QuestionType[] = [
	'timeline',
	'match',
	'multiple-choice',
	'cloze',
	'true-false'
];

function roundRobin(ids: readonly string[], all: readonly SessionCandidate[]): string[] {
	const typeOf = new Map(all.map((c) => [c.id, c.type]));
	const lists = QUESTION_TYPES.map((t) => ids.filter((id) => typeOf.get(id) === t));
	const out: string[] = [];
	for (let round = 0; out.length < ids.length; round++)
		for (const list of lists) if (round < list.length) out.push(list[round]);
	return out;
}
