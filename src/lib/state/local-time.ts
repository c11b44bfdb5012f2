/** The learner's UTC offset at `now` (Date#getTimezoneOffset), for local-day stats. */
export function timezoneOffset(now: number): number {
	return new Date(now).getTimezoneOffset();
}
