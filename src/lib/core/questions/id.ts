import { hash64 } from '../hash';
import type { QuestionType } from '../types';

/**
 * A question's stable id: article, type, the sorted ids of its facts and a variant name.
 * Never an index or a counter, so progress survives regeneration.
 */
export function questionId(
	articleId: string,
	type: QuestionType,
	factIds: readonly string[],
	variant = ''
): string {
	return hash64(`${articleId}|${type}|${[...factIds].sort().join(',')}|${variant}`);
}
