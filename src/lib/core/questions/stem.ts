import type { Article, Fact } from '../types';
import { BLANK, capitalise, escapeRegExp, tidy, wordCount } from './text';
import { TENS, UNITS } from '../lexical/numbers';
import { memo } from '../memo';
import { finiteVerb } from './english/verbs';
import { ORGANISATION_HEADS } from '../names/head-words';

export { BLANK };

// Capitalised words before a name that are not part of it ("In Madrid", "The Kremlin").
const OPENING = new Set(
	'in at on the a an from by for and but of to with as after before while when where said'.split(
		' '
	)
);

/** A fact found in its sentence: offsets relative to the sentence text. */
export interface Located {
	sentence: string;
	start: number;
	end: number;
}

/** Where the fact stands in its sentence; null when its offsets and text disagree. */
export function locate(fact: Fact, article: Article): Located | null {
	const s = article.sentences[fact.sentenceIndex];
	let at: Located | null = null;
	if (s && s.text.slice(fact.start - s.start, fact.end - s.start) === fact.text)
		at = { sentence: s.text, start: fact.start - s.start, end: fact.end - s.start };
	else {
		const i = fact.text ? (fact.sentence ?? '').indexOf(fact.text) : -1;
		if (i >= 0) at = { sentence: fact.sentence, start: i, end: i + fact.text.length };
	}
	// A span inside a word ("Russia" in "Russian") cannot be blanked or swapped.
	const word = /[\p{L}\p{N}]/u;
	if (!at || word.test(at.sentence[at.start - 1] ?? '') || word.test(at.sentence[at.end] ?? ''))
		return null;
	return at;
}

const compiledMention = memo(
	(name: string) =>
		new RegExp(
			`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])(\\s*\\([^()]{1,40}\\))?`,
			'giu'
		)
);

/** A whole-word mention of a name, with a parenthesised alias after it. Compiled once. */
function mentionRe(name: string): RegExp {
	const re = compiledMention(name);
	re.lastIndex = 0;
	return re;
}

/**
 * The sentence with the fact (and a parenthesised alias right after it, and any other
 * mention of the same names) replaced by a blank; `covered` is the text the blank took.
 */
export function blankOut(at: Located, names: readonly string[]): { stem: string; covered: string } {
	let end = at.end;
	const paren = /^\s*\([^()]{1,40}\)/.exec(at.sentence.slice(end));
	if (paren) end += paren[0].length;
	const covered = at.sentence.slice(at.start, end);
	let text = at.sentence.slice(0, at.start) + BLANK + at.sentence.slice(end);
	const lower = text.toLowerCase();
	for (const name of names) {
		if (name.length < 2 || !lower.includes(name.toLowerCase())) continue;
		// "Madrid" in "Real Madrid" is part of another name: it stays
		text = text.replace(mentionRe(name), (m: string, ...rest: unknown[]) => {
			const offset = rest.find((r) => typeof r === 'number') as number;
			const before = /(\p{Lu}[\p{L}'’.-]*)\s+$/u.exec(text.slice(Math.max(0, offset - 30), offset));
			const after = /^\s+\p{Lu}/u.test(text.slice(offset + m.length, offset + m.length + 3));
			const partOf = (before && !OPENING.has(before[1].toLowerCase())) || after;
			return partOf ? m : BLANK;
		});
	}
	return { stem: text, covered };
}

/** Clause breaks; after the ones marked true the rest can stand as a sentence of its own. */
const BREAKS: [RegExp, boolean][] = [
	[/;\s+/, true],
	[/(?<=\p{L})\s+[—–]\s+(?=\p{L})/u, true],
	[/,\s+but\s+/, true],
	[/,\s+(?:during which|after which|in which|which|while|whereas|although)\s+/, false],
	[/,\s+(?:holding|saying|adding|claiming|arguing|noting|citing|leaving)\s+/, false]
];

/** Does a later comma of the clause hand back to the sentence's own verb ("…, was the trigger")? */
function embedded(rest: string): boolean {
	for (const m of rest.matchAll(/,\s+(\p{Ll}+)/gu)) if (finiteVerb(m[1])) return true;
	return false;
}

/**
 * The clause that holds the blank, when the sentence can be cut there and still read. A
 * later clause stands alone only after a semicolon, or when the first part is no help
 * (it opens on a pronoun) or the whole is too long to read as one question.
 */
function shortenStem(s: string, weak = false): string {
	const at = s.indexOf(BLANK);
	const weakStart = weak || PRONOUN_START.test(s.replace(/^[“"]/, '')) || wordCount(s) > 40;
	for (const [re, standalone] of BREAKS) {
		const m = re.exec(s);
		if (!m || wordCount(s.slice(0, m.index)) < 8 || insideQuote(s, m.index)) continue;
		const rest = s.slice(m.index + m[0].length);
		// "gas, which leaks often, was the trigger": a clause set in the middle of the
		// sentence, whose verb comes after it, is no place to end
		if (!standalone && embedded(rest)) continue;
		// "married to A; conductor B, who …; and author C": two semicolons or more part the
		// items of a list, not clauses that read alone
		if (m[0].trim() === ';' && (s.match(/;/g) ?? []).length >= 2) continue;
		if (at < m.index) return s.slice(0, m.index);
		const alone = standalone && (m[0].trim() === ';' || weakStart);
		if (alone && wordCount(rest) >= 8) return capitalise(rest);
	}
	return s;
}

/**
 * Is this offset inside a quotation? A quote opened before it and not closed, or one closed
 * after it that the sentence never opened (a quotation that began a sentence earlier).
 */
export function insideQuote(s: string, at: number): boolean {
	const before = s.slice(0, at);
	const after = s.slice(at);
	const count = (t: string, re: RegExp) => (t.match(re) ?? []).length;
	if (count(before, /“/g) > count(before, /”/g)) return true;
	if (count(before, /"/g) % 2 === 1) return true;
	const close = after.search(/[”"]/);
	if (close < 0) return false;
	// a straight mark after a space and before a word opens a quote ("stated: "We found"), and
	// the quote it opens may close sentences later
	if (
		after[close] === '"' &&
		/(?:^|[\s([:])$/.test(after.slice(0, close)) &&
		/^"\S/.test(after.slice(close))
	)
		return false;
	// a closing mark ahead with no opening one between: the quote runs through this point
	const ahead = after.slice(0, close + 1);
	return /”$/.test(ahead)
		? count(ahead, /“/g) === 0
		: count(before, /["“”]/g) === 0 && count(after, /"/g) % 2 === 1;
}

const PRONOUN_START =
	/^(he|she|they|it|this|that|these|those|we|i|his|her|their|its|such|there)\b/i;

/**
 * Where a quotation ends and its attribution begins: a closing quote followed by a
 * lower-case word, after a full stop or with no opening quote before it. -1 if none.
 */
function attributionAt(s: string): number {
	const re = /(?<=\S)([.!?,]?)([”"])(?=\s*[a-z])/g;
	for (const m of s.matchAll(re)) {
		const before = s.slice(0, m.index);
		const opened =
			m[2] === '"' ? (before.match(/"/g) ?? []).length % 2 === 1 : before.includes('“');
		// A quotation ends the sentence's start only when it opened the sentence: "said it is
		// possible "that …," and the ban…" quotes inside a clause.
		const opensSentence = /^[“"]/.test(s.trim());
		if ((m[1] && opensSentence) || !opened) return m.index + m[1].length;
	}
	return -1;
}

/**
 * Cuts what a reader needs no help with: a quotation's attribution after the closing
 * quote, and the clauses that do not hold the blank when the rest reads alone.
 */
export function trimStem(stem: string): string {
	// Footnote marks of copied reference text ("[2] After 1949", "in 1950.[17]") are no words.
	let s = stem.replace(/\s*\[\d{1,3}\]/g, '').trim();
	// “… labour.”announced the ministry: the attribution after a closing quote goes.
	const end = attributionAt(s);
	if (end >= 0 && s.indexOf(BLANK) < end)
		s = s
			.slice(0, end)
			.replace(/[,;:\s]+$/, '')
			.replace(/^[“"]/, '');
	else if (end >= 0) {
		// The blank is in the attribution: a clause of it that reads alone, or all of it
		// with the quotation given both its marks.
		const rest = s.slice(end).replace(/^[”"]/, '').trim();
		const clause = shortenStem(rest, PRONOUN_START.test(s.replace(/^[“"]/, '')));
		if (clause !== rest) return finish(clause);
		const quote = s
			.slice(0, end)
			.replace(/^[“"]/, '')
			.replace(/[.,;:\s]+$/, '');
		return finish(`“${quote},” ${rest}`);
	}
	// A sentence quoted whole reads without its marks; a quotation inside it keeps them.
	if (/^[“"]/.test(s) && /[”"]$/.test(s)) s = s.slice(1, -1);
	s = tidy(s);
	// The clause that holds the blank says enough, and a glitch in another clause goes with it.
	return finish(shortenStem(s));
}

function finish(s: string): string {
	const t = tidy(s);
	return /[.!?][”"’]?$/.test(t) ? t : `${t}.`;
}

/** How good a sentence is as a stem, 0–1: vague openings, length and leftovers cost. */
export function stemQuality(stem: string, article: Article, sentenceIndex: number): number {
	let q = 1;
	const words = wordCount(stem.replace(BLANK, 'x'));
	if (words < 7) q -= 0.6;
	if (words > 35) q -= 0.2;
	if (PRONOUN_START.test(stem.replace(/^[“"]/, ''))) q -= 0.5;
	// A headline is no sentence: it often leaves out the verb or the subject.
	if (
		article.headline === sentenceIndex ||
		!/[.!?]["”’]?$/.test(article.sentences[sentenceIndex]?.text.trim() ?? '.')
	)
		q -= 0.3;
	if (/\?$/.test(stem)) q -= 0.5;
	if (stem.split(BLANK).length > 2) q -= 0.2;
	return q;
}

/** Words that stand before a whole name: titles and offices ("President _____ said"). */
const TITLE =
	/^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|President|Premier|Minister|Secretary|Senator|Governor|Mayor|Chancellor|King|Queen|Prince|Princess|Pope|General|Judge|Justice|Coach|Manager|Chairman|Chief|Director|Professor|Prof|Captain|Colonel|Bishop|Saint|St|Leader|Ambassador|Commissioner|Inspector|Officer)\.?$/;

/**
 * Does the blank sit inside a run of capitalised words or joined by a hyphen, so a reader
 * cannot tell where the name it stands for begins or ends ("The _____ and Drug
 * Administration", "Rem Koolhaas, _____ and Bernard Tschumi", "the _____-2 victory")?
 */
export function cutsName(stem: string, numeric = false): boolean {
	// Every blank counts: a second mention blanked inside a longer name cuts it too.
	for (let i = stem.indexOf(BLANK); i >= 0; i = stem.indexOf(BLANK, i + BLANK.length))
		if (cutsAt(stem, i, numeric)) return true;
	return false;
}

const PLACE_OPENERS =
	/^(?:New|North|South|East|West|Northern|Southern|Eastern|Western|San|Santa|São|Saint|St\.?|Los|Las|Port|Fort|Mount|Lake|Cape|Upper|Lower|Great|Little)$/;

const FIGURE_BEFORE = new RegExp(
	`\\b(?:half|quarter|third|${[...UNITS.slice(1, 6), ...TENS.slice(2)].join('|')}|\\d+)\\s+$`,
	'i'
);
const DIGIT_WORD_AFTER = new RegExp(`^\\s+(?:${UNITS.slice(1, 10).join('|')})\\b`, 'i');

function cutsAt(stem: string, i: number, numeric: boolean): boolean {
	const before = stem.slice(0, i);
	const after = stem.slice(i + BLANK.length);
	if (/[-–]$/.test(before) || /^[-–]\s*\d/.test(after)) return true;
	// Glued to a currency sign or a number: "US$ 20,000" cut after "US".
	if (/^[$€£¥\d]/.test(after) || /[$€£¥]$/.test(before)) return true;
	// "_____.com", "_____@": a web or mail address goes on after the blank
	if (/^[.@]\p{L}/u.test(after)) return true;
	// "_____/7", "_____/11": a figure written with a slash goes on
	if (/^\/\d/.test(after)) return true;
	// "_____' Hall": a plural possessive inside a name ("Fishmongers' Hall")
	if (!numeric && /^['’]\s+\p{Lu}/u.test(after)) return true;
	// "over half _____" (a million), "two _____" (hundred): the figure began before the blank.
	if (numeric && FIGURE_BEFORE.test(before)) return true;
	// "_____ three years" of "twenty three years": the figure goes on after the blank
	if (numeric && DIGIT_WORD_AFTER.test(after)) return true;
	// "_____ and a half people" of "a million and a half": a fraction added on is the figure's
	if (numeric && /^\s+and\s+a\s+(?:half|quarter)\b/i.test(after)) return true;
	// "the Legend of the _____ Rings": a number between capitalised words is a word of a title
	if (
		numeric &&
		/^\s+\p{Lu}/u.test(after) &&
		/\p{Lu}[\p{L}'’-]*\s+(?:(?:of|in|and)\s+)?(?:the\s+)?$/u.test(before)
	)
		return true;
	// "the _____ Youth Coalition" (January 25): a date or number before a body's name is its
	// first word
	if (numeric && /\bthe\s+$/i.test(before)) {
		const words = /^\s+((?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)/u.exec(after)?.[1];
		const last = words?.split(/\s+/).at(-1)?.toLowerCase();
		if (last && ORGANISATION_HEADS.has(last)) return true;
	}
	if (numeric) return false;
	if (/^[-–]/.test(after)) return true;
	// "published in The _____": a capital "The" inside a sentence opens the name itself
	if (/\S\s+The\s+$/.test(before)) return true;
	// "Level 1 _____", "Route 66 _____": a name with a number in it goes on
	if (/\p{Lu}\p{L}*\s+\d+\s+$/u.test(before)) return true;
	// "the _____ 51 event", "_____ 11 landed": a name before a number takes it in ("Area 51")
	if (/^\s+\d+\b(?!\s*(?:%|per\b|percent\b))/.test(after)) return true;
	const next = /^\s+(\p{Lu}[\p{L}'’-]*)/u.exec(after);
	if (next && !/^(?:I|A)$/.test(next[1])) return true;
	if (/\p{Lu}[\p{L}'’-]*,?\s+(?:and|&|or)\s+$/u.test(before)) return true;
	// "the _____ and Prevention": after "the", "and" with a capital goes on with one name.
	if (/\bthe\s+$/i.test(before) && /^\s+(?:and|&)\s+\p{Lu}/u.test(after)) return true;
	// "_____ and Drug Administration": the words after "and" may go on with the name.
	if (/^\s+(?:and|&|or)\s+\p{Lu}[\p{L}'’-]*\s+\p{Lu}/u.test(after)) return true;
	// "the University of _____", "the Center to _____": a body's head word takes what
	// follows "of", "for" or "to" into its name
	const bound = /(?:^|\s)(\p{Lu}\p{Ll}+)\s+(?:of|for|to|on)\s+$/u.exec(before);
	if (bound && ORGANISATION_HEADS.has(bound[1].toLowerCase())) return true;
	// "Médecins sans _____", "Rio de _____": a particle of names in other tongues, after a
	// capitalised word, goes on with that name
	if (
		/\p{Lu}[\p{L}'’-]*\s+(?:sans|de|du|des|la|le|del|della|di|da|do|dos|das|von|van|der|den|al|el)\s+$/u.test(
			before
		)
	)
		return true;
	// "the _____ for Conservation of Nature": after "the", "for" or "of" with a capital goes on
	// with the name the blank began
	if (/\bthe\s+$/i.test(before) && /^\s+(?:for|of)\s+(?:the\s+)?\p{Lu}/u.test(after)) return true;
	const prev = /(\p{Lu}[\p{L}'’.-]*)\s+$/u.exec(before);
	// "New _____", "San _____": words English place names open with, even at the start
	if (prev && PLACE_OPENERS.test(prev[1])) return true;
	// A possessive closes the name before it: "Michigan State University's _____".
	if (!prev || TITLE.test(prev[1]) || OPENING.has(prev[1].toLowerCase())) return false;
	// …unless it is a plural's ("People's", "Workers'"): a plural noun of people with a
	// capital is a word of a name ("the Tigray People's _____", "the Veterans' _____")
	if (/\p{Ll}(?:ers|ors|ists|ans|ens)['’]$|^(?:People|Children|Women|Men)['’]s$/u.test(prev[1]))
		return true;
	if (/['’]s?$/.test(prev[1])) return false;
	const head = before.slice(0, prev.index);
	return !!head.trim() && !/[.!?:;"“‘(]\s*$/.test(head);
}

/**
 * Text a reader would trip over: a bracket or quotation mark without its partner, or a
 * start in lower case or on punctuation (a fragment cut from a longer sentence).
 */
const DOUBLED = /\b(\p{L}+(?:\s+\p{L}+)?)\s+\1\b/iu;

export function isBroken(prompt: string): boolean {
	const count = (re: RegExp) => (prompt.match(re) ?? []).length;
	if (count(/\(/g) !== count(/\)/g) || count(/\[/g) !== count(/\]/g)) return true;
	if (count(/“/g) !== count(/”/g) || count(/"/g) % 2 === 1) return true;
	// an editor's mark left in the text ("this[.]") or a number misgrouped ("200,0000")
	if (/\[[.…,;]*\]|\[\s*[,.;…]/.test(prompt) || /\d,\d{4}/.test(prompt)) return true;
	// a word twice in a row ("into a into a", "the first FIRST"), or on both sides of the
	// blank ("began in _____ in response"), reads as a slip
	if (DOUBLED.test(prompt.replaceAll(BLANK, ' ')) && !/\b(?:that that|had had)\b/i.test(prompt))
		return true;
	// "To which the units contributed …": a relative clause cut from its sentence
	// (a question, "To which body did it apply?", ends with its mark)
	if (
		/^(?:(?:to|in|of|by|for|from|with|at|on)\s+which|whom|whose)\b/i.test(prompt) &&
		!/\?\s*$/.test(prompt)
	)
		return true;
	return (
		/^[\s)\]},.;:!?'’–—-]/.test(prompt) || /^\p{Ll}/u.test(prompt) || /^\d[^ ]* [–—-] /.test(prompt)
	);
}
