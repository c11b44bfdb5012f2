import type { FactDetail, FactKind } from '../../types';
import { finiteVerb, isAdverb, type Finite } from './verbs';

/** A fact in its sentence, with what the rules need to know of it and of the sentence. */
export interface WhInput {
	sentence: string;
	/** The fact's span, as offsets into `sentence`. */
	start: number;
	end: number;
	kind: FactKind;
	detail?: FactDetail;
	/** A figure of money or a percentage asks "how much", which these rules leave alone. */
	measured?: boolean;
	/** Name spans of the sentence (offsets into it): a named subject is one of them. */
	names: readonly { start: number; end: number }[];
	/** The name a sentence-initial "he" or "she" stands for, when the article tells it. */
	referent?: string | null;
}

/** The wh-word for a name, by its kind and finer kind. */
export function whWord(kind: FactKind, detail?: FactDetail): string | null {
	if (kind === 'person') return 'Who';
	if (kind === 'organisation') {
		const org: Partial<Record<FactDetail, string>> = {
			company: 'Which company',
			government: 'Which authority',
			party: 'Which party',
			team: 'Which team',
			media: 'Which news organisation',
			school: 'Which institution'
		};
		return org[detail ?? 'other'] ?? 'Which organisation';
	}
	if (kind === 'place') {
		const place: Partial<Record<FactDetail, string>> = {
			country: 'Which country',
			city: 'Which city',
			region: 'Which region'
		};
		return place[detail ?? 'site'] ?? 'Which place';
	}
	return null;
}

const FOUNDED =
	/^(?:was|were|is|are|has been|had been)\s+(?:\p{Ll}+ly\s+)?(?:founded|established|incorporated|headquartered|set\s+up|listed\s+on)\b/u;

/**
 * Where the clause of the main verb ends: a new clause, a quotation or an aside begins. A
 * colon in a clock time ("6:20 pm") and the full stop of an abbreviation ("U.S. Senate",
 * "St. Louis") end nothing.
 */
const CLAUSE_END =
	/\s*(?:;|:(?!\d)|\s[–—-]\s|\(|,\s+(?:but|and|or|while|whereas|which|who|whose|although|though|as|after|before|saying|adding|according|where|when|because|since|with|including|despite|leaving|making|bringing)\b|,\s+\p{Ll}+ing\b|(?<!(?:^|[\s.(])\p{L}|\b(?:St|Dr|Mr|Mrs|Ms|No|Jr|Sr|Inc|Ltd|Co|Corp|vs|etc|Gen|Gov|Sen|Rep|Lt|Col|Capt|Prof|Mt|Ft))\.(?:\s|$)|[!?](?:\s|$))/u;
const QUALIFIER =
	/^(?:about|around|some|nearly|almost|over|more than|fewer than|less than|at least|up to|roughly|approximately)\s+$/i;
/** Words that open a noun phrase after a verb: the figure or name is its object. */
const DETERMINER =
	/^(?:a|an|the|its|his|her|their|our|this|that|these|those|some|more|about|over|nearly|almost|around|\d[\d,.]*)$/i;

interface Parsed {
	/** The subject as it will read inside a question ("the Federal Penal Service"). */
	subject: string;
	/** Where the subject stands in the clause body, and where the verb begins. */
	subjectStart: number;
	subjectEnd: number;
	adverb: string;
	verb: Finite;
	/** Offset in the sentence where the words after the verb begin, and the clause ends. */
	restStart: number;
	clauseEnd: number;
	/** A date or place opener ("On 21 September, ") already taken off: its span. */
	opener?: { start: number; end: number };
}

const word = (s: string, from: number) =>
	/^\s*([\p{L}\p{N}][\p{L}\p{N}'’.,-]*)/u.exec(s.slice(from));

/** Subject, adverb and finite verb at the start of the clause body, or null. */
function parse(input: WhInput, bodyStart: number): Omit<Parsed, 'opener'> | null {
	const s = input.sentence;
	const body = s.slice(bodyStart);
	let subject: string;
	let subjectEnd: number;
	const pronoun = /^(He|She)\s/.exec(body);
	const name = input.names.find((n) => {
		const lead = s.slice(bodyStart, n.start);
		return lead === '' || lead === 'The ';
	});
	if (pronoun) {
		if (!input.referent) return null;
		subject = input.referent;
		subjectEnd = bodyStart + 2 + (pronoun[1] === 'She' ? 1 : 0);
	} else if (name) {
		subjectEnd = name.end;
		const aside = /^\s*\([^()]{1,40}\)/.exec(s.slice(subjectEnd));
		subject = s.slice(bodyStart, name.end);
		if (aside) subjectEnd += aside[0].length;
	} else {
		// "The ministry", "the central bank": a short common noun phrase, past tense only.
		const np = /^[Tt]he((?:\s+\p{Ll}[\p{Ll}-]*){1,3})(?=\s)/u.exec(body);
		if (!np) return null;
		// The shortest phrase the verb can follow: "The company | has", not "The company has".
		const words = np[1].trim().split(/\s+/);
		const n = words.findIndex((w, i) => i > 0 && finiteVerb(w, true));
		subject = ['The', ...words.slice(0, n > 0 ? n : words.length)].join(' ');
		subjectEnd = bodyStart + subject.length;
	}
	let at = subjectEnd;
	let adverb = '';
	let w = word(s, at);
	if (w && isAdverb(w[1]) && !/^(?:not|never)$/.test(w[1])) {
		adverb = w[1];
		at += w[0].length;
		w = word(s, at);
	}
	if (!w) return null;
	const next = word(s, at + w[0].length);
	const verb = finiteVerb(w[1], !!next && DETERMINER.test(next[1]));
	// "The company's shares" reads as a name and a verb only after a name.
	if (!verb || (!name && !pronoun && !verb.auxiliary && verb.support !== 'did')) return null;
	if (next && /^(?:not|never|n’t|n't)$/i.test(next[1])) return null;
	const restStart = at + w[0].length;
	const end = CLAUSE_END.exec(s.slice(restStart));
	const clauseEnd = end ? restStart + end.index : s.length;
	if (cutsSeries(s.slice(restStart, clauseEnd), end)) return null;
	const lower = name && /^The\s/.test(subject) && !/^The\s/.test(s.slice(name.start, name.end));
	if (lower || (!name && !pronoun)) subject = 'the' + subject.slice(3);
	return { subject, subjectStart: bodyStart, subjectEnd, adverb, verb, restStart, clauseEnd };
}

/**
 * "made a run, passed to Deco, and shot wide": a clause cut at the ", and" that ends a series
 * keeps the series' first items without its last, and reads as broken.
 */
function cutsSeries(kept: string, end: RegExpExecArray | null): boolean {
	return !!end && /^\s*,\s+(?:and|or)\b/.test(end[0]) && kept.includes(',');
}

// "… and almost 100 were injured": a second clause with its own subject and verb
const SECOND_CLAUSE =
	/\b(?:and|but|while)\s+(?:[\p{L}\p{N}'’.,-]+\s+){1,4}(?:is|are|was|were|will|would|has|have|had|can|could|may|might)\b/iu;

/** The verb phrase after the subject, moved into a question: "did Putin announce …". */
function inverted(p: Parsed, rest: string): string {
	const adv = p.adverb ? `${p.adverb} ` : '';
	if (p.verb.auxiliary) return `${p.verb.word} ${p.subject} ${adv}${rest}`;
	return `${p.verb.support} ${p.subject} ${adv}${p.verb.base} ${rest}`;
}

function finish(q: string): string | null {
	const t = q
		.replace(/\s+/g, ' ')
		.replace(/\s+([,.;:])/g, '$1')
		.replace(/[\s,;:.]+$/, '')
		.trim();
	const words = t.split(' ').length;
	if (words < 4 || words > 30) return null;
	const count = (re: RegExp) => (t.match(re) ?? []).length;
	if (count(/\(/g) !== count(/\)/g) || count(/“/g) !== count(/”/g) || count(/"/g) % 2) return null;
	if (quotesSpeech(t)) return null;
	return `${t}?`;
}

/** Reported speech (a quotation of more than four words) is no declarative of the writer's. */
function quotesSpeech(s: string): boolean {
	for (const m of s.matchAll(/[“"]([^”"]*)[”"]?/g))
		if (m[1].trim().split(/\s+/).length > 4) return true;
	return false;
}

/** A date or place opener: "On 21 September, " or "In Moscow, ", the fact itself. */
function opener(input: WhInput): { start: number; end: number; body: number } | null {
	const s = input.sentence;
	const m = /^(?:On|In|During|At)\s+$/.exec(s.slice(0, input.start));
	const comma = /^,\s+/.exec(s.slice(input.end));
	if (!m || !comma) return null;
	return { start: 0, end: input.end, body: input.end + comma[0].length };
}

const PLACE_OK = new Set<FactDetail | undefined>(['city', 'country', 'region', undefined]);

/**
 * A real question for a fact of a simple declarative sentence, by wh-movement: the
 * subject replaced by "who"/"which …", a time adjunct by "when" with do-support or
 * inversion, a place adjunct by "where", a counted object or subject by "how many".
 * Null when the sentence is not one the rules can move safely.
 */
export function whQuestion(input: WhInput): string | null {
	const s = input.sentence.replace(/\s*\[\d+\]\s*$/, '');
	if (/\?/.test(s) || input.end > s.length) return null;
	// "was born Peter Baker in 1939": a name after "born" leaves no clause to invert
	if (/\bborn\s+\p{Lu}/u.test(s)) return null;
	const open = input.kind === 'date' || input.kind === 'place' ? opener(input) : null;
	const bodyStart = open
		? open.body
		: (/^(?:However|Meanwhile|Later|Still|Now),\s+/.exec(s)?.[0].length ?? 0);
	if (input.kind === 'figure' && !input.measured) {
		const q = countedSubject(input, s, bodyStart);
		if (q) return q;
	}
	const p = parse({ ...input, sentence: s }, bodyStart);
	if (!p) return null;
	const rest = (from: number, to = p.clauseEnd) => s.slice(from, to);
	// The fact is the subject: "Which organisation banned …?"
	if (input.start === p.subjectStart || input.start === p.subjectStart + 4) {
		const wh = whWord(input.kind, input.detail);
		if (!wh || input.end < p.subjectEnd - 45 || !input.names.length) return null;
		if (
			s.slice(p.subjectStart, input.start).trim() &&
			!/^The\s$/.test(s.slice(p.subjectStart, input.start))
		)
			return null;
		const adv = p.adverb ? `${p.adverb} ` : '';
		// "Who was founded in 2009?": a person is not founded, set up or incorporated; a name
		// that is shows the tagger took a body for a person, and "Who" would say so
		if (input.kind === 'person' && FOUNDED.test(`${p.verb.word}${rest(p.restStart)}`)) return null;
		return finish(`${wh} ${adv}${p.verb.word}${rest(p.restStart)}`);
	}
	if (input.start < p.restStart || input.end > p.clauseEnd) {
		if (!open) return null;
		return whenOrWhere(input.kind, inverted(p, rest(p.restStart)));
	}
	if (input.kind === 'date' || (input.kind === 'place' && PLACE_OK.has(input.detail))) {
		// "… on 21 September", "… in Moscow": the adjunct ends its clause or a comma follows.
		const before = /(?:,\s*)?\b(on|in|during|at)\s+$/i.exec(s.slice(p.restStart, input.start));
		if (!before || (input.kind === 'place' && /^(?:on|during)$/i.test(before[1]))) return null;
		const after = s.slice(input.end, p.clauseEnd);
		// Only a clause end or another adjunct may follow: ", two cars and …" continues a list.
		if (
			after.trim() &&
			!/^(?:,\s*$|\s+(?:by|with|for|after|to|from|at|in response to)\s)/.test(after)
		)
			return null;
		const cut = p.restStart + before.index;
		// "The bill is to pass this week and weddings are likely to start in 2014": the date
		// belongs to a second clause, whose verb the question would not move
		if (SECOND_CLAUSE.test(s.slice(p.restStart, cut))) return null;
		return whenOrWhere(input.kind, inverted(p, rest(p.restStart, cut) + after.replace(/^,/, '')));
	}
	if (input.kind === 'figure' && !input.measured) return countedObject(input, s, p);
	return null;
}

/** "When did the bill pass?" of a date, "Where …?" of a place, asked of the inverted clause. */
function whenOrWhere(kind: WhInput['kind'], asked: string): string | null {
	// "When have they been running it?": a present perfect takes no time of its own
	if (kind === 'date' && PRESENT_PERFECT.test(asked)) return null;
	return finish(`${kind === 'date' ? 'When' : 'Where'} ${asked}`);
}

const PRESENT_PERFECT = /^(?:have|has)\s+(?!to\b)/i;

/** "… holds 420,000 inmates in its prisons" → "How many inmates does … hold in its prisons?" */
function countedObject(input: WhInput, s: string, p: Parsed): string | null {
	if (s.slice(p.restStart, input.start).trim()) return null;
	const noun = countedNoun(s.slice(input.end, p.clauseEnd));
	if (!noun) return null;
	const after = s.slice(input.end + noun.length, p.clauseEnd);
	// "killed 40 people and almost 100 were injured": the clause goes on with a second one
	if (SECOND_CLAUSE.test(after)) return null;
	let verb = p;
	// "has 300 members": "have" is the main verb here and takes do-support.
	if (/^(?:has|had|have)$/.test(p.verb.word))
		verb = {
			...p,
			verb: {
				word: p.verb.word,
				auxiliary: false,
				support: p.verb.word === 'had' ? 'did' : p.verb.word === 'has' ? 'does' : 'do',
				base: 'have'
			}
		};
	else if (p.verb.auxiliary) return null;
	return finish(`How many ${noun.trim()} ${inverted(verb, after)}`);
}

/** "More than 200 people were killed in the attack" → "How many people were killed …?" */
function countedSubject(input: WhInput, s: string, bodyStart: number): string | null {
	const lead = s.slice(bodyStart, input.start);
	if (lead && !QUALIFIER.test(lead)) return null;
	const noun = countedNoun(s.slice(input.end));
	if (!noun) return null;
	const at = input.end + noun.length;
	const w = word(s, at);
	const verb = w && finiteVerb(w[1]);
	if (!w || !verb || (verb.support === 'does' && !verb.auxiliary)) return null;
	const restStart = at + w[0].length;
	const end = CLAUSE_END.exec(s.slice(restStart));
	const rest = s.slice(restStart, end ? restStart + end.index : s.length);
	if (cutsSeries(rest, end)) return null;
	return finish(`How many ${noun.trim()} ${w[1]}${rest}`);
}

/** One to three words right after a figure that end in a plural noun: what it counts. */
function countedNoun(after: string): string | null {
	const re = /^\s+([\p{Ll}-]+)/u;
	let taken = '';
	for (let i = 0; i < 3; i++) {
		const m = re.exec(after.slice(taken.length));
		if (!m) return null;
		const w = m[1];
		if (/^(?:of|and|or|the|a|an|to|in|on|at|were|are|was|is|for|from|by)$/.test(w)) return null;
		taken += m[0];
		const plural = /(?:[^s]s|people|men|women|children)$/.test(w) && !/(?:ss|ous|is)$/.test(w);
		if (plural && finiteVerb(w, false)?.support !== 'did') return taken;
	}
	return null;
}
