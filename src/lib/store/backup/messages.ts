import type * as v from 'valibot';

// Turns the first schema issue into a sentence a learner can read: which record, which
// field, missing or impossible. The schema library's own wording never reaches the page.

/** What a learner calls one record of each list. */
export const RECORD_NAMES: Record<string, string> = {
	articles: 'article',
	questions: 'question',
	facts: 'article text',
	cards: 'progress card',
	reviews: 'answer'
};

const FIELDS: Record<string, string> = {
	id: 'key',
	words: 'word count',
	createdAt: 'creation date',
	generator: 'generator version',
	customName: 'name',
	questionCount: 'number of questions',
	type: 'question type',
	prompt: 'question text',
	accept: 'other accepted answers',
	factIds: 'facts',
	kind: 'kind of fact',
	articleId: 'article',
	order: 'position',
	start: 'start in the text',
	end: 'end in the text',
	sentenceIndex: 'sentence number',
	fsrs: 'schedule',
	due: 'due date',
	elapsedDays: 'count of days since the last review',
	choices: 'set of choices',
	scheduledDays: 'interval',
	learningSteps: 'learning step',
	reps: 'number of reviews',
	lapses: 'number of lapses',
	state: 'learning state',
	lastReview: 'last review date',
	retired: 'retired mark',
	suspended: 'flag',
	dueAt: 'due date',
	suspendedAt: 'flag date',
	missedAt: 'missed date',
	lastCorrect: 'last result',
	lastGiven: 'last answer',
	questionId: 'question',
	correct: 'result',
	given: 'given answer',
	seenBefore: 'seen-before mark',
	at: 'time',
	seen: 'seen mark',
	sessionLength: 'session length',
	exportedAt: 'export date',
	counts: 'count of records',
	data: 'content',
	granularity: 'date precision'
};

function fieldName(key: string): string {
	return FIELDS[key] ?? key.replace(/[A-Z]/g, (c) => ' ' + c.toLowerCase());
}

const isIndex = (s: string | undefined) => s !== undefined && /^\d+$/.test(s);

/** "answer 3", "fact 2 of article text 1", or null for the file itself. */
function subjectOf(keys: string[]): { subject: string | null; rest: string[] } {
	if (keys[0] !== 'data' || keys.length < 2) return { subject: null, rest: keys };
	const [, list, index, ...rest] = keys;
	if (list === 'settings') return { subject: 'the settings record', rest: keys.slice(2) };
	const name = RECORD_NAMES[list] ?? list;
	if (!isIndex(index)) return { subject: null, rest: [`list of ${name}s`] };
	let subject = `${name} ${Number(index) + 1}`;
	if (list === 'facts' && rest[0] === 'facts' && isIndex(rest[1])) {
		subject = `fact ${Number(rest[1]) + 1} of ${subject}`;
		rest.splice(0, 2);
	}
	return { subject, rest };
}

/** The first issue of a failed parse, in plain words, without the final full stop. */
export function describeIssue(issue: v.BaseIssue<unknown>): string {
	const keys = (issue.path ?? []).map((item) => String(item.key));
	const { subject, rest } = subjectOf(keys);
	const field = rest.filter((k) => !isIndex(k)).at(-1);
	const missing = issue.input === undefined;
	if (!field) return `${subject ?? 'it'} is not in a shape Factdeck knows`;
	const what = fieldName(field);
	if (!subject) return missing ? `its ${what} is missing` : `its ${what} is impossible`;
	return missing ? `${subject} is missing its ${what}` : `${subject} has an impossible ${what}`;
}
