export { ArticleState, type FactWithQuestions } from './article.svelte';
export { connection, ConnectionState } from './connection.svelte';
export {
	saveImportedDeck,
	seedBundledDecks,
	type BundledDeck,
	type BundledDeckEntry,
	type SaveDeckResult,
	type SeedResult
} from './decks';
export { FlaggedState, flagQuestion, type SuspendedEntry } from './flagged.svelte';
export { LibraryState, type ArticleCounts, type ArticleSummary } from './library.svelte';
export { MissedState, type MissedEntry } from './missed.svelte';
export {
	QuizState,
	type Feedback,
	type QuizStatus,
	type SessionMode,
	type SessionProgress,
	type StartOptions
} from './quiz.svelte';
export { applyTheme, settings, SettingsState, type Settings, type Theme } from './settings.svelte';
export {
	StatsState,
	type ArticleStats,
	type DayCount,
	type KindAccuracy,
	type Retention,
	type Stats
} from './stats.svelte';
