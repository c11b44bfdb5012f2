import { wordCount } from '../../text';
import { seededShuffle } from '../../../hash';
import type { Fact, FactKind, MatchQuestion } from '../../../types';
import { displayAnswer } from '../../answer';
import type { BuildContext, Candidate } from '../../context';
import { questionId } from '../../id';
import { HEAD_TITLES } from '../../obvious';
import { inHeadline } from '../../prompt';
import { locate } from '../../stem';
import { isMinorSpeaker } from '../../minor';
import { factKey, mentionCounts, topParagraphs } from '../../salience';
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
		// a pair the name's own initials give away tests spelling, not the article
		if (spellsInitials(acronym, name)) continue;
		out.push({ left: acronym.trim(), right: name, fact });
	}
	return out;
}

/** "sister Mélanie": a kinship word before a name names the relative, not this person's role. */
const KIN_NAMED =
	/\b(?:brother|sister|son|daughter|wife|husband|mother|father|partner|uncle|aunt|cousin)\s+\p{Lu}/u;

const HEAD_ROLE = new RegExp(`\\b(?:${[...HEAD_TITLES, 'Monarch'].join('|')})\\b`, 'i');

/**
 * A role that says what someone is: two words or more, not opened by "another" or "other",
 * and a noun phrase whole: not opened by a conjunction or a preposition ("and the director",
 * "alongside actor …") nor ending on one ("cute boy to"), which a cut through its sentence leaves.
 */
function fullRole(role: string): boolean {
	return (
		wordCount(role) >= 2 &&
		!/^(?:another|other|fellow|also)\b/i.test(role) &&
		!ROLE_OPEN.test(role) &&
		!ROLE_END.test(role)
	);
}

const ROLE_OPEN =
	/^(?:and|but|or|nor|so|yet|alongside|with|without|to|of|for|by|as|at|in|on|from|than|like|who|which|that)\b/i;
const ROLE_END = /\b(?:to|of|for|with|by|as|at|in|on|from|and|or|the|a|an|than|who|which|that)$/i;

/** "NASA" for "National Aeronautics and Space Administration": initials spell themselves out. */
export function spellsInitials(acronym: string, name: string): boolean {
	const initials = name
		.split(/[\s-]+/)
		.filter((w) => /^\p{Lu}/u.test(w))
		.map((w) => w[0])
		.join('');
	return initials.toUpperCase() === acronym.replace(/[^A-Za-z]/g, '').toUpperCase();
}

/**
 * Person ↔ role, one pair a person: a surname already paired is the same person, and a name
 * still written with its title ("Health Minister Ana Ruiz") would show its own answer.
 */
function rolePairs(ctx: BuildContext): Pair[] {
	const surnames = new Set<string>();
	const out: Pair[] = [];
	const mentions = mentionCounts(ctx.facts);
	const top = topParagraphs(ctx.article);
	for (const fact of ctx.facts) {
		if (fact.kind !== 'person' || !fact.role?.trim()) continue;
		// one of the story's people: named in its first two paragraphs or more than once; a
		// witness or a bystander named once further down is a side detail
		const paragraph = ctx.article.sentences[fact.sentenceIndex]?.paragraph ?? -1;
		if ((mentions.get(factKey(fact)) ?? 0) < 2 && !top.has(paragraph)) continue;
		const left = displayAnswer(fact);
		const right = tidy(fact.role);
		const surname = normText(left).split(' ').at(-1)!;
		if (surnames.has(surname) || normText(left).includes(normText(right))) continue;
		// the headline above the quiz tells who its people are; a head of state or government
		// is known without the story; "Another former adviser" or "King" alone is a fragment
		if (inHeadline(ctx, [left, surname]) || HEAD_ROLE.test(right) || !fullRole(right)) continue;
		// a spokesperson, or one named only as the source of words, is no actor of the story
		if (isMinorSpeaker(fact, ctx.article, ctx.facts)) continue;
		// "brother Tom and sister Mélanie": words that name other people are no role of this one
		if (/\band\b/i.test(right) || KIN_NAMED.test(right)) continue;
		surnames.add(surname);
		out.push({ left, right, fact });
	}
	return out;
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
		// "Senator" beside "United States Senator": two labels one item fits are no match
		if ([...rights].some((o) => o.includes(r) || r.includes(o))) continue;
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
 * Match questions: acronym ↔ name, person ↔ role; each on sentences
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
		[() => rolePairs(ctx), 'role', 'Match each person with their role in the article', 'person']
	];
	// No figure ↔ what it counts: its labels, a noun or two cut from the sentence, often fit
	// several figures ("people", "ballots") or none; readers accepted 1 of 13 (data/ratings).
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
