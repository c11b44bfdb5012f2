import { BackupFormatError } from '../errors';

export type BackupProblem =
	| 'empty'
	| 'too-large'
	| 'encoding'
	| 'checksum'
	| 'not-json'
	| 'foreign'
	| 'future-version'
	| 'invalid';

/** A file refused before anything was written; `message` is meant for the learner. */
export class BackupFileError extends BackupFormatError {
	readonly problem: BackupProblem;
	constructor(problem: BackupProblem, message: string) {
		super(message);
		this.problem = problem;
	}
}

/** Every refusal of a file that is ours but broken starts so. */
export const DAMAGED = 'This backup is damaged';

export function damaged(problem: BackupProblem, what: string): BackupFileError {
	return new BackupFileError(problem, `${DAMAGED}: ${what}.`);
}
