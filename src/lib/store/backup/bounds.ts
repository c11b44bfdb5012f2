/**
 * What a stored value can mean, in numbers. The record schemas read these; so does the
 * repair at open. A value outside them is damage, never data.
 */

/** Times (epoch ms) between 2000 and 2300: FSRS schedules at most 100 years ahead. */
export const MIN_TIME = Date.UTC(2000, 0, 1);
export const MAX_TIME = Date.UTC(2300, 0, 1);

/**
 * The highest review key a file may bring. Keys are the store's key generator's; one at
 * 2^53 stops every later answer ("Maximum key generator value reached"), so a file's keys
 * must leave that generator almost all of its range.
 */
export const MAX_REVIEW_ID = 2 ** 40;

/** Counts of anything in one article or one learner's history. */
export const MAX_COUNT = 10_000_000;

/** FSRS caps intervals and stability at 100 years. */
export const MAX_DAYS = 36_500;

/** Ids are hashes or short names; a longer one is not ours. */
export const MAX_ID_LENGTH = 200;

/** Whether `id` can be a review key of this store. */
export function isReviewKey(id: unknown): id is number {
	return Number.isSafeInteger(id) && (id as number) >= 1 && (id as number) <= MAX_REVIEW_ID;
}
