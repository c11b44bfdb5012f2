export type {
	BuildRetryInput,
	BuildSessionInput,
	DueCandidate,
	SessionMode,
	SessionProgress,
	SessionState
} from './types';
export {
	buildRetrySession,
	buildSession,
	currentQuestionId,
	DEFAULT_SESSION_LENGTH,
	dropQuestion,
	isFinished,
	parseSession,
	recordAnswer,
	sessionProgress
} from './session';
