export type {
	BuildPracticeInput,
	BuildRetryInput,
	BuildSessionInput,
	DueCandidate,
	SessionMode,
	SessionCandidate,
	SessionProgress,
	SessionState,
	ShownFeedback
} from './types';
export {
	buildPracticeSession,
	buildRetrySession,
	buildSession,
	currentQuestionId,
	DEFAULT_SESSION_LENGTH,
	dropQuestion,
	hideFeedback,
	isFinished,
	parseSession,
	recordAnswer,
	sessionProgress
} from './session';
export { pickInterleaved, siblingKeys } from './pick';
export { shuffledForAsk } from './shuffle';
