/** Base class of every error Factdeck raises on purpose. */
export class FactdeckError extends Error {
	constructor(message: string) {
		super(message);
		this.name = new.target.name;
	}
}

export type InputProblem = 'empty' | 'too-large' | 'binary' | 'no-facts' | 'no-questions';

/** The article text cannot be turned into a deck; `message` is meant for the learner. */
export class ArticleInputError extends FactdeckError {
	readonly problem: InputProblem;
	constructor(problem: InputProblem, message: string) {
		super(message);
		this.problem = problem;
	}
}
