import { BackupFormatError } from '$lib/store/errors';

export type BackupProblem =
	'empty' | 'too-large' | 'not-json' | 'foreign' | 'future-version' | 'invalid';

/** A file refused before anything was written; `message` is meant for the learner. */
export class BackupFileError extends BackupFormatError {
	readonly problem: BackupProblem;
	constructor(problem: BackupProblem, message: string) {
		super(message);
		this.problem = problem;
	}
}
