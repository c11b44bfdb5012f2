import { cardLevel } from '$lib/core/schedule';
import type { CardRecord, ReviewRecord } from './records';

/**
 * Sets the derived fields the card indexes read. An index skips a record whose key is
 * missing, so `dueAt` and `level` exist only on cards that can be asked: a suspended or
 * retired card drops out of every due query and count without a filter.
 */
export function withIndexFields(card: CardRecord): CardRecord {
	const out: CardRecord = { ...card };
	delete out.dueAt;
	delete out.level;
	delete out.suspendedAt;
	if (out.suspended) out.suspendedAt = out.suspended.at;
	else delete out.suspended;
	const level = cardLevel(out.fsrs);
	if (!out.retired && !out.suspended && level !== 'new') {
		out.dueAt = out.fsrs.due;
		out.level = level;
	}
	for (const key of Object.keys(out) as (keyof CardRecord)[])
		if (out[key] === undefined) delete out[key];
	return out;
}

/** Sets `seen`, so the retention index counts exactly the reviews of cards seen before. */
export function reviewWithIndexFields(review: ReviewRecord): ReviewRecord {
	const out: ReviewRecord = { ...review };
	if (out.seenBefore) out.seen = 1;
	else delete out.seen;
	return out;
}
