import { ArticleInputError } from '$lib/core/errors';

/** What the learner reads when an import is refused: what is wrong and what to do. */
export function importProblemMessage(error: unknown): string {
	if (!(error instanceof ArticleInputError))
		return error instanceof Error ? error.message : String(error);
	switch (error.problem) {
		case 'empty':
			return 'There is no text to import. Paste an article or choose a .txt or .md file.';
		case 'no-facts':
			return 'No facts were found in this text (no dates, figures, people, places or organisations), so there is nothing to quiz. Nothing was saved.';
		case 'no-questions':
			return `${error.message} Try another article. Nothing was saved.`;
		default:
			return error.message;
	}
}
