/** A learner-readable message for any error a state class catches. */
export function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
