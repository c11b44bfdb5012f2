import { parseDate } from '../../../lexical/dates';
import { seededShuffle } from '../../../hash';
import type { Fact, TimelineQuestion } from '../../../types';
import type { BuildContext, Candidate } from '../../context';
import { questionId } from '../../id';
import { hasFiniteVerb, isSentence } from '../../english/verbs';
import { locate } from '../../stem';
import { isTrivia } from '../../trivia';
import { capitalise, normText, tidy, wordCount } from '../../text';

interface Dated {
	fact: Fact;
	/** Days since year 0, first and last day the date may mean. */
	from: number;
	to: number;
	explicitYear: boolean;
	event: string;
}

const dayNumber = (y: number, m: number, d: number) => y * 372 + (m - 1) * 31 + (d - 1);

/** The range of days a date covers; a year-less date is placed in year 0. */
function range(fact: Fact): Omit<Dated, 'fact' | 'event'> | null {
	const d = parseDate(fact.text);
	if (!d || (d.month === undefined && d.year === undefined)) return null;
	const y = d.year ?? 0;
	const from = dayNumber(y, d.month ?? 1, d.day ?? 1);
	const to = dayNumber(y, d.month ?? 12, d.day ?? 31);
	return { from, to, explicitYear: d.year !== undefined };
}

const CUT =
	/,\s+(?:but|while|without|which|during which|whereas|although|though|as|after|before)\b|;\s+|\s+[–—-]\s+|:\s+/;

/**
 * A short clause for the event of a dated sentence: the date and its preposition removed,
 * cut at the first clause boundary. Null when the date only qualifies a noun ("a 2003 treaty").
 */
export function eventClause(fact: Fact, ctx: BuildContext): string | null {
	const at = locate(fact, ctx.article);
	// when words were said or printed is no event of the story
	if (!at || !isSentence(at.sentence) || isTrivia(fact, at, ctx.facts)) return null;
	// Two dates in one sentence ("on 10 May, and again on 14 May") make one event of two.
	const others = ctx.facts.filter(
		(f) => f.kind === 'date' && f.sentenceIndex === fact.sentenceIndex && f.id !== fact.id
	);
	if (others.length) return null;
	// "On Sunday, the emergency begun on 15 November ended": a weekday or a time told by
	// today's date dates the sentence's event; the date dates only a detail of it
	const rest = at.sentence.slice(0, at.start) + ' ' + at.sentence.slice(at.end);
	if (OTHER_TIME.test(rest)) return null;
	const before = at.sentence.slice(0, at.start);
	const after = at.sentence.slice(at.end);
	// "the 2019 election", "a 2003 treaty": the date belongs to a noun, not to this event.
	if (/\b(a|an|the|its|their|his|her)\s+$/i.test(before) && /^\s+\p{L}/u.test(after)) return null;
	// "2014's album": nor when it owns the noun; "mid-2019", "pre-1990": nor when a word holds it
	if (/^['’]s\b/.test(after) || /-$/.test(before)) return null;
	// "the first half of 2019", "the end of May": the date is part of a longer time.
	if (
		/\b(?:half|quarter|end|beginning|start|middle|rest|part|spring|summer|autumn|winter)\s+of\s+$/i.test(
			before
		)
	)
		return null;
	// A date in a later clause ("…, which expired on 26 December") dates that clause only.
	const main = before.split(CUT);
	if (main.length > 1 && wordCount(main.slice(0, -1).join(' ')) >= 3) return null;
	const lead =
		/(?:^|[\s,])(?:(?:on|in|since|by|from|until)\s+)?(?:on|in|since|by|from|until|as of|early|late|mid)\s*$/i.exec(
			before
		);
	let head = (lead ? before.slice(0, lead.index) : before).trimEnd();
	let tail = after.trimStart();
	// "(born 1970)", "(signed in 1990)": a date in brackets dates what the brackets say,
	// not the sentence's event
	if (/\([^()]*$/.test(head) && /^[^()]*\)/.test(tail)) return null;
	// ", in 1972, to London": a date set off by commas takes both with it
	if (/,$/.test(head) && /^,/.test(tail)) {
		head = head.slice(0, -1);
		tail = tail.slice(1).trimStart();
	}
	let s = tidy(`${head} ${tail.replace(/^,/, ',')}`)
		.replace(/\s*\[\d+\]/g, '')
		.replace(/^[,\s]+/, '')
		.replace(/\s+,/g, ',');
	// "Lensey, born, is an author": the date was a detail of someone, not the event; and a
	// birth or a death needs no article to be put first or last
	if (/\bborn\b|\b(?:died|dies|death|buried)\b|\(\s*\)/.test(s)) return null;
	s = s.split(CUT)[0];
	s = s.replace(/^[“"]/, '').replace(/[\s,.;:”"]+$/, '');
	const short = shorten(s.replace(/,\s*,/g, ','));
	// a clause cut before its verb ("The singer Eva Moss of the town of Kelby") tells no event
	if (!short || !isSentence(short + '.') || !hasFiniteVerb(short)) return null;
	s = short;
	// "had come to acknowledge", "has been in a relationship": a perfect tells a state up to
	// a time, not an event that happened on the date
	// ("said that Russia had managed to …" tells the saying, dated; the perfect is reported)
	if (PERFECT.test(s.split(/\b(?:said|says|announced|reported|that)\b/)[0])) return null;
	// "…, and Bonner, his sole contact": a subject whose verb the cut left out
	if (/,\s+and\s+[^,]+,[^,]*$/.test(s) && !hasFiniteVerb(s.slice(s.lastIndexOf(', and') + 5)))
		return null;
	// A clause cut where it goes on ("informing them, to") or left as a dash is no event;
	// nor one that opens on a subordinating word ("When the band split").
	if (wordCount(s) < 3 || DANGLING_END.test(s) || !/^\p{L}/u.test(s) || SUBORDINATE.test(s))
		return null;
	// "A few days later Trump dropped it", "finally gave up": an event that tells its own
	// place in the order gives the answer away
	if (SEQUENCE.test(s)) return null;
	// "is scheduled for presentation", "will open", "is expected to": a date of what is still to
	// come orders the plan, not an event that happened
	if (PLANNED.test(s)) return null;
	// "at the ACM (Association": a cut inside brackets leaves them open
	if (/\([^)]*$/.test(s) || (s.match(/["“”]/g) ?? []).length % 2 === 1) return null;
	// "He was convicted": an event must say who or what, since it stands without its sentence
	if (PRONOUN_START.test(s) || SUBJECT_PRONOUN.test(s)) return null;
	return capitalise(s);
}

const PERFECT =
	/\b(?:has|have|had)\s+(?:(?:not|also|already|long|never|just)\s+)?(?:been|come|gone|\p{L}+ed|\p{L}+en)\b/iu;

const SEQUENCE =
	/\b(?:later|earlier|finally|eventually|afterwards?|subsequently|then|previously|again|continued|resumed|first|next|meanwhile|soon|(?:after|before|following)\s+(?:the|his|her|their|its)\s+\p{Ll}+)\b/iu;

const PLANNED =
	/\b(?:(?:is|are|was|were)\s+(?:scheduled|due|set|expected|planned|slated|to\s+be)\b|will\b|(?:plans|planned|planning)\s+to\b)/i;

const OTHER_TIME =
	/\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tomorrow|tonight|(?:last|next|this)\s+(?:week|month|year|weekend))\b/i;

const PRONOUN_START = /^(?:he|she|they|it|we|i|you|his|her|their|its|this|these|those)\b/i;

// "Arriving home, he turned to law", "proposed to her": a pronoun for a person anywhere leaves
// the event without someone it tells of ("her" before a noun owns it and may stay)
const SUBJECT_PRONOUN =
	/\b(?:he|she|they|we|I|him|them|her(?=\s*$|\s+(?:in|on|at|to|for|with|from|by|and|as|after|before|during|when|while|that)\b))\b/;

const SUBORDINATE =
	/^(?:when|while|as|after|before|since|although|though|if|because|once|until|whereas|where|which|who)\b/i;

const DANGLING_END = /\b(?:to|which|who|of|and|or|the|a|an|for|with|by|at|in|on|that|from|as)$/i;

const BREAK = /^(with|for|in|at|after|before|from|by|including|without|who|which)$/i;

// "partnered with", "charged with", "convicted of": a verb's preposition begins what it takes,
// and a cut there leaves the verb without it; so does one after "to possess"
const BOUND_VERB = /(?:\p{L}{2,}ed|\bto\s+\p{L}+)\s+\S+$/iu;

/**
 * A long clause cut before a late preposition or relative word ("… mobilize 300,000 people |
 * with an average age of 35"); null when it has none to cut at, since a clause cut
 * anywhere else reads as a fragment. "and" is no place to cut: it splits a phrase in two.
 */
function shorten(s: string): string | null {
	const words = s.split(/\s+/);
	if (words.length <= 16) return s;
	for (let i = 15; i >= 8; i--)
		if (BREAK.test(words[i]) && !BOUND_VERB.test(words.slice(i - 2, i + 1).join(' ')))
			return words
				.slice(0, i)
				.join(' ')
				.replace(/[,;:]$/, '');
	return null;
}

/** Picks up to five dates that can be told apart, spread across the chain. */
function orderable(items: Dated[]): Dated[] {
	const sorted = [...items].sort((a, b) => a.from - b.from || a.to - b.to);
	const chain: Dated[] = [];
	for (const d of sorted) {
		const last = chain.at(-1);
		if (!last || d.from > last.to) chain.push(d);
		else if (d.to < last.to) chain[chain.length - 1] = d;
	}
	if (chain.length <= 5) return chain;
	return [0, 1, 2, 3, 4].map((i) => chain[Math.round((i * (chain.length - 1)) / 4)]);
}

/** Year-less dates are trusted to share a year only within half a year of each other. */
function sameYearWindow(items: Dated[]): Dated[] {
	const sorted = [...items].sort((a, b) => a.from - b.from);
	let best: Dated[] = [];
	for (let i = 0; i < sorted.length; i++) {
		const window = sorted.filter(
			(d) => d.from >= sorted[i].from && d.to - sorted[i].from <= 6 * 31
		);
		if (window.length > best.length) best = window;
	}
	return best;
}

function timeline(dated: Dated[], ctx: BuildContext, variant: string): Candidate | null {
	// one event a sentence: two dates of one sentence make two halves of one event
	const seen = new Set<number>();
	const own = dated.filter(
		(d) => !seen.has(d.fact.sentenceIndex) && seen.add(d.fact.sentenceIndex)
	);
	const chosen = orderable(own);
	if (chosen.length < 3) return null;
	const events = chosen.map((d) => d.event);
	if (new Set(events.map(normText)).size !== events.length) return null;
	const factIds = chosen.map((d) => d.fact.id);
	const id = questionId(ctx.article.id, 'timeline', factIds, variant);
	let choices = seededShuffle(events, id);
	// A shuffle that happens to keep the order would hand out the answer.
	if (choices.every((e, i) => e === events[i])) choices = [...events.slice(1), events[0]];
	const question: TimelineQuestion = {
		id,
		type: 'timeline',
		prompt: 'Put these events in the order they happened, earliest first',
		choices,
		answer: events,
		factIds,
		// Two events of one sentence cite it once.
		source: [...new Set(chosen.map((d) => d.fact.sentence))].join(' '),
		kind: 'date'
	};
	return { question, score: 0.9 };
}

/**
 * Timelines of 3–5 events: one of dates with their year written out, one of year-less
 * dates close enough to be assumed in the same year.
 */
export function timelines(ctx: BuildContext): Candidate[] {
	const dated: Dated[] = [];
	const seen = new Set<string>();
	for (const fact of ctx.facts) {
		if (fact.kind !== 'date') continue;
		const r = range(fact);
		const event = r && eventClause(fact, ctx);
		if (!r || !event || seen.has(normText(event))) continue;
		seen.add(normText(event));
		dated.push({ fact, event, ...r });
	}
	const out: Candidate[] = [];
	const withYear = timeline(
		dated.filter((d) => d.explicitYear),
		ctx,
		'years'
	);
	if (withYear) out.push(withYear);
	const noYear = timeline(sameYearWindow(dated.filter((d) => !d.explicitYear)), ctx, 'same-year');
	if (noYear) out.push(noYear);
	return out;
}
