export type { CardLevel, CardState, ScheduleOptions, ScheduledAnswer } from './types';
export {
	cardLevel,
	clampRetention,
	DEFAULT_RETENTION,
	MASTERED_STABILITY_DAYS,
	newCard,
	scheduleAnswer
} from './scheduler';
export {
	dayLabel,
	dueCutoff,
	daySpans,
	kindAccuracy,
	localDay,
	retention,
	streakOf,
	type DayCount,
	type DaySpan,
	type KindAccuracy,
	type Retention
} from './stats';
export { formatWait } from './interval';
