export { getCard, planAnswer, writeAnswer, type AnswerInput, type AnswerPlan } from './answers';
export { reviewWithIndexFields, withIndexFields } from './card-fields';
export { openFactdeckDb, type OpenOptions } from './db';
export {
	articleRange,
	deleteArticle,
	getArticle,
	getArticleBody,
	getFacts,
	getQuestion,
	getQuestions,
	renameArticle,
	saveDeck,
	toQuestion,
	type SaveDeckResult
} from './decks';
export {
	BackupFormatError,
	mapStorageError,
	ReloadRequiredError,
	StorageFullError,
	StorageUnavailableError
} from './errors';
export { listArticleSummaries, type ArticleCounts, type ArticleSummary } from './library';
export { bundledSeen, markBundledSeen } from './meta';
export { clearMissed, listMissed, missedQuestionIds, type MissedEntry } from './missed';
export {
	nextDue,
	nextDueAt,
	practiceCandidates,
	sessionCandidates,
	type CandidateQuery,
	type SessionCandidates
} from './queries';
export {
	DEFAULT_SETTINGS,
	type ArticleRecord,
	type ArticleSource,
	type CardRecord,
	type FactsRecord,
	type QuestionRecord,
	type ReviewRecord,
	type Settings,
	type SuspendInfo,
	type Theme
} from './records';
export { DB_NAME, DB_VERSION, type FactdeckSchema, type FactdeckDb } from './schema';
export { clearSession, loadSession, saveSession } from './session';
export {
	getSettings,
	MAX_SESSION_LENGTH,
	MIN_SESSION_LENGTH,
	normaliseSettings,
	parseSessionLength,
	saveSettings
} from './settings';
export {
	loadStats,
	type ArticleStats,
	type DayCount,
	type KindAccuracy,
	type Retention,
	type Stats
} from './stats';
export { listSuspended, restoreQuestion, suspendQuestion, type SuspendedEntry } from './suspend';
export { amendAnswer, type WrittenAnswer } from './undo';
