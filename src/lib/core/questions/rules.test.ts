import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateDeck } from '../deck';
import { buildQuestions, draftQuestions } from './index';
import { parseArticle } from '../article/parse';
import { cutsName, isBroken, locate, type Located } from './stem';
import type { Article, Fact } from '../types';
import { isSideDetail } from './side';
import { isTrivia } from './trivia';
import { isSemicolonList, listsOf } from './select';
import { factsFor } from '$tests/helpers/facts';

/** What a rule of one located fact says of each fact of a test article. */
function judge(
	rule: (fact: Fact, at: Located, facts: readonly Fact[]) => boolean,
	article: Article,
	facts: Fact[]
): boolean[] {
	return facts.map((f) => rule(f, locate(f, article)!, facts));
}

describe('a blank never cuts a name or a figure', () => {
	it('flags a blank inside a run of capitalised words or joined by a hyphen', () => {
		expect(cutsName('The _____ and Drug Administration approved it.')).toBe(true);
		expect(cutsName('She met Rem Koolhaas and _____ there.')).toBe(true);
		expect(cutsName('It went to _____ Street.')).toBe(true);
		expect(cutsName('A 4-_____ win.', true)).toBe(true);
		expect(cutsName('The _____-2 victory.', true)).toBe(true);
		expect(cutsName('He was released on _____$ 20,000 bail.')).toBe(true);
		expect(cutsName('The news site _____.com reported it.')).toBe(true);
		expect(cutsName('New _____ also had a female majority.')).toBe(true);
		expect(cutsName('Voters in San _____ agreed.')).toBe(true);
		expect(cutsName('As a Level 1 _____, the clinic is ready.')).toBe(true);
		expect(cutsName('Crowds came to the _____ 51 event.')).toBe(true);
		expect(cutsName('She studied at the University of _____ for a year.')).toBe(true);
		expect(cutsName('The Institute for _____ published the figures.')).toBe(true);
		expect(cutsName('A spokesman for the Center to _____ said so.')).toBe(true);
		expect(cutsName('A leader of the Kosi People’s _____ spoke.')).toBe(true);
		expect(cutsName('The Farmers’ _____ met in June.')).toBe(true);
		expect(cutsName('Médecins sans _____ sent two teams.')).toBe(true);
		expect(cutsName('They flew into Rio de _____ on Monday.')).toBe(true);
		expect(cutsName('A report by the _____ for Conservation of Nature said so.')).toBe(true);
		expect(cutsName('Troops of the _____ of America landed.')).toBe(true);
		expect(cutsName('It cites the _____ of the High Commissioner for Refugees.')).toBe(true);
		expect(cutsName('Members of the _____ Youth Movement marched.', true)).toBe(true);
		// the year of an edition of an event is no body's name
		expect(cutsName('She won gold at the _____ Winter Games.', true)).toBe(false);
		// an English word before "de" or "la", or a lower-case word before "for", is no name
		expect(cutsName('The bill goes to the _____ for a vote.')).toBe(false);
		expect(cutsName('Fans sang la _____ all night.')).toBe(false);
		expect(cutsName('By noon, _____ and a quarter had voted.', true)).toBe(true);
		expect(cutsName('Since then, _____ and a half people have fled.', true)).toBe(true);
	});
	it('lets a whole name stand after a title, a possessive, or at the start', () => {
		expect(cutsName('President _____ said so.')).toBe(false);
		expect(cutsName('Harvard University’s _____ opened.')).toBe(false);
		expect(cutsName('_____ attended schools in England.')).toBe(false);
		expect(cutsName('Schools in _____ and Spain.')).toBe(false);
		expect(cutsName('A _____-year-old man.', true)).toBe(false);
		expect(cutsName('The United States’ _____ ran the program.')).toBe(false);
		expect(cutsName('He flew from London to _____ on Monday.')).toBe(false);
		expect(cutsName('The Mayor of _____ said so.')).toBe(false);
		expect(cutsName('About _____ people and a dog were saved.', true)).toBe(false);
	});
});

describe('broken text', () => {
	it('finds unbalanced brackets and quotes and fragments', () => {
		expect(isBroken('He was born (c. 1818.')).toBe(true);
		expect(isBroken('“It is over, he said.')).toBe(true);
		expect(isBroken('1818 – January 8, 1880), known as Norton.')).toBe(true);
		expect(isBroken('and then he left.')).toBe(true);
		expect(isBroken('He left (in 1990) for “good”.')).toBe(false);
		expect(isBroken('“We will do this[.]”')).toBe(true);
		expect(isBroken('“It is about them[, and] it is about us.”')).toBe(true);
		expect(isBroken('About 200,0000 people live there.')).toBe(true);
		expect(isBroken('About 200,000 people live on [the] island.')).toBe(false);
		expect(isBroken('The herd was moved into a into a pen.')).toBe(true);
		expect(isBroken('The first FIRST contest was held.')).toBe(true);
		expect(isBroken('The protests began in _____ in response to a law.')).toBe(true);
		expect(isBroken('He said that that was over.')).toBe(false);
	});
});

describe('trivia', () => {
	const text =
		'The meeting ended on Monday.\nThe ferry left at 10:30 and sailed 5 miles (8 km) and then 2 miles (~4 km).\nIt was built in 1990.[3]\n';
	const { article, facts } = factsFor(text, [
		{ kind: 'date', text: 'Monday' },
		{ kind: 'date', text: '10:30' },
		{ kind: 'figure', text: '5 miles' },
		{ kind: 'figure', text: '8 km' },
		{ kind: 'date', text: '1990' },
		{ kind: 'figure', text: '3' },
		{ kind: 'figure', text: '4 km' }
	]);
	const at = (i: number) => locate(facts[i], article)!;
	it('leaves out a weekday, a clock time, a conversion in brackets, the figure it converts and a footnote mark', () => {
		expect(facts.map((f, i) => isTrivia(f, at(i)))).toEqual([
			true,
			true,
			true,
			true,
			false,
			true,
			true
		]);
	});
});

describe('trivia: the length of a document and the fixed day of a yearly event', () => {
	it('leaves out "a 49-page report" and "held each year on May 31", not a count of pages read or a dated event', () => {
		const { article, facts } = factsFor(
			'The ministry published a 64-page report on the floods.\n' +
				'The fair is held each year on 12 June in Kelby.\n' +
				'Inspectors read 300 pages of evidence.\n' +
				'The fair was held on 12 June last year.\n',
			[
				{ kind: 'figure', text: '64' },
				{ kind: 'date', text: '12 June' },
				{ kind: 'figure', text: '300 pages' },
				{ kind: 'date', text: '12 June', nth: 1 }
			]
		);
		expect(judge(isTrivia, article, facts)).toEqual([true, true, false, false]);
	});
});

describe('trivia: spans, small counts, modifiers and addresses', () => {
	const text =
		'Ten minutes later the gate closed.\nThe two sisters met in Lyon.\n' +
		'The Canadian trade office in the French town of Arles, France, opened.\n' +
		'The flood hit the Peru coast.\nFarmers from Peru, Chile, Bolivia and Cuba came.\n' +
		'The Senate met and the Court ruled, said the Harbour Authority.\n';
	const { article, facts } = factsFor(text, [
		{ kind: 'figure', text: 'Ten minutes' },
		{ kind: 'figure', text: 'two' },
		{ kind: 'place', text: 'France' },
		{ kind: 'place', text: 'Peru' },
		{ kind: 'place', text: 'Chile' },
		{ kind: 'place', text: 'Lyon' },
		{ kind: 'organisation', text: 'Senate' },
		{ kind: 'organisation', text: 'Court' },
		{ kind: 'organisation', text: 'Harbour Authority' }
	]);
	facts[0].figure = { number: 10, unit: 'minutes', style: 'words' };
	const at = (i: number) => locate(facts[i], article)!;
	it('leaves out "ten minutes later", "the two sisters", "Arles, France", "the Peru coast", "the Senate"', () => {
		const trivial = facts.filter((f, i) => isTrivia(f, at(i))).map((f) => f.text);
		expect(trivial).toEqual(['Ten minutes', 'two', 'France', 'Peru', 'Senate', 'Court']);
	});
});

describe('trivia: quoted numbers, modifiers after "a", a country after a region', () => {
	const text =
		'“We have done 90% of the work,” she said.\n' +
		'“It took 80 years. We rescued 60 people,” he said.\n' +
		'The crew rescued 60 people from the sea.\n' +
		'A Japanese bomber attacked a US vessel near Okinawa, Japan.\n' +
		'Farmers from Peru, Chile and Cuba came.\n' +
		'The plane is registered in Essex County, Vermont.\n';
	const { article, facts } = factsFor(text, [
		{ kind: 'figure', text: '90%' },
		{ kind: 'figure', text: '80 years' },
		{ kind: 'figure', text: '60 people' },
		{ kind: 'figure', text: '60 people', nth: 1 },
		{ kind: 'place', text: 'US' },
		{ kind: 'place', text: 'Okinawa' },
		{ kind: 'place', text: 'Japan' },
		{ kind: 'place', text: 'Chile' },
		{ kind: 'place', text: 'Vermont' }
	]);
	const at = (i: number) => locate(facts[i], article)!;
	it('leaves out a figure inside quoted words, even of a quote opened a sentence before', () => {
		expect(facts.slice(0, 4).map((f, i) => isTrivia(f, at(i)))).toEqual([true, true, true, false]);
	});
	it('leaves out "a US vessel", "Okinawa, Japan", "Essex County, Vermont", not a country of a list', () => {
		expect(facts.slice(4).map((f, i) => isTrivia(f, at(i + 4)))).toEqual([
			true,
			false,
			true,
			false,
			true
		]);
	});
});

describe('side details: ages, when words were told, affiliations, outlets', () => {
	const text =
		'Tom Reyes, 39, a 19-year-old driver and a man aged 70 were hurt in the crash of 14 cars.\n' +
		'Eva Lund was 101 and died in the University of Norland, Harbourside, with 12 staff.\n' +
		'The injured ranged in age from eleven to 75.\n' +
		'Toilets use 141 billion litres (37 billion US gallons; 33 billion imperial gallons) a year.\n' +
		'Estimates ranged from 45% to 60% of homes, between 36 and 40 people.\n' +
		'The death toll rose from 14 to 31 overnight.\n' +
		'The quake damaged 143 buildings, including 70 schools; 12 died, six of them children.\n' +
		'In a 2009 interview, Reyes said the road had closed in 2004.\n' +
		'Reyes told the paper on 4 May 2012 that the bridge opened in March 2011.\n' +
		'Ana Ruiz of Leeds University and Kim Ode, a geologist at Ohio State, studied the site in Peru.\n' +
		'Harbour College’s Dan Ames led the survey of the Leeds coast.\n' +
		'The Daily Courier reported the story.\n' +
		'Kelby Museum curator Lea Moss and the Harlow Trust hired Jon Lee.\n' +
		'Lee posted a photo of the site to Pixgram and said on Kelby Radio that Harlow Trust paid.\n';
	const { article, facts } = factsFor(text, [
		{ kind: 'person', text: 'Tom Reyes' },
		{ kind: 'figure', text: '39' },
		{ kind: 'figure', text: '19' },
		{ kind: 'figure', text: '70' },
		{ kind: 'figure', text: '14 cars' },
		{ kind: 'figure', text: '101' },
		{ kind: 'place', text: 'Harbourside' },
		{ kind: 'figure', text: '12 staff' },
		{ kind: 'figure', text: '75' },
		{ kind: 'figure', text: '141 billion litres' },
		{ kind: 'figure', text: '33 billion imperial gallons' },
		{ kind: 'figure', text: '45%' },
		{ kind: 'figure', text: '60%' },
		{ kind: 'figure', text: '36' },
		{ kind: 'figure', text: '40 people' },
		{ kind: 'figure', text: '31' },
		{ kind: 'figure', text: '143 buildings' },
		{ kind: 'figure', text: '70 schools' },
		{ kind: 'figure', text: 'six' },
		{ kind: 'date', text: '2009' },
		{ kind: 'date', text: '2004' },
		{ kind: 'date', text: '4 May 2012' },
		{ kind: 'date', text: 'March 2011' },
		{ kind: 'person', text: 'Ana Ruiz' },
		{ kind: 'organisation', text: 'Leeds University' },
		{ kind: 'person', text: 'Kim Ode' },
		{ kind: 'organisation', text: 'Ohio State' },
		{ kind: 'place', text: 'Peru' },
		{ kind: 'organisation', text: 'Harbour College' },
		{ kind: 'person', text: 'Dan Ames' },
		{ kind: 'place', text: 'Leeds', nth: 1 },
		{ kind: 'organisation', text: 'Daily Courier' },
		{ kind: 'organisation', text: 'Kelby Museum' },
		{ kind: 'person', text: 'Lea Moss' },
		{ kind: 'organisation', text: 'Harlow Trust' },
		{ kind: 'person', text: 'Jon Lee' },
		{ kind: 'organisation', text: 'Pixgram' },
		{ kind: 'organisation', text: 'Kelby Radio' },
		{ kind: 'organisation', text: 'Harlow Trust', nth: 1 }
	]);
	facts[31].detail = 'media';
	const trivial = () =>
		facts.filter((f) => isTrivia(f, locate(f, article)!, facts)).map((f) => f.text);
	it('leaves out ages, the dates words were said or printed, affiliations and outlets', () => {
		expect(trivial()).toEqual([
			'39',
			'19',
			'70',
			'101',
			'Harbourside',
			'75',
			'141 billion litres',
			'33 billion imperial gallons',
			'45%',
			'60%',
			'36',
			'40 people',
			'70 schools',
			'six',
			'2009',
			'4 May 2012',
			'Leeds University',
			'Ohio State',
			'Harbour College',
			'Leeds',
			'Daily Courier',
			'Kelby Museum',
			'Pixgram',
			'Kelby Radio'
		]);
	});
	it('leaves out an outlet as the source of what is told, even one the story names often', () => {
		const more = factsFor(
			'The Kelby Post reported the crash of a cargo plane.\nThe Kelby Post states the plane was old.\nThe Kelby Post said 15 people died.\n',
			[
				{ kind: 'organisation', text: 'Kelby Post' },
				{ kind: 'organisation', text: 'Kelby Post', nth: 1 },
				{ kind: 'organisation', text: 'Kelby Post', nth: 2 }
			]
		);
		for (const f of more.facts) f.detail = 'media';
		for (const f of more.facts)
			expect(isTrivia(f, locate(f, more.article)!, more.facts)).toBe(true);
	});
	it('keeps an outlet the story is about', () => {
		const more = factsFor(
			'The Daily Courier closed.\nThe Daily Courier had 40 staff.\nThe Daily Courier was sold.\n',
			[
				{ kind: 'organisation', text: 'Daily Courier' },
				{ kind: 'organisation', text: 'Daily Courier', nth: 1 },
				{ kind: 'organisation', text: 'Daily Courier', nth: 2 }
			]
		);
		for (const f of more.facts) f.detail = 'media';
		const f = more.facts[0];
		expect(isTrivia(f, locate(f, more.article)!, more.facts)).toBe(false);
	});
});

describe('a quotation with no speaker', () => {
	it('tells a bare quotation from one that names who spoke', async () => {
		const { isBareQuote } = await import('./text');
		expect(isBareQuote('“As a Level 1 centre, the Harbour Clinic is ready for patients.”')).toBe(
			true
		);
		expect(isBareQuote('"We rescued 60 people from the sea."')).toBe(true);
		expect(isBareQuote('“We rescued 60 people,” she said. “It took all night.”')).toBe(false);
		expect(isBareQuote('“We rescued 60 people,” said Ana Ruiz.')).toBe(false);
		expect(isBareQuote('Ana Ruiz said: “We rescued 60 people.”')).toBe(false);
	});
	it('asks nothing of it, with choices, typed or as a statement', () => {
		const { article, facts } = factsFor(
			'The storm hit the coast of Norland on Friday night.\n' +
				'“The Harbour Clinic in Leeds treated 60 people after the storm.”\n',
			[
				{ kind: 'organisation', text: 'Harbour Clinic' },
				{ kind: 'place', text: 'Leeds' },
				{ kind: 'figure', text: '60 people' }
			]
		);
		expect(buildQuestions(article, facts).filter((q) => q.source.includes('60'))).toEqual([]);
		// the same words, told by the report itself, are asked
		const told = factsFor(
			article.text.replace(/[“”]/g, ''),
			facts.map((f) => ({ kind: f.kind, text: f.text }))
		);
		expect(
			buildQuestions(told.article, told.facts).filter((q) => q.source.includes('60')).length
		).toBeGreaterThan(0);
	});
});

describe('a deck of an unseen story', () => {
	const story =
		'Harbour Trust buys old mill\n\n' +
		'The Harbour Trust bought the old mill in Leeds on 4 March 2021. ' +
		'The Harbour Trust holds 12,000 documents in its archive. ' +
		'Maria Lopez is the trust’s chief archivist. ' +
		'The mill was built in 1850 by Thomas Reid. ' +
		'In 1902, the mill closed after a fire. ' +
		'The city council sold the site to a developer in 1975. ' +
		'The developer left the mill empty for 40 years.';
	const deck = generateDeck(story);
	it('asks real questions where the sentence allows, with the sentence as source', () => {
		// the drafts, before the worth model keeps the questions worth asking
		const drafts = draftQuestions(parseArticle(story), deck.facts).questions;
		const wh = drafts.filter((q) => q.prompt.endsWith('?'));
		expect(wh.length).toBeGreaterThan(2);
		expect(deck.questions.filter((q) => q.prompt.endsWith('?')).length).toBeGreaterThan(0);
		for (const q of wh) {
			expect(q.prompt).toMatch(/^(Who|Which|When|Where|How many) /);
			expect(q.source.length).toBeGreaterThan(q.prompt.length - 20);
		}
	});
	it('makes no true/false statement of a sentence that another question asks', () => {
		// This story gets none: the fixtures' decks have some.
		const dir = new URL('../facts/fixtures/', import.meta.url);
		const decks = readdirSync(dir)
			.filter((f) => f.endsWith('.txt'))
			.map((f) => generateDeck(readFileSync(new URL(f, dir), 'utf8')));
		let statements = 0;
		for (const { questions } of [deck, ...decks]) {
			const blanked = new Set(
				questions.filter((q) => q.type !== 'true-false').map((q) => q.source)
			);
			for (const q of questions.filter((q) => q.type === 'true-false')) {
				statements++;
				expect(blanked.has(q.source), q.prompt).toBe(false);
			}
		}
		expect(statements).toBeGreaterThan(0);
	});
});

describe('figure distractors keep the answer’s grammar', () => {
	it('never offers a count of one with a plural noun', async () => {
		const { figureDistractors } = await import('./distractors/figures');
		const { facts } = factsFor('He waited for two hours.\n', [
			{ kind: 'figure', text: 'two hours' }
		]);
		const d = figureDistractors('two hours', facts[0], facts);
		expect(d.length).toBeGreaterThan(2);
		expect(d).not.toContain('one hours');
	});
	it('leaves out an initial as an answer', () => {
		const { article, facts } = factsFor('The writer L. Ron Hubbard founded it.\n', [
			{ kind: 'person', text: 'L' }
		]);
		const s = article.sentences[0];
		const f = facts[0];
		expect(isTrivia(f, { sentence: s.text, start: f.start - s.start, end: f.end - s.start })).toBe(
			true
		);
	});
});

describe('prompts that need nothing unshown', () => {
	it('drops an opening "This year," and types no answer of more than five words', () => {
		const deck = generateDeck(
			'Robot contest\n\n' +
				'This year, the team from Lyon won the robot contest in Geneva with a score of 97 points. ' +
				'The prize went to the Lyon Institute of Applied Robotics and Engineering Sciences on Friday. ' +
				'The contest began in Geneva in 2009.'
		);
		for (const q of deck.questions) expect(q.prompt).not.toMatch(/^This year/);
		for (const q of deck.questions.filter((q) => q.type === 'cloze'))
			expect(q.answer.split(' ').length).toBeLessThanOrEqual(5);
		expect(deck.questions.some((q) => /^The team from _____|Lyon/.test(q.prompt))).toBe(true);
	});
});

describe('a statement cut down to a picture credit', () => {
	it('is never asked with an empty or two-word prompt', () => {
		const deck = generateDeck(
			'Ferry service resumes\n\n' +
				'Image: Anna Berg.\n\n' +
				'The ferry between Kiel and Oslo resumed on 3 May 2021 after 14 months. ' +
				'Anna Berg, who runs the line, said 40,000 people had booked.'
		);
		expect(deck.questions.length).toBeGreaterThan(0);
		for (const q of deck.questions) expect(q.prompt.split(/\s+/).length).toBeGreaterThanOrEqual(4);
	});
});

describe('more cuts and trivia', () => {
	it('sees "the _____ and Prevention" as a cut name', () => {
		expect(cutsName('Data came from the _____ and Prevention, the agency said.')).toBe(true);
		expect(cutsName('Data came from _____ and the agency said so.')).toBe(false);
	});
	const text =
		'The wall stood fourteen feet (4 m) high.\nThe mayor told the Daily Gazette the wall would stay.\n';
	const { article, facts } = factsFor(text, [
		{ kind: 'figure', text: '4 m' },
		{ kind: 'organisation', text: 'Daily Gazette' }
	]);
	const at = (i: number) => locate(facts[i], article)!;
	it('leaves out a conversion after a number in words, and the outlet someone told', () => {
		expect(facts.map((f, i) => isTrivia(f, at(i)))).toEqual([true, true]);
	});
});

describe('trivia: distances that place a place, and the base of a rate', () => {
	const text =
		'The plant lies 160 km north of the capital.\n' +
		'The village, some 300 miles from the coast, was cut off.\n' +
		'She was born 250 miles (400 km) southwest of the city.\n' +
		'The storm moved 300 miles in two days.\n' +
		'Deaths rose to 12 per 100,000 people.\n' +
		'The fund paid 100,000 people.\n';
	const { article, facts } = factsFor(text, [
		{ kind: 'figure', text: '160 km' },
		{ kind: 'figure', text: '300 miles' },
		{ kind: 'figure', text: '250 miles' },
		{ kind: 'figure', text: '300 miles', nth: 1 },
		{ kind: 'figure', text: '100,000' },
		{ kind: 'figure', text: '100,000', nth: 1 }
	]);
	const at = (i: number) => locate(facts[i], article)!;
	it('leaves out "160 km north of", "300 miles from" and "per 100,000", not a distance travelled', () => {
		expect(facts.map((f, i) => isTrivia(f, at(i)))).toEqual([true, true, true, false, true, false]);
	});
});

describe('side details: an age told with "old"', () => {
	const text =
		'The organiser is about 20 years old and lives in Leeds.\n' +
		'The mayor, who is 64 years old, opened it.\n' +
		'The bridge stood for 20 years before it fell.\n';
	const { article, facts } = factsFor(text, [
		{ kind: 'figure', text: 'about 20 years' },
		{ kind: 'figure', text: '64' },
		{ kind: 'figure', text: '20 years', nth: 1 }
	]);
	it('leaves out "about 20 years old" and "64 years old", not "for 20 years"', () => {
		expect(judge(isTrivia, article, facts)).toEqual([true, true, false]);
	});
});

describe('side details: either end of a range written in words', () => {
	const text =
		'The painting was valued in the range of five to six million dollars.\n' +
		'Between two and three thousand people came.\n' +
		'Sales rose from five to nine million.\n';
	const { article, facts } = factsFor(text, [
		{ kind: 'figure', text: 'five' },
		{ kind: 'figure', text: 'six million dollars' },
		{ kind: 'figure', text: 'two' },
		{ kind: 'figure', text: 'three thousand people' },
		{ kind: 'figure', text: 'nine million' }
	]);
	it('leaves out "five to six million", "between two and three thousand", not a change', () => {
		expect(judge(isTrivia, article, facts)).toEqual([true, true, true, true, false]);
	});
});

describe('trivia: a campus after "University of … at"', () => {
	const text = 'A team from the University of Norland at Kelby studied the reef near Kelby.\n';
	const { article, facts } = factsFor(text, [
		{ kind: 'place', text: 'Kelby' },
		{ kind: 'place', text: 'Kelby', nth: 1 }
	]);
	it('leaves out the campus, not the same place elsewhere', () => {
		expect(judge(isTrivia, article, facts)).toEqual([true, false]);
	});
});

describe('side details: ages of a list, "24/7", a plural possessive inside a name', () => {
	const text =
		'The dead were aged nine, ten, two aged fourteen, 49, and 59.\n' +
		'The crash killed 49 people and hurt ten more.\n';
	const { article, facts } = factsFor(text, [
		{ kind: 'figure', text: '49' },
		{ kind: 'figure', text: '59' },
		{ kind: 'figure', text: '49', nth: 1 }
	]);
	it('leaves out every age of a list of ages, not a count', () => {
		expect(judge(isTrivia, article, facts)).toEqual([true, true, false]);
	});
	it('cuts no figure with a slash and no name with a plural possessive', () => {
		expect(cutsName('The desk is open _____/7 all year.', true)).toBe(true);
		expect(cutsName('He served for _____ three years.', true)).toBe(true);
		expect(cutsName('He served for twenty _____.', true)).toBe(true);
		expect(cutsName('He ran into _____’ Hall with a knife.')).toBe(true);
		expect(cutsName('The sisters’ _____ opened in May.')).toBe(false);
	});
});

describe('blanks in titles and names opened by "The"', () => {
	it('cuts no number out of a title and no name opened by a capital "The"', () => {
		expect(cutsName('She stars in the Legend of the _____ Rings this year.', true)).toBe(true);
		expect(cutsName('The findings were published in The _____ on Monday.')).toBe(true);
		expect(cutsName('The _____ said the findings were new.')).toBe(false);
		expect(cutsName('The team won _____ Cups in a row.', true)).toBe(false);
	});
	it('leaves out the last day of a span of dates', () => {
		const text = 'Running from August 22 to 25, the fair drew crowds.\n';
		const { article, facts } = factsFor(text, [{ kind: 'figure', text: '25' }]);
		expect(isTrivia(facts[0], locate(facts[0], article)!, facts)).toBe(true);
	});
});

describe('side details: the ages of two people named together', () => {
	const text = 'Officers Tom Reyes and Dan Ode, 40 and 49, met her at a pub with 40 others.\n';
	const { article, facts } = factsFor(text, [
		{ kind: 'figure', text: '40' },
		{ kind: 'figure', text: '49' },
		{ kind: 'figure', text: '40', nth: 1 }
	]);
	it('leaves out "40 and 49" after two names, not a count', () => {
		expect(judge(isTrivia, article, facts)).toEqual([true, true, false]);
	});
});

describe('trivia: a figure its bracket converts', () => {
	const text =
		'The boat was 75 ft (~23 m) long.\nGlue guns reach 450°F (232°C) in use.\nThe boat carried 39 people (all divers).\n';
	const { article, facts } = factsFor(text, [
		{ kind: 'figure', text: '75 ft' },
		{ kind: 'figure', text: '450' },
		{ kind: 'figure', text: '39 people' }
	]);
	it('leaves out "75 ft (~23 m)" and "450°F (232°C)", not a count with a bracketed note', () => {
		expect(judge(isTrivia, article, facts)).toEqual([true, true, false]);
	});
});

describe('side details: the first day of a span of days', () => {
	it('leaves out "December 5" of "December 5 and 6", not a date before "and 6 people"', () => {
		const { article, facts } = factsFor(
			'The clinics closed on December 5 and 6 for the campaign.\nOn March 3 and 40 people were hurt.\n',
			[
				{ kind: 'date', text: 'December 5' },
				{ kind: 'date', text: 'March 3' }
			]
		);
		expect(judge(isSideDetail, article, facts)).toEqual([true, false]);
	});
});

describe('no statement of a sentence that tells what the headline tells', () => {
	it('states a later sentence, not the lead that restates the headline', async () => {
		const { trueFalse } = await import('./types/true-false/build');
		const { article, facts } = factsFor(
			'Storm closes Kelby harbour for two days\n\n' +
				'A storm broke the wall and closed Kelby harbour for two days on 3 May 2021, officials said.\n\n' +
				'The old sea wall of the town was first built on 9 June 1950 by local masons.\n',
			[
				{ kind: 'date', text: '3 May 2021' },
				{ kind: 'date', text: '9 June 1950' }
			]
		);
		const ctx = { article, facts };
		expect(trueFalse(facts[0], ctx)).toBeNull();
		expect(trueFalse(facts[1], ctx)).not.toBeNull();
	});
});

describe('broken text: a relative clause cut from its sentence', () => {
	it('reads "To which …" and "whose …" as broken, not "Which …?"', () => {
		expect(isBroken('To which the sold units contributed with a _____ turnover.')).toBe(true);
		expect(isBroken('whose owners paid _____ for it.')).toBe(true);
		expect(isBroken('Which company paid _____ for the stores.')).toBe(false);
		expect(isBroken('To which chain did Tesco sell its Polish stores?')).toBe(false);
	});
});

describe('a count that reads like a year', () => {
	it('is typed, not chosen among numbers', async () => {
		const { multipleChoice } = await import('./types/multiple-choice/build');
		const { article, facts } = factsFor(
			'Pipeline plan agreed\n\n' +
				'The new gas pipeline across the sea will be 1900 km long when it is finished.\n' +
				'The old gas pipeline along the coast was 2700 km long when it was finished.\n',
			[
				{ kind: 'figure', text: '1900 km' },
				{ kind: 'figure', text: '2700 km' }
			]
		);
		const ctx = { article, facts };
		expect(multipleChoice(facts[0], ctx)).toBeNull();
		expect(multipleChoice(facts[1], ctx)).not.toBeNull();
	});
});

describe('no blank for a date told from another, nor two blanks for one answer', () => {
	it('asks neither "Eight years earlier" nor a name its sentence gives twice', async () => {
		const { makeStem } = await import('./prompt');
		const { article, facts } = factsFor(
			'Harbour wall opens\n\n' +
				'The first harbour wall at Kelby was built in 1976 by the town council of Kelby.\n' +
				'Eight years earlier, the old wall at Kelby had been washed away by a winter storm.\n' +
				'Engineer Ana Ruiz drew the plans, and the council thanked Ana Ruiz for the plans.\n' +
				'Engineer Tom Reyes drew the second plans for the wall over the winter months.\n',
			[
				{ kind: 'date', text: '1976' },
				{ kind: 'date', text: 'Eight years earlier' },
				{ kind: 'person', text: 'Ana Ruiz' },
				{ kind: 'person', text: 'Tom Reyes' }
			]
		);
		const ctx = { article, facts };
		expect(facts.map((f) => makeStem(f, ctx) !== null)).toEqual([true, false, false, true]);
	});
});

describe('side details: a count the story has since corrected', () => {
	it('leaves out the initial count, not the corrected one nor a plain change', () => {
		const { article, facts } = factsFor(
			'A spokesman gave a count of 116 injured, up from an initial report of 70 people.\n' +
				'The quake left five dead and, by early reports, 30 injured.\n' +
				'Sales rose from 14 to 31 million in a year.\n',
			[
				{ kind: 'figure', text: '116' },
				{ kind: 'figure', text: '70' },
				{ kind: 'figure', text: '30' },
				{ kind: 'figure', text: '14' },
				{ kind: 'figure', text: '31 million' }
			]
		);
		expect(judge(isSideDetail, article, facts)).toEqual([false, true, true, false, false]);
	});
});

describe('side details: the end of a range in millions', () => {
	it('leaves out "two million to _____" as it does "2 to _____"', () => {
		const { article, facts } = factsFor(
			'The star loses between ten billion to ten trillion grams each second.\n' +
				'The plan costs from 2 million and 3 million euros a year.\n',
			[
				{ kind: 'figure', text: 'ten trillion grams' },
				{ kind: 'figure', text: '3 million euros' }
			]
		);
		expect(judge(isSideDetail, article, facts)).toEqual([true, true]);
	});
});

describe('side details: a margin of error', () => {
	it('leaves out the margin, not the measure it qualifies', () => {
		const { article, facts } = factsFor(
			'The rock is 48 ± 24% empty space, the team found.\n' +
				'The poll gave her 52 percent, with a margin of error of 3 percent.\n' +
				'The tower is 300 metres tall, give or take 5 metres.\n',
			[
				{ kind: 'figure', text: '48' },
				{ kind: 'figure', text: '24%' },
				{ kind: 'figure', text: '52 percent' },
				{ kind: 'figure', text: '3 percent' },
				{ kind: 'figure', text: '300 metres' },
				{ kind: 'figure', text: '5 metres' }
			]
		);
		expect(judge(isSideDetail, article, facts)).toEqual([false, true, false, true, false, true]);
	});
});

describe('a list parted by semicolons', () => {
	it('is a list when two or more short parts follow semicolons', () => {
		expect(isSemicolonList('Standings: Ana Ruiz, 693; Tom Reyes, 666; Kim Ode, 661.')).toBe(true);
		expect(
			isSemicolonList('She married a banker; then a painter; and finally a pilot from Oslo.')
		).toBe(true);
	});
	it('is no list when the semicolons join clauses that read alone', () => {
		expect(
			isSemicolonList(
				'The mayor resigned on Monday after a long inquiry; his deputy will take over until the spring; new elections are due in the autumn.'
			)
		).toBe(false);
		expect(isSemicolonList('Prices rose; wages did not.')).toBe(false);
	});
	it('asks no name or figure of such a list', () => {
		const text =
			'Ruiz wins the Harbour Cup\n\n' +
			'Ana Ruiz won the Harbour Cup race at Bell Bay on Sunday, her third win of the season. ' +
			'The points after the race: Ruiz, 693; Tom Reyes, 666; Kim Ode, 661; Lea Moss, 628.\n';
		const { article, facts } = factsFor(text, [
			{ kind: 'person', text: 'Tom Reyes' },
			{ kind: 'figure', text: '666' },
			{ kind: 'person', text: 'Kim Ode' }
		]);
		expect(listsOf({ article, facts }).size).toBe(3);
		const deck = buildQuestions(article, facts);
		expect(deck.filter((q) => facts.some((f) => q.factIds.includes(f.id)))).toEqual([]);
	});
	it('takes counts with places between them for a list of counts', () => {
		const text =
			'Floods in the north\n\n' +
			'Officials reported 31 people dead in Arlen Province, 14 in Corbin Province and six in ' +
			'Dover Province after the floods.\n';
		const { article, facts } = factsFor(text, [
			{ kind: 'figure', text: '31 people', counts: 'people' },
			{ kind: 'place', text: 'Arlen Province' },
			{ kind: 'figure', text: '14' },
			{ kind: 'place', text: 'Corbin Province' },
			{ kind: 'figure', text: 'six' },
			{ kind: 'place', text: 'Dover Province' }
		]);
		const lists = listsOf({ article, facts });
		expect(facts.filter((f) => lists.has(f.id)).map((f) => f.text)).toEqual([
			'31 people',
			'14',
			'six'
		]);
	});
});

describe('a name used as a modifier', () => {
	it('is not asked before a noun, and is asked before a verb or a preposition', () => {
		const { article, facts } = factsFor(
			'The news came from the Kelbytel website on Monday.\n' +
				'The embassy said the Ruiz family left the country on advice.\n' +
				'The Norland Gazette news service printed the letter.\n' +
				'The Harbour Board gave its deepest sympathies to the family.\n' +
				'Ana Ode of the Blue Lanterns also spoke on Monday.\n' +
				'The Harbour Trust, which owns the pier, paid for the repairs.\n',
			[
				{ kind: 'organisation', text: 'Kelbytel' },
				{ kind: 'person', text: 'Ruiz' },
				{ kind: 'organisation', text: 'Norland Gazette' },
				{ kind: 'organisation', text: 'Harbour Board' },
				{ kind: 'organisation', text: 'Blue Lanterns' },
				{ kind: 'organisation', text: 'Harbour Trust' }
			]
		);
		expect(judge(isTrivia, article, facts)).toEqual([true, true, true, false, false, false]);
	});
});

describe('a match report told play by play', () => {
	it('asks nothing of a play past the lead, and keeps the lead and other news', async () => {
		const { isPlayByPlay } = await import('./side');
		const text =
			'Kelby Rovers beat Harlow 2–1 in the cup final\n\n' +
			'Kelby Rovers beat Harlow Town 2–1 on Sunday, with a header from Tom Reyes in the 88th minute.\n\n' +
			'On 12 minutes, Ana Ruiz crossed the ball to Kim Ode, who shot wide.\n' +
			'Ben Holt made a double save from Lea Moss and Eva Park.\n' +
			'Reyes won a free kick on the edge of the box.\n' +
			'The final drew 40,000 people to the new stadium in Kelby.\n' +
			'Fire crews put out a blaze in the car park after 45 minutes, and crowds crossed the river by ferry.\n';
		const { article, facts } = factsFor(text, [
			{ kind: 'person', text: 'Tom Reyes' },
			{ kind: 'person', text: 'Ana Ruiz' },
			{ kind: 'person', text: 'Ben Holt' },
			{ kind: 'person', text: 'Reyes', nth: 1 },
			{ kind: 'figure', text: '40,000 people' },
			{ kind: 'figure', text: '45 minutes' }
		]);
		expect(facts.map((f) => isPlayByPlay(f, article))).toEqual([
			false,
			true,
			true,
			true,
			false,
			false
		]);
	});
	it('knows the plays of other games: softball, basketball, cricket, tennis', async () => {
		const { isPlayByPlay } = await import('./side');
		const text =
			'Kelby beat Harlow 6–2 to win the series\n\n' +
			'Kelby beat Harlow 6–2 on Saturday to take the series, with Tom Reyes the winning pitcher.\n\n' +
			'In the third inning, Ana Ruiz hit a home run to left field.\n' +
			'Kim Ode bunted and advanced Lea Moss to second.\n' +
			'Ben Holt made two three-pointers in the second half.\n' +
			'Kim Ode fouled out late, and Ana Ruiz went to the line twice.\n' +
			'Eva Park took three wickets before lunch.\n' +
			'Just before half time the goalkeeper rolled a ball to Jon Lee.\n' +
			'Lea Moss made a base hit, and Ana Ruiz advanced Kim Ode to third.\n' +
			'The club was sold to Mark Dunn in 2019 for £20 million.\n' +
			'Jon Lee said the win was for the fans of Kelby.\n';
		const { article, facts } = factsFor(text, [
			{ kind: 'person', text: 'Tom Reyes' },
			{ kind: 'person', text: 'Ana Ruiz' },
			{ kind: 'person', text: 'Lea Moss' },
			{ kind: 'person', text: 'Ben Holt' },
			{ kind: 'person', text: 'Kim Ode', nth: 1 },
			{ kind: 'person', text: 'Eva Park' },
			{ kind: 'person', text: 'Jon Lee' },
			{ kind: 'person', text: 'Lea Moss', nth: 1 },
			{ kind: 'person', text: 'Mark Dunn' },
			{ kind: 'person', text: 'Jon Lee', nth: 1 }
		]);
		expect(facts.map((f) => isPlayByPlay(f, article))).toEqual([
			false,
			true,
			true,
			true,
			true,
			true,
			true,
			true,
			false,
			false
		]);
	});
	it("knows a match's statistics, and not a crime story's possession or a jail booking", async () => {
		const { isPlayByPlay } = await import('./side');
		const text =
			'Kelby beat Harlow 2–1 in the final\n\n' +
			'Kelby beat Harlow 2–1 on Sunday to win the cup.\n\n' +
			'Three players were booked in the second half.\n' +
			'Harlow had 61% possession and a passing accuracy of 88%.\n' +
			'Kelby had 4 shots on target.\n' +
			'Police found 12 grams of cannabis in his possession.\n' +
			'He was booked into the county jail at 9 pm.\n';
		const { article, facts } = factsFor(text, [
			{ kind: 'figure', text: 'Three' },
			{ kind: 'figure', text: '61%' },
			{ kind: 'figure', text: '4' },
			{ kind: 'figure', text: '12 grams' },
			{ kind: 'figure', text: '9 pm' }
		]);
		expect(facts.map((f) => isPlayByPlay(f, article))).toEqual([true, true, true, false, false]);
	});
});

describe('side details: a range with no "from"', () => {
	it('leaves out either end of "two to three hundred", not a tally or a change', () => {
		const { article, facts } = factsFor(
			'Reports said an estimated two to three hundred cars had burned.\n' +
				'The storm killed 20 to 30 people in the valley.\n' +
				'The Senate voted 52 to 48 to pass the bill.\n' +
				'Prices rose to 40 dollars in March.\n',
			[
				{ kind: 'figure', text: 'two' },
				{ kind: 'figure', text: 'three hundred cars' },
				{ kind: 'figure', text: '20' },
				{ kind: 'figure', text: '30 people' },
				{ kind: 'figure', text: '52' },
				{ kind: 'figure', text: '48' },
				{ kind: 'figure', text: '40 dollars' }
			]
		);
		expect(judge(isSideDetail, article, facts)).toEqual([
			true,
			true,
			true,
			true,
			false,
			false,
			false
		]);
	});
	it('leaves out a byline, not a report of what was found', async () => {
		const { isPlayByPlay } = await import('./side');
		const { article, facts } = factsFor(
			'Kelby sells jets\n\nKelby will sell 90 jets to Harlow.\n' +
				'KTV’s Ana Ruiz reports from the State Office.\n' +
				'Tom Reyes reported from Harlow that 12 jets had landed safely there on Monday.\n',
			[
				{ kind: 'person', text: 'Ana Ruiz' },
				{ kind: 'organisation', text: 'State Office' },
				{ kind: 'person', text: 'Tom Reyes' }
			]
		);
		expect(facts.map((f) => isPlayByPlay(f, article))).toEqual([true, true, false]);
	});
	it('leaves out either year of a guess "in 2006 or 2007", not a year alone', () => {
		const { article, facts } = factsFor(
			'Attacks fell from the levels of 2006 or 2007.\nThe dam opened in 1990.\n',
			[
				{ kind: 'date', text: '2006' },
				{ kind: 'date', text: '2007' },
				{ kind: 'date', text: '1990' }
			]
		);
		expect(judge(isSideDetail, article, facts)).toEqual([true, true, false]);
	});
	it('leaves out either number of a guess "six or seven", not a choice between two things', () => {
		const { article, facts } = factsFor(
			'Around six or seven TV crews came, with 30 reporters.\n' +
				'The trip takes 2 or 3 days by boat.\n' +
				'Voters chose 12 councillors or a mayor.\n',
			[
				{ kind: 'figure', text: 'six' },
				{ kind: 'figure', text: 'seven TV crews' },
				{ kind: 'figure', text: '30 reporters' },
				{ kind: 'figure', text: '2' },
				{ kind: 'figure', text: '3 days' },
				{ kind: 'figure', text: '12 councillors' }
			]
		);
		expect(judge(isSideDetail, article, facts)).toEqual([true, true, false, true, true, false]);
	});
});

describe('lists: two names found and a third the tagger missed', () => {
	it('counts "A, B and C" as a list of three, not "A and B" nor "A, B said"', () => {
		const text =
			'Ana Ruiz, Tom Reyes and Jean-Luc Ode met in Kelby.\n' +
			'Lea Moss and Kim Ode spoke later.\n' +
			'Eva Lind, Max Dorn said, would not run.\n';
		const { article, facts } = factsFor(text, [
			{ kind: 'person', text: 'Ana Ruiz' },
			{ kind: 'person', text: 'Tom Reyes' },
			{ kind: 'person', text: 'Lea Moss' },
			{ kind: 'person', text: 'Kim Ode' },
			{ kind: 'person', text: 'Eva Lind' },
			{ kind: 'person', text: 'Max Dorn' }
		]);
		const lists = listsOf({ article, facts });
		expect(facts.map((f) => lists.has(f.id))).toEqual([true, true, false, false, false, false]);
	});
});

describe('trivia: a word for about how many', () => {
	it('leaves out "a dozen" and "hundreds", not a count in digits', () => {
		const { article, facts } = factsFor(
			'At least a dozen people died in the fire.\n' +
				'Hundreds of homes were lost.\n' +
				'Officials said 12 people died.\n',
			[
				{ kind: 'figure', text: 'dozen' },
				{ kind: 'figure', text: 'Hundreds' },
				{ kind: 'figure', text: '12' }
			]
		);
		expect(judge(isTrivia, article, facts)).toEqual([true, true, false]);
	});
});

describe('no statement of quoted words that run on over several sentences', () => {
	it('states the reported sentence, not one that opens a quotation', async () => {
		const { trueFalse } = await import('./types/true-false/build');
		const { article, facts } = factsFor(
			'Kelby rebuilds its harbour wall\n\n' +
				'The old sea wall of the town was first built on 9 June 1950 by local masons.\n\n' +
				'"The wall was finished on 12 May 1951 and stood until the storm. The town mended the wall on 3 March 1978. It will stand again," the mayor said.\n',
			[
				{ kind: 'date', text: '9 June 1950' },
				{ kind: 'date', text: '12 May 1951' },
				{ kind: 'date', text: '3 March 1978' }
			]
		);
		const ctx = { article, facts };
		expect(trueFalse(facts[0], ctx)).not.toBeNull();
		expect(trueFalse(facts[1], ctx)).toBeNull();
		// a sentence in the middle of the quotation, with no mark of its own
		expect(trueFalse(facts[2], ctx)).toBeNull();
	});
});

describe('obvious: a year the sentence lets one work out', () => {
	it('leaves out a year a span and another year give, or a span counted back from the story', async () => {
		const { yearWorkedOut } = await import('./obvious');
		const { facts } = factsFor(
			'Kelby club wins again in 2018\n\n' +
				'Ruiz joined the club in 2013; the following year, at the 2014 final, he scored twice.\n' +
				'The club left the league in 2008 and came back three years later, in 2011.\n' +
				'The ground was sold 25 years ago, in 1993, to the town.\n' +
				'The stand was built in 1971 and rebuilt in 1999.\n',
			[
				{ kind: 'date', text: '2018' },
				{ kind: 'date', text: '2013' },
				{ kind: 'date', text: '2014' },
				{ kind: 'date', text: '2008' },
				{ kind: 'figure', text: 'three years' },
				{ kind: 'date', text: '2011' },
				{ kind: 'figure', text: '25 years' },
				{ kind: 'date', text: '1993' },
				{ kind: 'date', text: '1971' },
				{ kind: 'date', text: '1999' }
			]
		);
		const year = (f: (typeof facts)[number]) =>
			f.kind === 'date'
				? { ...f, date: { year: Number(f.text), granularity: 'year' as const } }
				: {
						...f,
						figure: {
							number: Number(f.text.split(' ')[0]) || 3,
							unit: 'years',
							style: 'digits' as const
						}
					};
		const dated = facts.map(year);
		expect(dated.map((f) => yearWorkedOut(f, dated))).toEqual([
			false,
			true,
			true,
			true,
			false,
			true,
			false,
			true,
			false,
			false
		]);
	});
});

describe('lists and breakdowns of counts', () => {
	it('takes counts each with its noun as a list, and a part after "included" as a breakdown', () => {
		const text =
			'The dead were fourteen civilians, five soldiers, and one guard.\n' +
			'The fatalities included four men and one woman, officials said.\n' +
			'The storm killed 20 people and injured 45 in the valley.\n';
		const { article, facts } = factsFor(text, [
			{ kind: 'figure', text: 'fourteen' },
			{ kind: 'figure', text: 'five' },
			{ kind: 'figure', text: 'four' },
			{ kind: 'figure', text: '20' },
			{ kind: 'figure', text: '45' }
		]);
		const lists = listsOf({ article, facts });
		expect(facts.map((f) => lists.has(f.id))).toEqual([true, true, false, false, false]);
		expect(judge(isSideDetail, article, facts)).toEqual([false, false, true, false, false]);
	});
});

describe('obvious: the year of a historic event the story only refers to', () => {
	it('leaves out "since the 1959 Cuban Revolution", not an event the lead tells of', async () => {
		const { eventYear } = await import('./obvious');
		const text =
			'Kelby leader steps down\n\n' +
			'The leader of Kelby stepped down on Monday after a long illness.\n\n' +
			'He had led the island since the 1959 Kelby Revolution and through the war in 1971.\n' +
			'He first won power in a 1958 vote.\n' +
			'Health rules date from the flu outbreak, which took place in 1968, and the 1975 famine.\n';
		const { article, facts } = factsFor(text, [
			{ kind: 'date', text: '1959' },
			{ kind: 'date', text: '1971' },
			{ kind: 'date', text: '1958' },
			{ kind: 'date', text: '1968' },
			{ kind: 'date', text: '1975' }
		]);
		const ctx = { article, facts };
		const dated = facts.map((f) => ({
			...f,
			date: { year: Number(f.text), granularity: 'year' as const }
		}));
		expect(dated.map((f) => eventYear(f, locate(f, article)!, ctx))).toEqual([
			true,
			true,
			false,
			true,
			true
		]);
		const about = factsFor(
			'Kelby marks the revolution\n\nThe island marked 60 years since its revolution.\n\n' +
				'It began with the 1959 Kelby Revolution.\n',
			[{ kind: 'date', text: '1959' }]
		);
		const f = { ...about.facts[0], date: { year: 1959, granularity: 'year' as const } };
		expect(eventYear(f, locate(f, about.article)!, about)).toBe(false);
	});
});

describe('side details: a range in dollars of one country', () => {
	it('leaves out either end of "between US$25,000 and US$30,000"', () => {
		const { article, facts } = factsFor(
			'Groups could lose between US$25,000 and US$30,000 a year, the council said.\n' +
				'The council gave US$40,000 to the library.\n',
			[
				{ kind: 'figure', text: 'US$25,000' },
				{ kind: 'figure', text: 'US$30,000' },
				{ kind: 'figure', text: 'US$40,000' }
			]
		);
		expect(judge(isSideDetail, article, facts)).toEqual([true, true, false]);
	});
});

describe('words in the first person with no speaker', () => {
	it('are the middle of a quotation that does not say whose, and are not asked', async () => {
		const { speakerUnshown } = await import('./prompt');
		expect(speakerUnshown('If anyone raises three fingers, we will not arrest him.')).toBe(true);
		expect(speakerUnshown('My team found 40 bodies by noon.')).toBe(true);
		// the speaker's own "I would say" tells nothing of who speaks
		expect(speakerUnshown('Honestly I would say there were 40 of them.')).toBe(true);
		// a quotation mark or a verb of saying shows whose words they are
		expect(speakerUnshown('"We will not arrest him," the general said.')).toBe(false);
		expect(speakerUnshown('We found 40 bodies, the mayor told reporters.')).toBe(false);
		// "US" is a country, "World War I" a war
		expect(speakerUnshown('The US sent 40 planes in World War I.')).toBe(false);
	});
});

describe('a measure written in several units', () => {
	it('gives no figure of one of its parts', () => {
		const { article, facts } = factsFor(
			'Ana Ruiz ran the race in 1 hour 59 minutes 40.2 seconds.\n' +
				'The wall is 6 feet 2 inches high, and the race took 3 hours.\n',
			[
				{ kind: 'figure', text: '1 hour' },
				{ kind: 'figure', text: '59 minutes' },
				{ kind: 'figure', text: '6 feet' },
				{ kind: 'figure', text: '3 hours' }
			]
		);
		expect(judge(isTrivia, article, facts)).toEqual([true, true, true, false]);
	});
});

describe('a prompt that answers the sentence before', () => {
	it('opens on a pronoun or on a word of contrast or consequence, and needs that sentence', async () => {
		const { dangles } = await import('./prompt');
		expect(dangles('However, after ten minutes the plane turned back.')).toBe(true);
		expect(dangles('As a result, 40 flights were cancelled.')).toBe(true);
		expect(dangles('But the council voted 7 to 2 against it.')).toBe(true);
		expect(dangles('Butler said 40 flights were cancelled.')).toBe(false);
		expect(dangles('Thus far, 40 flights were cancelled.')).toBe(false);
		expect(dangles('The council voted 7 to 2 against it.')).toBe(false);
	});
	it('opens on a definite phrase that points back ("The other", "The previous occasions")', async () => {
		const { dangles } = await import('./prompt');
		expect(dangles('The other, led by Ana Ruiz, studied 40 mice.')).toBe(true);
		expect(dangles('The previous occasions were in 1950 and 1966.')).toBe(true);
		expect(dangles('The remaining 12 miners were rescued on Friday.')).toBe(true);
		expect(dangles('The same study counted 370 horns.')).toBe(true);
		expect(dangles('The latter won 40 seats.')).toBe(true);
		expect(dangles('The duo formed a band in 1961.')).toBe(true);
		expect(dangles('In the letter, Ana Ruiz cited 40 cases.')).toBe(true);
		expect(dangles('According to the study, 40 mice died.')).toBe(true);
		// a letter the sentence itself names is no pointer back
		expect(dangles('In a letter to Kelby council, Ana Ruiz cited 40 cases.')).toBe(false);
		expect(dangles('The twenty cities signed in 1961.')).toBe(false);
		// a phrase that names what it speaks of stands alone
		expect(dangles('The otter population grew to 40.')).toBe(false);
		expect(dangles('The previously unknown virus killed 40 people.')).toBe(false);
	});
});

describe('a count the prompt lists right after its blank', () => {
	const text =
		'Floods close schools across the delta\n\n' +
		'The river rose by two metres on Monday after a week of rain in the hills.\n' +
		'So far three towns, Kelby, Harlow and Dunmore, have closed their schools until the water falls.\n';
	it('is not asked: the names count themselves', () => {
		const { article, facts } = factsFor(text, [{ kind: 'figure', text: 'three towns' }]);
		const asked = draftQuestions(article, facts).questions.filter(
			(q) => q.type !== 'true-false' && q.source.includes('three towns')
		);
		expect(asked).toEqual([]);
	});
	it('is asked when the names are not listed', () => {
		const { article, facts } = factsFor(text.replace(', Kelby, Harlow and Dunmore,', ''), [
			{ kind: 'figure', text: 'three towns' }
		]);
		const asked = draftQuestions(article, facts).questions.filter(
			(q) => q.type !== 'true-false' && q.source.includes('three towns')
		);
		expect(asked.length).toBeGreaterThan(0);
	});
});

describe('a count whose items the sentence lists further on', () => {
	it('counts names and species a few words after the blank, not a list of where', async () => {
		const { listedAfterBlank } = await import('./text');
		expect(
			listedAfterBlank(
				'They studied _____ kinds of moss on the slopes of the northern hills, Bryum argenteum, Tortula muralis and Grimmia pulvinata.'
			)
		).toBe(3);
		expect(listedAfterBlank('So far _____ towns, Kelby, Harlow and Dunmore, are shut.')).toBe(3);
		// a verb between: the list says where they went, not what is counted
		expect(listedAfterBlank('_____ ministers met on Monday in Paris, London and Rome.')).toBe(0);
		// "Kelby said" is a clause, not a species
		expect(listedAfterBlank('_____ people, Ana Ruiz, Tom Reyes and Kelby said.')).toBe(2);
		expect(listedAfterBlank('_____ people, Ana Ruiz, Tom Reyes and Kelby Ode.')).toBe(3);
	});
});

describe('obvious: the year of the current edition of an event held by the calendar', () => {
	const text =
		'Ruiz ends her campaign\n\n' +
		'Ana Ruiz, a candidate in the primary for the 2031 presidential election, left the race on Friday.\n\n' +
		'She first ran for office in the 2026 election, and lost.\n' +
		'She had won a seat at the 2028 city election.\n' +
		'Tom Reyes has held his seat since the election in 2031.\n';
	it('leaves out the latest year the story names before an election it tells of, not after one', async () => {
		const { eventYear } = await import('./obvious');
		const { article, facts } = factsFor(text, [
			{ kind: 'date', text: '2031' },
			{ kind: 'date', text: '2026' },
			{ kind: 'date', text: '2028' },
			{ kind: 'date', text: '2031', nth: 1 }
		]);
		const dated = facts.map((f) => ({
			...f,
			date: { year: Number(f.text), granularity: 'year' as const }
		}));
		const ctx = { article, facts: dated };
		expect(dated.map((f) => eventYear(f, locate(f, article)!, ctx))).toEqual([
			true,
			false,
			false,
			false
		]);
	});
	it('keeps the latest year of an event that is no edition of a calendar ("the 2031 war")', async () => {
		const { eventYear } = await import('./obvious');
		const { article, facts } = factsFor(
			'Kelby remembers the war\n\nKelby marked the end of the war on Friday.\n\nIt began with the 2031 war in the hills.\n',
			[{ kind: 'date', text: '2031' }]
		);
		const f = { ...facts[0], date: { year: 2031, granularity: 'year' as const } };
		expect(eventYear(f, locate(f, article)!, { article, facts: [f] })).toBe(false);
	});
});

describe('side details: where a study was published and where its authors work', () => {
	const text =
		'Moss survives the frost\n\n' +
		'In findings published on Monday in Moss Letters, researchers from Kelby University and the Harlow Institute in Dunmore say moss can survive a hard frost.\n\n' +
		'Ana Ruiz of the Lune Trust read the study in the journal Cold Science.\n' +
		'Scientists from the Arden Lab went on to meet in Norport.\n';
	it('finds the journal and the bodies of the authors, and where those are', () => {
		const { article, facts } = factsFor(text, [
			{ kind: 'organisation', text: 'Moss Letters' },
			{ kind: 'organisation', text: 'Kelby University' },
			{ kind: 'organisation', text: 'Harlow Institute' },
			{ kind: 'place', text: 'Dunmore' },
			{ kind: 'organisation', text: 'Cold Science' },
			{ kind: 'organisation', text: 'Arden Lab' },
			{ kind: 'place', text: 'Norport' }
		]);
		expect(judge(isSideDetail, article, facts)).toEqual([
			true,
			true,
			true,
			true,
			true,
			true,
			false
		]);
	});
	it('keeps a body the story is about, named three times', () => {
		const again = text + 'Kelby University said more. Kelby University will go on.\n';
		const { article, facts } = factsFor(again, [
			{ kind: 'organisation', text: 'Kelby University' },
			{ kind: 'organisation', text: 'Kelby University' },
			{ kind: 'organisation', text: 'Kelby University' }
		]);
		expect(judge(isSideDetail, article, facts)[0]).toBe(false);
	});
});

describe('side details: the hospital one was taken to', () => {
	it('leaves out a hospital or clinic named once or twice, not one the story is about', () => {
		const text =
			'Singer dies at 80\n\n' +
			'Ana Ruiz died on Monday at Kelby General Hospital in Dunmore after a short illness.\n\n' +
			'She had been treated at the Harlow Clinic last year.\n' +
			'The Lune Medical Center said little. The Lune Medical Center will reopen. The Lune Medical Center is new.\n';
		const { article, facts } = factsFor(text, [
			{ kind: 'organisation', text: 'Kelby General Hospital' },
			{ kind: 'place', text: 'Dunmore' },
			{ kind: 'organisation', text: 'Harlow Clinic' },
			{ kind: 'organisation', text: 'Lune Medical Center' },
			{ kind: 'organisation', text: 'Lune Medical Center', nth: 1 },
			{ kind: 'organisation', text: 'Lune Medical Center', nth: 2 }
		]);
		expect(judge(isSideDetail, article, facts)).toEqual([true, false, true, false, false, false]);
	});
});

describe('side details: the medium words went out on', () => {
	it('leaves out where a reaction or a message was published, not what an action was on', () => {
		const text =
			'Mayor resigns\n\n' +
			'The mayor of Kelby resigned on Monday.\n\n' +
			'Ana Ruiz gave her condolences via Pixgram, adding that she was sad.\n' +
			'Tom Reyes took a parting shot on Chirper: "Good riddance."\n' +
			'In an audio message which aired today on Kelby Radio, he thanked voters.\n' +
			'The council placed a ban on Harlow Mining.\n';
		const { article, facts } = factsFor(text, [
			{ kind: 'organisation', text: 'Pixgram' },
			{ kind: 'organisation', text: 'Chirper' },
			{ kind: 'organisation', text: 'Kelby Radio' },
			{ kind: 'organisation', text: 'Harlow Mining' }
		]);
		expect(judge(isSideDetail, article, facts)).toEqual([true, true, true, false]);
	});
});

describe('side details: what would have been', () => {
	it('leaves out the age and the birthday one would have reached, not the age one died at', () => {
		const text =
			'Bishop dies\n\n' +
			'Bishop Tom Reyes died on Monday aged 79; he would have turned 80 on 20 February.\n';
		const { article, facts } = factsFor(text, [
			{ kind: 'figure', text: '79' },
			{ kind: 'figure', text: '80' },
			{ kind: 'date', text: '20 February' }
		]);
		expect(judge(isSideDetail, article, facts)).toEqual([true, true, true]);
		const plain = factsFor('Ana Ruiz turned 80 on 20 February.\n', [
			{ kind: 'figure', text: '80' },
			{ kind: 'date', text: '20 February' }
		]);
		expect(judge(isSideDetail, plain.article, plain.facts)).toEqual([false, false]);
	});
});

describe('quoted words are not asked', () => {
	it('leaves out a name inside quotation marks, not one outside them', () => {
		const text =
			'Mayor stabbed\n\n' +
			'Tom Reyes wrote: "We are with you, Ana, and with Kelby tonight."\n' +
			'Kim Ode said the mayor of Kelby, Ana Ruiz, was stable.\n';
		const { article, facts } = factsFor(text, [
			{ kind: 'person', text: 'Ana' },
			{ kind: 'place', text: 'Kelby' },
			{ kind: 'person', text: 'Tom Reyes' },
			{ kind: 'person', text: 'Ana Ruiz' }
		]);
		expect(facts.map((f) => isTrivia(f, locate(f, article)!, facts))).toEqual([
			true,
			true,
			false,
			false
		]);
	});
	it('reads a straight mark after a space and before a word as the opening of a quote', async () => {
		const { insideQuote } = await import('./stem');
		// the quote opens here and closes sentences later: the name before it is outside
		const s = 'As Ana Ruiz explained: "We found a pile of rubble.';
		expect(insideQuote(s, s.indexOf('Ana'))).toBe(false);
		expect(insideQuote(s, s.indexOf('pile'))).toBe(true);
		// a mark after a word closes the quote the name stands in
		const t = 'the rubble held, Ana Ruiz" said the report.';
		expect(insideQuote(t, t.indexOf('Ana'))).toBe(true);
	});
});

describe('the parts of a whole a sentence opens on', () => {
	it('are a breakdown, and the whole is not', () => {
		const { article, facts } = factsFor(
			'Of the 71 dead, 59 were men, eight were women and four were children.\n' +
				'Of those, 12 came from Kelby.\nOf all the towns, Kelby lost 40 homes.\n' +
				'Police found 26 migrants in a second lorry.\n',
			[
				{ kind: 'figure', text: '71' },
				{ kind: 'figure', text: '59' },
				{ kind: 'figure', text: 'eight' },
				{ kind: 'figure', text: '12' },
				{ kind: 'figure', text: '40 homes' },
				{ kind: 'figure', text: '26 migrants' }
			]
		);
		const side = facts
			.filter((f) => isSideDetail(f, locate(f, article)!, facts))
			.map((f) => f.text);
		expect(side).toEqual(['59', 'eight', '12', '40 homes']);
	});
});

describe('a number joined by a hyphen to a name', () => {
	it('is part of the name, not a date or a figure', () => {
		const { article, facts } = factsFor(
			'The 2019-nCoV virus and COVID-19 spread in 2020.\nA Su-27 jet flew 737-800 miles.\n',
			[
				{ kind: 'date', text: '2019' },
				{ kind: 'figure', text: '19' },
				{ kind: 'date', text: '2020' },
				{ kind: 'figure', text: '27' },
				{ kind: 'figure', text: '737' }
			]
		);
		const trivial = facts.filter((f) => isTrivia(f, locate(f, article)!, facts)).map((f) => f.text);
		expect(trivial).toEqual(['2019', '19', '27']);
	});
});

describe('a source the story names', () => {
	it('is a side detail unless the story is about it', () => {
		const { article, facts } = factsFor(
			'Storm floods Kelby\n\nA storm flooded Kelby on Monday.\n\n' +
				'The response, which Politico reported, angered experts. ' +
				'VOA’s Ann Lee reports from Kelby. The Kelby Herald quoted the mayor.\n\n' +
				'Harbour Trust reported losses. Harbour Trust owns the port. Harbour Trust will rebuild.\n',
			[
				{ kind: 'organisation', text: 'Politico' },
				{ kind: 'person', text: 'Ann Lee' },
				{ kind: 'organisation', text: 'Kelby Herald' },
				{ kind: 'organisation', text: 'Harbour Trust' },
				{ kind: 'organisation', text: 'Harbour Trust', nth: 1 },
				{ kind: 'organisation', text: 'Harbour Trust', nth: 2 }
			]
		);
		const side = facts
			.filter((f) => isSideDetail(f, locate(f, article)!, facts))
			.map((f) => f.text);
		expect(side).toEqual(['Politico', 'Ann Lee', 'Kelby Herald']);
	});
});

describe('the article before a blank with choices', () => {
	it('is written when every choice takes it', async () => {
		const { multipleChoice } = await import('./types/multiple-choice/build');
		const { indefiniteArticle } = await import('./english/articles');
		const { article, facts } = factsFor(
			'Harbour road closed\n\n' +
				'The council closed the harbour road for a 12-day period of repairs in March.\n' +
				'The council opened a second road for a 31-day period of works in April.\n' +
				'The council said the work on the main bridge would take 20 days in all.\n' +
				'The council said the work on the old pier would take 45 days in all.\n',
			[
				{ kind: 'figure', text: '12' },
				{ kind: 'figure', text: '31' },
				{ kind: 'figure', text: '20 days' },
				{ kind: 'figure', text: '45 days' }
			]
		);
		const question = multipleChoice(facts[0], { article, facts })!.question as {
			prompt: string;
			choices: string[];
		};
		expect(question.choices.map(indefiniteArticle)).toEqual(['a', 'a', 'a', 'a']);
		expect(question.prompt).toBe(
			'The council closed the harbour road for a _____-day period of repairs in March.'
		);
	});
});

describe('a ranking’s length and an age written apart', () => {
	it('takes "the top ten" and "a 26 year-old" for trivia, not a count of the story', () => {
		const { article, facts } = factsFor(
			'Report on fraud\n\n' +
				'The report lists the top ten countries for fraud, and a 26 year-old clerk was charged.\n' +
				'The report counts 12 countries with new laws, and no party could top 5% in them.\n',
			[
				{ kind: 'figure', text: 'ten' },
				{ kind: 'figure', text: '26 year' },
				{ kind: 'figure', text: '12 countries', counts: 'countries' },
				{ kind: 'figure', text: '5%' }
			]
		);
		expect(judge(isTrivia, article, facts)).toEqual([true, true, false, false]);
	});
});
