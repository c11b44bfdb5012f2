import { wordCount } from '../../text';
import { findNumber } from '../../../lexical/numbers';
import { seededShuffle } from '../../../hash';
import type { Fact, FactKind, MatchQuestion } from '../../../types';
import { displayAnswer } from '../../answer';
import type { BuildContext, Candidate } from '../../context';
import { questionId } from '../../id';
import { locate } from '../../stem';
import { isTrivia } from '../../trivia';
import { normText, tidy } from '../../text';

interface Pair {
	left: string;
	right: string;
	fact: Fact;
}

const isAcronym = (s: string) =>
	/^[A-Z][A-Za-z]{1,5}$/.test(s) && /[A-Z].*[A-Z]|^[A-Z][a-z]{1,3}$/.test(s);

function acronymPairs(ctx: BuildContext): Pair[] {
	const out: Pair[] = [];
	for (const fact of ctx.facts) {
		if (fact.kind !== 'organisation' && fact.kind !== 'place') continue;
		const name = displayAnswer(fact);
		const at = locate(fact, ctx.article);
		const paren = at && /^\s*\(([^()]{2,8})\)/.exec(at.sentence.slice(at.end));
		const inText = /\(([^()]{2,8})\)\s*$/.exec(fact.text);
		const forms = [paren?.[1], inText?.[1], fact.value, ...(fact.aliases ?? [])];
		const acronym = forms.find((f) => f && isAcronym(f.trim()));
		if (!acronym || isAcronym(name) || name.split(/\s+/).length < 2) continue;
		out.push({ left: acronym.trim(), right: name, fact });
	}
	return out;
}

/**
 * Person ↔ role, one pair a person: a surname already paired is the same person, and a name
 * still written with its title ("Health Minister Ana Ruiz") would show its own answer.
 */
function rolePairs(ctx: BuildContext): Pair[] {
	const surnames = new Set<string>();
	const out: Pair[] = [];
	for (const fact of ctx.facts) {
		if (fact.kind !== 'person' || !fact.role?.trim()) continue;
		const left = displayAnswer(fact);
		const right = tidy(fact.role);
		const surname = normText(left).split(' ').at(-1)!;
		if (surnames.has(surname) || normText(left).includes(normText(right))) continue;
		surnames.add(surname);
		out.push({ left, right, fact });
	}
	return out;
}

const PLURAL = /^(?:[a-z]{2,}s|people|men|women|children|staff|personnel|police|cattle)$/;

/**
 * What a figure counts: the article's own `counts`, else the plural noun right after the
 * number, with up to two words before it ("registered bidders", "Ukrainian crew members").
 * Money has no `counts`: "$9bn headache" counts nothing.
 */
function countsOf(fact: Fact, ctx: BuildContext): string | undefined {
	if (fact.figure?.counts) return tidy(fact.figure.counts);
	if (/[$£€¥%]/.test(fact.text) || fact.figure?.unit) return undefined;
	const at = locate(fact, ctx.article);
	if (!at) return undefined;
	const next = at.sentence.slice(at.end).match(/^((?:\s+[\p{L}-]+){1,3})/u);
	if (!next) return undefined;
	const words = next[1].trim().split(/\s+/);
	const noun = words.findIndex((w) => PLURAL.test(w));
	if (
		noun < 0 ||
		words.slice(0, noun).some((w) => /^(of|and|or|the|a|an|to|in|were|are|was)$/i.test(w))
	)
		return undefined;
	return words.slice(0, noun + 1).join(' ');
}

const UNIT_NOUN =
	/^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|times|per\s?cent|percent|points?|miles?|km|metres?|meters?|feet|kg|tonnes?|tons?)$/i;

function figurePairs(ctx: BuildContext): Pair[] {
	const pairs: Pair[] = [];
	for (const fact of ctx.facts) {
		if (fact.kind !== 'figure' || !findNumber(fact.text)) continue;
		const counts = countsOf(fact, ctx);
		// "eight hours" ↔ "hours" asks nothing.
		if (counts && normText(fact.text).includes(normText(counts))) continue;
		// no side detail ("17 ↔ age", a number in a quotation) and no count of one or two
		const at = locate(fact, ctx.article);
		if (!counts || !at || isTrivia(fact, at, ctx.facts)) continue;
		// "40 ↔ years": a unit of time or measure says how much, not what was counted
		if (wordCount(counts) < 2 && UNIT_NOUN.test(counts)) continue;
		pairs.push({ left: displayAnswer(fact), right: counts, fact });
	}
	// A label that fits two different values would have two right answers.
	const values = new Map<string, Set<number>>();
	for (const p of pairs) {
		const key = normText(p.right).replace(/s$/, '');
		const set = values.get(key) ?? new Set();
		set.add(findNumber(p.fact.text)!.value);
		values.set(key, set);
	}
	// And a value that counts two things ("three vessels", "three crew members") as well.
	const labels = new Map<number, Set<string>>();
	for (const p of pairs) {
		const v = findNumber(p.fact.text)!.value;
		labels.set(v, (labels.get(v) ?? new Set()).add(normText(p.right)));
	}
	return pairs.filter(
		(p) =>
			values.get(normText(p.right).replace(/s$/, ''))!.size === 1 &&
			labels.get(findNumber(p.fact.text)!.value)!.size === 1
	);
}

// Plural nouns that count the same things: a figure of people and one of lives cannot be
// told apart by their labels.
const COUNT_CLASSES = [
	'people persons individuals lives residents citizens victims patients civilians men women children adults',
	'cars vehicles trucks lorries buses',
	'homes houses buildings structures dwellings'
].map((c) => new Set(c.split(' ')));

function sameClass(a: string, b: string): boolean {
	const head = (s: string) => s.split(' ').at(-1) ?? '';
	return COUNT_CLASSES.some((c) => c.has(head(a)) && c.has(head(b)));
}

/** Keeps pairs whose left and right sides are each unique, at most five. */
function unique(pairs: Pair[]): Pair[] {
	const lefts = new Set<string>();
	const rights = new Set<string>();
	const out: Pair[] = [];
	for (const p of pairs) {
		const l = normText(p.left);
		const r = normText(p.right);
		if (!l || !r || lefts.has(l) || rights.has(r) || l === r) continue;
		// "Senator" beside "United States Senator", "lives" beside "people": two labels one
		// item fits equally are no match
		if ([...rights].some((o) => o.includes(r) || r.includes(o) || sameClass(o, r))) continue;
		lefts.add(l);
		rights.add(r);
		out.push(p);
	}
	return out.slice(0, 5);
}

function match(
	raw: Pair[],
	ctx: BuildContext,
	variant: string,
	prompt: string,
	kind: FactKind
): Candidate | null {
	const pairs = unique(raw.filter((p) => !ctx.claimed?.has(p.fact.sentenceIndex)));
	if (pairs.length < 3) return null;
	const factIds = pairs.map((p) => p.fact.id);
	const id = questionId(ctx.article.id, 'match', factIds, variant);
	const answer = pairs.map((p) => p.right);
	let choices = seededShuffle(answer, id);
	if (choices.every((c, i) => c === answer[i])) choices = [...answer.slice(1), answer[0]];
	const question: MatchQuestion = {
		id,
		type: 'match',
		prompt,
		items: pairs.map((p) => p.left),
		choices,
		answer,
		factIds,
		source: [...new Set(pairs.map((p) => p.fact.sentence))].join(' '),
		kind
	};
	return { question, score: 0.9 };
}

/**
 * Match questions: acronym ↔ name, person ↔ role, figure ↔ what it counts; each on sentences
 * no other question of several facts stands on.
 */
export function matches(ctx: BuildContext): Candidate[] {
	const kinds: [() => Pair[], string, string, FactKind][] = [
		[
			() => acronymPairs(ctx),
			'acronym',
			'Match each abbreviation with the name it stands for in the article',
			'organisation'
		],
		[() => rolePairs(ctx), 'role', 'Match each person with their role in the article', 'person'],
		[
			() => figurePairs(ctx),
			'counts',
			'Match each figure with what it counts in the article',
			'figure'
		]
	];
	const out: Candidate[] = [];
	const claimed = new Set(ctx.claimed ?? []);
	for (const [pairs, variant, prompt, kind] of kinds) {
		const c = match(pairs(), { ...ctx, claimed }, variant, prompt, kind);
		if (!c) continue;
		out.push(c);
		const ids = new Set(c.question.factIds);
		for (const f of ctx.facts) if (ids.has(f.id)) claimed.add(f.sentenceIndex);
	}
	return out;
}
