import nlp from 'compromise/two';

/**
 * compromise's lexicon (already in the bundle for the verbs of questions) as word classes:
 * whether a word is a common English word ("Music", "Star" in capitals), a title ("Emperor",
 * "journalist"), a given name, or a name compromise knows (organisations, teams, places).
 */
type Lexicon = Record<string, string | string[] | undefined>;

const CLASSES: Record<string, string> = {
	PhrasalVerb: 'verb',
	Gerund: 'verb',
	PastTense: 'verb',
	PresentTense: 'verb',
	Infinitive: 'verb',
	Participle: 'verb',
	Verb: 'verb',
	Plural: 'noun',
	Singular: 'noun',
	Noun: 'noun',
	Uncountable: 'noun',
	Adjective: 'adj',
	Comparative: 'adj',
	Superlative: 'adj',
	Adverb: 'adv',
	FemaleName: 'given',
	MaleName: 'given',
	FirstName: 'given',
	LastName: 'surname',
	Person: 'person',
	Actor: 'role',
	Honorific: 'role',
	Organization: 'org',
	SportsTeam: 'team',
	City: 'city',
	Country: 'country',
	Region: 'region',
	Place: 'place',
	ProperNoun: 'proper',
	Demonym: 'demonym',
	Month: 'date',
	WeekDay: 'date',
	Date: 'date',
	Currency: 'unit',
	Unit: 'unit'
};

let lexicon: Lexicon | null | undefined;

function load(): Lexicon | null {
	if (lexicon === undefined) {
		try {
			const world = nlp.world() as unknown as { model: { one: { lexicon: Lexicon } } };
			lexicon = world.model.one.lexicon;
		} catch {
			lexicon = null;
		}
	}
	return lexicon;
}

/** The classes of a lower-case word or phrase (words joined by single spaces), sorted. */
export function wordClasses(lower: string): string[] {
	const t = load()?.[lower];
	if (t === undefined || typeof t === 'function') return [];
	const out = new Set<string>();
	for (const tag of Array.isArray(t) ? t : [t]) {
		const c = CLASSES[tag];
		if (c) out.add(c);
	}
	return [...out].sort();
}
