import { hash64 } from '../hash';
import { TENS, UNITS } from '../lexical/numbers';
import { FACT_KINDS, type Fact, type Question } from '../types';
import type { BuildContext, Candidate } from './context';
import { stemScore } from './prompt';
import { QUESTION_MODULES } from './types';
import { factKey } from './salience';
import { normText } from './text';

/** Below this a stem is too vague to ask; a fact with nothing better may go lower. */
const GOOD = 0.55;
const LAST_RESORT = 0.2;
/** At most this many questions ask about one fact. */
const PER_FACT = 3;
/**
 * At most this many questions about one fact each ask one sentence: a list of six figures
 * makes six look-alike blanks, and each shows the answers of the others.
 */
const PER_SENTENCE = 2;

type Builder = (fact: Fact, ctx: BuildContext) => Candidate | null;

function safely(build: Builder, fact: Fact, ctx: BuildContext): Candidate | null {
	try {
		return build(fact, ctx);
	} catch {
		// One odd fact loses its question; the deck goes on.
		return null;
	}
}

/** Mentions tried per fact: the first few are as good as all of them, and far cheaper. */
const MENTIONS = 6;

/**
 * The question of one type from the mention with the best sentence: mentions are ranked
 * by their stem (cheap, shared by every type), and only the best that works is built.
 */
function best(build: Builder, mentions: Fact[], ctx: BuildContext): Candidate | null {
	const ranked = mentions
		.slice(0, MENTIONS)
		.map((fact, i) => ({ fact, i, score: stemScore(fact, ctx) }))
		.sort((a, b) => b.score - a.score || a.i - b.i);
	for (const { fact } of ranked) {
		const c = safely(build, fact, ctx);
		if (c) return c;
	}
	return null;
}

/** Facts grouped by what they say: one group per kind and normalised span. */
export function groupFacts(facts: Fact[]): Fact[][] {
	const groups = new Map<string, Fact[]>();
	for (const f of facts) {
		if (!f || typeof f.text !== 'string' || !FACT_KINDS.includes(f.kind) || !f.text.trim())
			continue;
		const key = `${f.kind}|${normText(f.text)}`;
		groups.set(key, [...(groups.get(key) ?? []), f]);
	}
	return [...groups.values()];
}

/**
 * Facts not inside another fact's text: "Michigan" in "University of Michigan" is asked
 * where it stands alone, as a blank inside the longer name would cut it.
 */
function standalone(facts: Fact[]): Fact[] {
	const sorted = [...facts].sort((a, b) => a.start - b.start || b.end - a.end);
	const inside = new Set<Fact>();
	let outer: Fact | undefined;
	for (const f of sorted) {
		if (outer && f.end <= outer.end && f.end - f.start < outer.end - outer.start) inside.add(f);
		else if (!outer || f.end > outer.end) outer = f;
	}
	return inside.size ? facts.filter((f) => !inside.has(f)) : facts;
}

const builders = (role: 'blank' | 'statement') =>
	QUESTION_MODULES.filter((m) => m.role === role && m.build).map((m) => m.build as Builder);
const BLANK_BUILDERS = builders('blank');
const STATEMENT_BUILDERS = builders('statement');

/**
 * Which blank question a group tries first: types alternate across the deck by hash (two
 * in three start with the first type), then the rest in registry order.
 */
function firstChoice(group: Fact[]): Builder[] {
	const turn = parseInt(hash64(group[0].kind + normText(group[0].text)).slice(-2), 16) % 3;
	const first = turn === 0 ? Math.min(1, BLANK_BUILDERS.length - 1) : 0;
	return [BLANK_BUILDERS[first], ...BLANK_BUILDERS.filter((_, i) => i !== first)];
}

/**
 * One blank question (multiple choice or cloze) per fact, a true/false for most, then the
 * questions over several facts; drops repeats and caps questions per fact.
 */
export function selectQuestions(ctx: BuildContext, multi: Candidate[]): Question[] {
	// one item of a list of three or more ("sites at Saqqara, Abydos and Tuna") is a detail
	// of a detail: the list is worth knowing, an item of it is asked only where it stands alone
	const lists = listsOf(ctx);
	const groups = groupFacts(standalone(ctx.facts).filter((f) => !lists.has(f.id)));
	const blanks = groups.map((group) => {
		// The first type with a good question, else the last one that made any.
		let found: Candidate | null = null;
		for (const build of firstChoice(group)) {
			const c = best(build, group, ctx);
			if (c && c.score >= GOOD) return c;
			found = c ?? found;
		}
		return found;
	});
	// A statement that repeats the sentence of a fill-in-the-blank or a wh-question hands
	// out its answer: statements come from sentences no other question is asked of.
	const blanked = new Set(blanks.filter((c): c is Candidate => !!c).map((c) => c.question.source));
	const picked: Candidate[] = [];
	groups.forEach((group, i) => {
		const blank = blanks[i];
		// nor from one a timeline or a match stands on: a session would bury it beside that
		const free = group.filter(
			(f) => !blanked.has(f.sentence) && !ctx.claimed?.has(f.sentenceIndex)
		);
		const tf = free.length ? firstOf(STATEMENT_BUILDERS, free, ctx) : null;
		const floor = (blank?.score ?? 0) >= GOOD || (tf?.score ?? 0) >= GOOD ? GOOD : LAST_RESORT;
		if (blank && blank.score >= floor) picked.push(blank);
		const wantsTf =
			!blank || blank.score < GOOD || parseInt(hash64(group[0].id).slice(-2), 16) % 5 < 3;
		if (tf && wantsTf && tf.score >= (blank ? GOOD : floor)) picked.push(tf);
	});
	picked.push(...multi.filter((c) => c.score >= GOOD));
	const byId = new Map(ctx.facts.map((f) => [f.id, f]));
	return dedupe(picked, (id) => {
		const f = byId.get(id);
		return f ? factKey(f) : id;
	});
}

/**
 * Lists of three or more names or figures of one kind in one sentence ("Spain, Greece,
 * France and Italy"): each fact id mapped to its list.
 */
export function listsOf(ctx: BuildContext): Map<string, string> {
	const out = new Map<string, string>();
	const text = ctx.article.text;
	// runs of one kind: "45 dead in Nyanza Province, 12 in North Eastern Province and seven
	// in Rift Valley Province" is a list of figures though places stand between them
	const byKind = new Map<string, Fact[]>();
	for (const f of ctx.facts) {
		const key = `${f.sentenceIndex}|${f.kind}`;
		byKind.set(key, [...(byKind.get(key) ?? []), f]);
	}
	for (const facts of byKind.values()) {
		let run: Fact[] = [];
		const close = () => {
			if (run.length >= 3 || (run.length === 2 && thirdItem(text, run[0], run[1])))
				for (const f of run) out.set(f.id, run[0].id);
			run = [];
		};
		for (const f of facts) {
			const last = run.at(-1);
			const joined =
				last &&
				f.start >= last.end &&
				(f.kind === 'figure' ? COUNTED_ITEM : ITEM_BETWEEN).test(text.slice(last.end, f.start));
			if (!joined) close();
			run.push(f);
		}
		close();
	}
	// "Busch, 609; Newman, 606; Edwards, 603": items that hold commas are parted by semicolons;
	// a sentence with two or more short parts so is a list, every name and figure in it an item
	for (const f of ctx.facts) {
		const s = ctx.article.sentences[f.sentenceIndex];
		if (s && !out.has(f.id) && isSemicolonList(s.text)) out.set(f.id, `;${f.sentenceIndex}`);
	}
	return out;
}

/**
 * Two names joined by a comma and a third the tagger missed after them ("Nikos Dendias, Nikos
 * Christodoulides and Jean-Yves Le Drian") are a list of three all the same.
 */
function thirdItem(text: string, a: Fact, b: Fact): boolean {
	if (a.kind === 'figure')
		return (
			/,\s*$/.test(text.slice(a.end, b.start)) && COUNTED_LAST.test(text.slice(b.end, b.end + 60))
		);
	return (
		/^\s*,\s*$/.test(text.slice(a.end, b.start)) &&
		/^\s*,?\s+(?:and|or)\s+\p{Lu}/u.test(text.slice(b.end))
	);
}

const ITEM_BETWEEN = /^\s*(?:,|,?\s+and|,?\s+or)\s+$/;
// "fourteen civilians, five soldiers, and one guard": counts each with what it counts
const COUNTED_ITEM = /^\s*(?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]*\s*(?:,|,?\s+and|,?\s+or)\s+$/u;
const NUMBER_WORDS = [...UNITS.slice(1), ...TENS.slice(2)].join('|');
const COUNTED_LAST = new RegExp(
	`^\\s*(?:[\\p{L}'’-]+\\s+){0,4}?[\\p{L}'’-]*\\s*,?\\s+(?:and|or)\\s+(?:\\d|(?:${NUMBER_WORDS})\\b)`,
	'iu'
);

/** Two or more parts of six words or fewer between semicolons (or after the last). */
export function isSemicolonList(sentence: string): boolean {
	const parts = sentence.split(';');
	if (parts.length < 3) return false;
	return parts.slice(1).filter((p) => p.trim().split(/\s+/).length <= 6).length >= 2;
}

function firstOf(list: Builder[], group: Fact[], ctx: BuildContext): Candidate | null {
	for (const build of list) {
		const c = best(build, group, ctx);
		if (c) return c;
	}
	return null;
}

/**
 * Drops repeats: one prompt once, a fact at most PER_FACT times, a sentence at most
 * PER_SENTENCE times, and one person, body, place, date or figure (by value: "Barr" is
 * "William Barr") asked for once by a blank, one statement of a sentence; a statement or
 * a match may name a value a blank asks for.
 */
function dedupe(candidates: Candidate[], valueOf: (id: string) => string): Question[] {
	const blanked = new Set<string>();
	const stated = new Set<string>();
	const prompts = new Set<string>();
	const perFact = new Map<string, number>();
	const perSentence = new Map<string, number>();
	const ids = new Set<string>();
	const out: Question[] = [];
	for (const { question: q } of candidates) {
		const key = q.type === 'timeline' || q.type === 'match' ? q.id : normText(q.prompt);
		if (prompts.has(key) || ids.has(q.id)) continue;
		if (q.factIds.length === 1 && (perFact.get(q.factIds[0]) ?? 0) >= PER_FACT) continue;
		const single = q.factIds.length === 1 ? q.source : '';
		if (single && (perSentence.get(single) ?? 0) >= PER_SENTENCE) continue;
		// two statements of one sentence read alike, one true and one false: one is enough
		if (q.type === 'true-false' && stated.has(q.source)) continue;
		if (q.type === 'true-false') stated.add(q.source);
		const isBlank = q.type === 'cloze' || q.type === 'multiple-choice';
		const value = q.factIds.length === 1 ? valueOf(q.factIds[0]) : '';
		if (isBlank && value && blanked.has(value)) continue;
		if (isBlank && value) blanked.add(value);
		if (single) perSentence.set(single, (perSentence.get(single) ?? 0) + 1);
		prompts.add(key);
		ids.add(q.id);
		for (const id of q.factIds) perFact.set(id, (perFact.get(id) ?? 0) + 1);
		out.push(q);
	}
	return out;
}
