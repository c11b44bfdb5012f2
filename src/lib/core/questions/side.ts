import { MONTH_NAMES } from '../lexical/calendar';
import { TENS, UNITS } from '../lexical/numbers';
import type { Article, Fact } from '../types';
import { firstParagraph } from './salience';
import type { Located } from './stem';
import { finiteVerb } from './english/verbs';

const FUNCTION = /^(?:a|an|the|to|of|for|with|by|and|or|as|at|in|on|from|its|his|her|their)$/;

/**
 * Details news writing gives of who said or printed what, and of who someone is, rather than
 * of what happened: a person's age, when words were said or printed, where a person works or
 * comes from, and the newspaper or broadcaster a story was told to.
 */
export function isSideDetail(fact: Fact, at: Located, facts: readonly Fact[]): boolean {
	const before = at.sentence.slice(0, at.start);
	const after = at.sentence.slice(at.end);
	if (fact.kind === 'figure')
		return (
			isAge(fact, before, after) ||
			isRangeEnd(before, after) ||
			isPartOf(before, after) ||
			SUPERSEDED.test(before) ||
			MARGIN.test(before) ||
			WOULD_HAVE.test(before)
		);
	if (fact.kind === 'date')
		return (
			isWhenTold(before, after) ||
			isDaySpanStart(fact, after) ||
			isGuess(before, after) ||
			WOULD_HAVE.test(before)
		);
	// an outlet, unless the story is about it; and one the story cites as its source ("The
	// Aviation Herald reported the landing") even then
	if (
		fact.kind === 'organisation' &&
		fact.detail === 'media' &&
		(!isSubject(fact, facts) || REPORTS.test(after))
	)
		return true;
	if (fact.kind === 'organisation' && isWhereTold(before) && !isSubject(fact, facts)) return true;
	// a body or a person the story names as its source ("Politico reported …", "which the
	// ministry cited", "VOA's Ann Lee reports from Kabul"), unless the story is about it
	if (
		(fact.kind === 'organisation' || fact.kind === 'person') &&
		SOURCE_OF.test(after) &&
		!isSubject(fact, facts)
	)
		return true;
	if (isStudySource(fact, before) && !isSubject(fact, facts)) return true;
	// the hospital one was taken to or died in: where, not what happened
	if (
		(fact.kind === 'organisation' || fact.kind === 'place') &&
		CARE.test(fact.text) &&
		!isSubject(fact, facts)
	)
		return true;
	return isAffiliation(fact, at, facts);
}

// "would have turned 80 on 20 February": what did not happen, the age and birthday of the dead
const WOULD_HAVE =
	/\bwould\s+have\s+(?:turned|been|celebrated|reached)\b(?:\s+[^\s.;:!?]+){0,3}?\s+$/i;

const CARE =
	/\b(?:Hospital|Hospitals|Clinic|Hospice|Infirmary|Medical\s+Cent(?:er|re)|Health\s+Cent(?:er|re)|Trauma\s+Cent(?:er|re)|Nursing\s+Home|Care\s+Home)$/;

// "published on Wednesday in", "appeared last month in the journal"
const JOURNAL =
	/\b(?:published|appear(?:s|ed|ing)?)\s+(?:[\p{L}\d,]+\s+){0,4}?in\s+(?:the\s+)?(?:(?:scientific|medical|academic|peer-reviewed)\s+)?(?:journal\s+)?$|\bjournals?\s+$/iu;
const AUTHORS =
	/\b(?:researchers|scientists|(?:research|scientific)\s+team|authors|academics|astronomers|physicists|biologists|chemists|geologists|engineers|economists)\s+(?:led\s+by|from|at|of)\s+([^.;:!?]*)$/i;
// the words a list of bodies and where they are may hold besides names
const LIST_WORD = /^(?:the|of|at|and|in|for|on|de|la|del|du|von|both|[,()&]+)$/;

/**
 * The journal a study appeared in and the bodies its authors come from ("In findings
 * published in Science Advances, researchers from Ohio State University and the College of
 * Wooster in Ohio say"): news of a study names them as its source, as "according to" names
 * the source of a claim; the finding is the news.
 */
function isStudySource(fact: Fact, before: string): boolean {
	if (fact.kind !== 'organisation' && fact.kind !== 'place') return false;
	if (fact.kind === 'organisation' && JOURNAL.test(before)) return true;
	const m = AUTHORS.exec(before);
	if (!m) return false;
	return m[1]
		.replace(/[,()&]/g, ' $& ')
		.split(/\s+/)
		.filter(Boolean)
		.every((w) => /^[\p{Lu}\d]/u.test(w) || LIST_WORD.test(w));
}

// a number in digits or words below a hundred, or "aged" again ("two aged fourteen")
const AGE_ITEM = `(?:\\d+|${[...UNITS.slice(1), ...TENS.slice(2)].join('|')}|aged?)`;
const AGE_LIST = new RegExp(`\\baged?\\s+(?:${AGE_ITEM}(?:,\\s*|\\s+)(?:and\\s+)?){1,12}$`, 'i');

/** "a 19-year-old", "a 26 year-old", "Emily Park, 39, said", "aged 17", "at the age of 80", "20 years old". */
function isAge(fact: Fact, before: string, after: string): boolean {
	if (fact.figure?.counts === 'age' || /^-?\s*years?-old\b/i.test(after)) return true;
	// "is about 20 years old", "was 101 years old": the span may hold the unit or not
	if (
		/^[\s-]*(?:(?:years?|months?)[\s-]+)?old\b/i.test(after) &&
		/\d|\b(?:years?|months?)$/i.test(fact.text)
	)
		return true;
	if (/\b(?:aged?|age of)\s+$/i.test(before) || /\(\s*(?:aged?\s+)?$/i.test(before)) return true;
	// "aged nine, ten, two aged fourteen, 49, and 59": every age of a list of ages
	if (AGE_LIST.test(before)) return true;
	// "ranging in age from eleven to 75", "aged between 8 and 10"
	if (
		/\b(?:aged?|ages)\s+(?:of\s+|from\s+|between\s+)?(?:[\p{L}\p{N}-]+\s+(?:to|and)\s+)?$/iu.test(
			before
		)
	)
		return true;
	const n = Number(fact.text.replace(/,/g, ''));
	if (fact.figure?.unit || !Number.isInteger(n) || n <= 0 || n >= 120) return false;
	// a bare number between commas right after a name or a noun: "Tom Reyes, 39, said"
	if (/[\p{L}]\s*,\s*$/u.test(before) && /^\s*[,)]/.test(after)) return true;
	// and the ages of two so named: "Ana Ruiz and Tom Reyes, 40 and 49, met"
	if (/\p{Lu}[\p{L}'’-]+\s*,\s*$/u.test(before) && /^\s+and\s+\d{1,3}\s*,/.test(after)) return true;
	if (/\p{Lu}[\p{L}'’-]+\s*,\s*\d{1,3}\s+and\s+$/u.test(before) && /^\s*,/.test(after)) return true;
	// "Ana Ruiz was 101 and died …", "Reyes, who is 39, …"
	return (
		/(?:\p{Lu}[\p{L}'’-]+|\bwho)\s+(?:was|is)\s+$/u.test(before) &&
		/^\s*(?:,|\.|and\b|when\b|at\b)/.test(after)
	);
}

const CHANGE =
	/\b(?:rose|risen|rising|increas\w*|fell|fallen|falling|drop\w*|grew|grown|growing|climb\w*|jump\w*|went|up|down|cut|raised|lowered|reduced|doubled|tripled|soared|plunged)\b(?:\s+\S+){0,6}?\s+from\s+(?:\S+\s+(?:to|and)\s+)?$/i;

const NUMBER_WORD =
	'(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundred)';
// "from", "between", "in the range of", "ranging from": what opens an estimate's range
const RANGE_OPEN = '(?:from|between|range of)';
const RANGE_OPEN_END = new RegExp(`\\b${RANGE_OPEN}\\s+$`, 'i');
// a currency sign, with the letters that tell which dollar ("US$", "A$", "CDN$")
const CURRENCY = '(?:[A-Z]{1,3})?[$£€]';
const RANGE_SECOND = new RegExp(
	`^\\s*(?:to|and|–|-)\\s*(?:(?:${CURRENCY})?\\d|${NUMBER_WORD}\\b)`,
	'i'
);
const MONTH_DAY = `(?:${MONTH_NAMES})\\s+\\d{1,2}`;
const RANGE_FIRST = new RegExp(
	`\\b${RANGE_OPEN}\\s+(?:(?:${CURRENCY})?[\\d.,]+|${NUMBER_WORD}|${MONTH_DAY})(?:\\s+(?:hundred|thousand|million|billion|trillion))?(?:\\s*%|\\s+per\\s?cent)?\\s+(?:to|and)\\s+$`,
	'i'
);

/**
 * "from 45% to 60%", "between 36 and 40 people": an estimate given as a range is one
 * figure; either end asked alone, with the other in view, tests the wording, not the fact.
 */
function isRangeEnd(before: string, after: string): boolean {
	// "rose from 14 to 31" is a change: where it ended is the news
	if (CHANGE.test(before)) return false;
	if (RANGE_OPEN_END.test(before) && RANGE_SECOND.test(after)) return true;
	if (RANGE_FIRST.test(before)) return true;
	// "an estimated two to three hundred cars", "killed 20 to 30 people": a range with no
	// "from"; a tally ("voted 52 to 48", "won 3 to 1") is two figures, not one
	if (TALLY.test(before)) return false;
	if (BARE_RANGE_FIRST.test(before) || (/^\s*to\b/i.test(after) && RANGE_SECOND.test(after)))
		return true;
	return isGuess(before, after);
}

/**
 * "six or seven TV crews", "in 2006 or 2007": a guess between two numbers or years, each of
 * which gives the other away.
 */
function isGuess(before: string, after: string): boolean {
	return EITHER_FIRST.test(before) || EITHER_SECOND.test(after);
}

const EITHER_FIRST = new RegExp(`(?:^|[^\\w.,])(?:\\d[\\d.,]*|${NUMBER_WORD})\\s+or\\s+$`, 'i');
const EITHER_SECOND = new RegExp(`^\\s+or\\s+(?:\\d|${NUMBER_WORD}\\b)`, 'i');

const BARE_RANGE_FIRST = new RegExp(
	`(?:^|[^\\w.,])(?:\\d[\\d.,]*|${NUMBER_WORD})(?:\\s*%|\\s+per\\s?cent)?\\s+to\\s+$`,
	'i'
);
const TALLY =
	/\b(?:vot\w*|won|wins?|beat\w*|defeat\w*|lost|los(?:e|es|ing)|scor\w*|tally|margin|by)\s+(?:\S+\s+){0,2}$/i;

// "116 injured, up from an initial report of 70", "by early reports, 30": a count the story
// has since corrected is not the one to learn
const BREAKDOWN_REST = new RegExp(
	`^\\s+[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+)?\\s*,?\\s+and\\s+(?:\\d|${NUMBER_WORD}\\b)`,
	'iu'
);

const SUPERSEDED =
	/(?:\b(?:up|down|revised|raised|lowered|increased|decreased)\s+from\s+(?:an?\s+|the\s+)?(?:initial|earlier|previous|first|early|original)\s+(?:\p{L}+\s+){0,2}?(?:of\s+)?|\b(?:by|in|according to)\s+(?:the\s+)?(?:early|initial|first|earlier)\s+reports?,?\s+(?:\p{L}+\s+){0,3}?)$/iu;

// "48 ± 24%", "a margin of error of 3 points": how far a measure may be off is no fact to learn
const MARGIN =
	/(?:±|\+\s?\/\s?-|\bplus or minus|\bgive or take|\bmargin of error (?:of\s+)?(?:about\s+|around\s+)?)\s*$/i;

const DAY_SPAN_END =
	/^\s*(?:and|to|through|–|-)\s*\d{1,2}(?=\s*(?:[,.;:)]|$|(?:for|in|at|on|of|to|and|as|with|by|the|when|while|after|before|this|that|last|next)\b))/;

/**
 * "on December 5 and 6", "from 3 to 7 March": the first day of a span whose last day
 * follows as a bare number; the blank would be told by the number after it.
 */
function isDaySpanStart(fact: Fact, after: string): boolean {
	return /\d$/.test(fact.text.trim()) && DAY_SPAN_END.test(after);
}

/**
 * "143 buildings were damaged, including 70 schools", "12 died, six of them children", "Of the
 * 71 dead, 59 were men": a part of a total the sentence has just given is a breakdown, not the
 * news.
 */
function isPartOf(before: string, after: string): boolean {
	// "the dead included four men and one woman": the parts of a total the subject names
	if (/\binclud(?:ed|es|e)\s+$/i.test(before) && BREAKDOWN_REST.test(after)) return true;
	// "Of the 71 dead, 59 were men", "Of those, 12 …": a sentence that opens on a whole
	// goes on to its parts
	if (/^\s*Of\s+(?:the|those|these|them|this|all)\b[^,]*,/i.test(before)) return true;
	if (!/[\d]|\b(?:dozens|hundreds|thousands)\b/.test(before)) return false;
	return (
		/\b(?:includ(?:ing|ed|es|e)|among them|of which|of whom)\s+(?:some\s+|about\s+|at least\s+)?$/i.test(
			before
		) ||
		(/,\s*$/.test(before) && /^\s+of\s+(?:them|whom|which)\b/i.test(after))
	);
}

const TOLD_NOUN =
	'interview|press release|statement|report|article|issue|edition|column|op-ed|tweet|post|letter|documentary|retelling';
const TOLD_NOUN_AFTER = new RegExp(`^\\s*(?:${TOLD_NOUN})s?\\b`, 'i');
const TOLD_NOUN_BEFORE = new RegExp(`\\b(?:${TOLD_NOUN})s?\\s+(?:of|on|dated|from|in)\\s+$`, 'i');

/** "in a 2009 interview", "its 4 March issue", "a statement of 2 May", "told the BBC on 3 May". */
function isWhenTold(before: string, after: string): boolean {
	if (TOLD_NOUN_AFTER.test(after) || TOLD_NOUN_BEFORE.test(before)) return true;
	return /\b(?:said|told|wrote|reported|tweeted|posted|stated|commented|published|recalled)\s+(?:[\p{L}'’.-]+\s+){0,3}?(?:on|in)\s+$/iu.test(
		before
	);
}

/**
 * "posted a photo to Twitter", "wrote on Facebook", "announced via Instagram", "said in an
 * interview with Reuters", "gave his condolences via Twitter", "a message aired on Al-Arabiya":
 * where words were published is not the news, what they said is.
 */
function isWhereTold(before: string): boolean {
	return WHERE_TOLD.test(before) || MEDIUM.test(before) || /\bvia\s+$/i.test(before);
}

const WHERE_TOLD =
	/\b(?:posted|tweeted|wrote|said|announced|shared|published|uploaded|stated|told|confirmed|revealed)\b(?:\s+[^\s.;:!?]+){0,8}?\s+(?:on|to|via|through|in an? (?:interview|statement|post|video) (?:with|on|to))\s+$/i;
// "responded to the ruling on", "took a parting shot on", "an audio message which aired today on"
const MEDIUM =
	/\b(?:responded|replied|reacted|commented|noted|noting|added|adding|aired|broadcast|condolences|message|statement|post|video|shot|remarks|comments|tribute)\b(?:\s+[^\s.;:!?]+){0,8}?\s+(?:on|through)\s+$/i;

/**
 * "Ana Ruiz of Leeds University", "Tom Reyes, a geologist at Ohio State", "lawyer Kim Ode
 * from Lyon", "Leeds University's Ana Ruiz", "Leeds University geologist Ana Ruiz": where a
 * person works or comes from.
 */
function isAffiliation(fact: Fact, at: Located, facts: readonly Fact[]): boolean {
	if (fact.kind !== 'organisation' && fact.kind !== 'place') return false;
	const s = fact.start - at.start;
	const people = facts.filter((f) => f.kind === 'person' && f.sentenceIndex === fact.sentenceIndex);
	const text = at.sentence;
	for (const p of people) {
		const ps = p.start - s;
		const pe = p.end - s;
		if (pe <= at.start) {
			const between = text.slice(pe, at.start);
			if (
				/^\s*(?:,\s*(?:an?\s+|the\s+)?(?:[\p{Ll}-]+\s+){0,4})?(?:of|at|from)\s+(?:the\s+)?$/u.test(
					between
				)
			)
				return true;
		} else if (ps >= at.end) {
			const between = text.slice(at.end, ps);
			if (/^['’]s\s+(?:[\p{L}-]+\s+){0,3}$/u.test(between)) return true;
			// "Leeds University geologist Ana Ruiz": the body names where one works
			if (
				/^\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,3}$/u.test(between) &&
				!between
					.trim()
					.split(/\s+/)
					.some((w) => finiteVerb(w, true) || FUNCTION.test(w))
			)
				return true;
		}
	}
	return false;
}

const SOURCE_OF =
	/^\s+(?:has\s+|had\s+|also\s+|later\s+|first\s+)?(?:reported|reports|quoted|quotes|cited|cites)\b/i;

/** The story is about it: named three times or more. */
const REPORTS =
	/^\s+(?:has\s+|had\s+|also\s+)?(?:reported|reports|said|says|wrote|writes|quoted|quotes|cited|cites|stated|states|claimed|claims)\b/i;

function isSubject(fact: Fact, facts: readonly Fact[]): boolean {
	return facts.filter((f) => f.kind === fact.kind && f.value === fact.value).length >= 3;
}

// The clock of a game ("on 12 minutes", "in the 34th minute", "with ten laps remaining", "to
// the 28-yard line", "just before half time", "the top of the fourth inning") and the plays of
// one ("a double save", "a 34-yard field goal", "a free kick", "chested the ball", "hit a home
// run", "bunted", "two three-pointers", "took two wickets", "saved a break point"): a match report
// tells its game move by move after the lead gives the result.
const PLAY = new RegExp(
	[
		/\b(?:on\s+\d+\s+minutes\b|\d+(?:st|nd|rd|th)[\s-]minute\b|laps?\b|yard\s+line\b|-yard\s+(?:field goal|run|pass|touchdown)|field\s+goal|touchdown|fumbled?\b|(?:double|good|fine|great|diving)\s+save\b|(?:free|corner)\s+kick|crossed\s+(?:in\s+)?the\s+ball\b)/
			.source,
		/\b(?:half[\s-]time|stoppage\s+time|injury\s+time|extra\s+time|header|volley(?:ed)?|offside|penalty\s+(?:area|box|spot))\b/
			.source,
		/\b(?:kick|pass|roll|head|hit|strik|struck|chest|cross|receiv|threw|throw|catch|caught|bounc|slott?|tapp?|fir|curl|chipp?|lobb?)(?:s|es|ed|ing|e|ped|bed)?\s+(?:the|a)\s+ball\b/
			.source,
		/\b(?:innings?|home\s+runs?|bunt(?:s|ed)?|batters?|at\s+bat|struck\s+out|strike-?outs?|RBIs?|stolen\s+bases?|double\s+play|(?:first|second|third)\s+base|led\s+off)\b/
			.source,
		/\b(?:base\s+hit|(?:on|to|at)\s+(?:second|third)\s+base|run\s+out|outfield|hit\s+a\s+(?:single|double|triple)|(?:started|stood|was|stayed)\s+on\s+(?:first|second|third)|advanced\s+(?:[A-Za-z'’-]+\s+){1,3}to\s+(?:second|third|home))\b/
			.source,
		/\b(?:(?:red|yellow)\s+card|professional\s+foul|(?:sloppy|through|long|short|back)[\s-]pass|sent\s+(?:a|the)\s+cross|beat\s+the\s+(?:keeper|goalkeeper)|over\s+the\s+bar|hit\s+the\s+(?:post|bar|crossbar))\b/
			.source,
		/\b(?:fouled(?:\s+out)?|to\s+the\s+(?:free-throw\s+)?line|steal\s+the\s+ball|(?:three|two|3|2)[\s-]pointers?|free\s+throws?|lay-?ups?|dunk(?:s|ed)?|wickets?|break\s+points?|set\s+points?|match\s+points?|tie-?break|scrum|line-?out|sin-?binned)\b/
			.source,
		// a match's statistics: bookings, possession, passing, shots
		/\b(?:players?\s+(?:were\s+|was\s+)?booked|bookings|ball\s+possession|possession\s+of\s+the\s+ball|\d+\s*%\s+(?:of\s+)?(?:the\s+)?possession|passing\s+accuracy|shots?\s+on\s+(?:target|goal))\b/
			.source
	].join('|'),
	'i'
);

/**
 * A sentence of a match report past its lead that tells a move of the game: who crossed, who
 * saved, when a chance came. The result the lead gives is worth learning; each play is not.
 * Nor is a reporter's byline, wherever it stands.
 */
export function isPlayByPlay(fact: Fact, article: Article): boolean {
	const s = article.sentences[fact.sentenceIndex];
	if (!s) return false;
	// "VOA's Ann Lee reports from the State Department.": who filed the story and from where
	if (BYLINE.test(s.text.trim())) return true;
	if (s.paragraph === firstParagraph(article)) return false;
	return PLAY.test(s.text);
}

const BYLINE =
	/^(?:\p{Lu}[\p{L}.&-]*['’]s\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:reports|reported|writes|wrote)\s+(?:from|for)\s+(?![^.!?]*\bthat\b)[^.!?]{1,60}[.!?]?$/u;
