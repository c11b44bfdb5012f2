import { describe, expect, it } from 'vitest';
import { parseArticle } from '../article/parse';
import type { NameLabel, NameSpan, NameTagger } from '../names';
import { extractFacts } from './index';

/** A tagger that knows only the names it is given, so these tests check the rules, not the model. */
function stubTagger(names: Record<string, NameLabel>): NameTagger {
	return {
		tag(text) {
			const spans: NameSpan[] = [];
			for (const [name, label] of Object.entries(names)) {
				const re = new RegExp(`(?<![\\p{L}])${name.replace(/[.()]/g, '\\$&')}(?![\\p{L}])`, 'gu');
				for (const m of text.matchAll(re))
					spans.push({ start: m.index, end: m.index + name.length, label, text: name });
			}
			return spans.sort((a, b) => a.start - b.start);
		}
	};
}

const factsOf = (text: string, names: Record<string, NameLabel>) =>
	extractFacts(parseArticle(text), stubTagger(names)).filter(
		(f) => f.kind !== 'date' && f.kind !== 'figure'
	);

describe('names as facts', () => {
	it('makes no fact of a MISC name, and maps the other labels to kinds', () => {
		const list = factsOf('Tom Reyes read Moby Dick at Harvard University in Boston.', {
			'Tom Reyes': 'PER',
			'Moby Dick': 'MISC',
			'Harvard University': 'ORG',
			Boston: 'LOC'
		});
		expect(list.map((f) => [f.text, f.kind])).toEqual([
			['Tom Reyes', 'person'],
			['Harvard University', 'organisation'],
			['Boston', 'place']
		]);
	});

	it('keeps the place an organisation is named after as a place of its own', () => {
		const list = factsOf('She taught at the University of Michigan for ten years.', {
			'University of Michigan': 'ORG'
		});
		expect(list.map((f) => [f.text, f.kind])).toEqual([
			['University of Michigan', 'organisation'],
			['Michigan', 'place']
		]);
	});

	it('reads a name built like a person’s as a person, unless it shortens a longer body’s name', () => {
		const list = factsOf(
			'The Daily Record’s Sarah Hollis met UK Deputy Mayor Tom Reyes. ' +
				'The Tampa Red Wolves lost; the Red Wolves had won twice. ' +
				'She wrote about the Milton Owls; Milton Owls won.',
			{
				'Sarah Hollis': 'ORG',
				'UK Deputy Mayor Tom Reyes': 'ORG',
				'Tampa Red Wolves': 'ORG',
				'Red Wolves': 'ORG',
				'Milton Owls': 'ORG'
			}
		);
		expect(list.map((f) => [f.text, f.kind])).toEqual([
			['Sarah Hollis', 'person'],
			['UK Deputy Mayor Tom Reyes', 'person'],
			['Tampa Red Wolves', 'organisation'],
			['Tampa', 'place'],
			['Red Wolves', 'organisation'],
			['Milton Owls', 'organisation'],
			['Milton Owls', 'organisation']
		]);
	});

	it('makes no fact of a title after the kind of work it names', () => {
		const list = factsOf(
			'Lena Park starred in the drama Cold Harbour and the films Red Lake and Iron Gate. ' +
				'The novel Lena Park wrote sold well. She also appeared with Ben Ode in Boston.',
			{
				'Lena Park': 'PER',
				'Cold Harbour': 'ORG',
				'Red Lake': 'LOC',
				'Iron Gate': 'PER',
				'Ben Ode': 'PER',
				Boston: 'LOC'
			}
		);
		expect(list.map((f) => f.text)).toEqual(['Lena Park', 'Lena Park', 'Ben Ode', 'Boston']);
	});

	it('makes no fact of a ship named after its kind or its prefix', () => {
		const list = factsOf(
			'The charity renamed the ship Tom Brandt in March. The MV Lisa Ray sailed from Malta, ' +
				'and the crew of HMS Cold Sound met Ann Vale in Genoa.',
			{
				'Tom Brandt': 'PER',
				'MV Lisa Ray': 'PER',
				Malta: 'LOC',
				'HMS Cold Sound': 'LOC',
				'Ann Vale': 'PER',
				Genoa: 'LOC'
			}
		);
		expect(list.map((f) => f.text)).toEqual(['Malta', 'Ann Vale', 'Genoa']);
	});

	it('takes no name written in capitals or opened by an acronym for a person', () => {
		const list = factsOf(
			'The NGOs met the WHO. Officials of the WHO, of RAF Welby and Tom Reyes spoke.',
			{
				NGOs: 'PER',
				WHO: 'PER',
				'RAF Welby': 'PER',
				'Tom Reyes': 'PER'
			}
		);
		expect(list.map((f) => [f.text, f.kind])).toEqual([
			['WHO', 'organisation'],
			['WHO', 'organisation'],
			['RAF Welby', 'organisation'],
			['Tom Reyes', 'person']
		]);
	});

	it('takes a word of three capitals for an acronym, and a name with "the" inside for no one', () => {
		const list = factsOf('By May the AfCFTA had grown. The AfCFTA and Ana McNeil met.', {
			'May the AfCFTA': 'PER',
			AfCFTA: 'PER',
			'Ana McNeil': 'PER'
		});
		expect(list.map((f) => f.text)).not.toContain('May the AfCFTA');
		expect(list.filter((f) => f.text === 'AfCFTA').map((f) => f.kind)).toContain('organisation');
		expect(list.filter((f) => f.kind === 'person').map((f) => f.text)).toEqual(['Ana McNeil']);
	});

	it('takes a name built on the head word of a body for a body', () => {
		const list = factsOf('He died at John Radcliffe Hospital, said the Royal Air Force.', {
			'John Radcliffe Hospital': 'PER',
			'Royal Air Force': 'PER'
		});
		expect(list.map((f) => [f.text, f.kind])).toEqual([
			['John Radcliffe Hospital', 'organisation'],
			['Royal Air Force', 'organisation']
		]);
	});

	it('gives a later surname the full name as its value', () => {
		const list = factsOf('Maria Lindqvist won the vote. Lindqvist thanked her staff.', {
			'Maria Lindqvist': 'PER',
			Lindqvist: 'PER'
		});
		expect(list.map((f) => f.value)).toEqual(['Maria Lindqvist', 'Maria Lindqvist']);
	});

	it('gives a surname the full name the model left out where the story introduces the person', () => {
		// the model tags the later mentions only, as it may
		const later = (text: string, name: string, label: NameLabel): NameTagger => ({
			tag: () =>
				[...text.matchAll(new RegExp(name, 'g'))].slice(1).map((m) => ({
					start: m.index,
					end: m.index + name.length,
					label,
					text: name
				}))
		});
		const text =
			'Police said Armenian officer Tavit Orbelyan was attacked in Riga. Orbelyan died later. ' +
			'Since Orbelyan was a guest, the hotel closed.';
		const list = extractFacts(parseArticle(text), later(text, 'Orbelyan', 'PER')).filter(
			(f) => f.kind === 'person'
		);
		expect(list.map((f) => [f.text, f.value])).toEqual([
			['Tavit Orbelyan', 'Tavit Orbelyan'],
			['Orbelyan', 'Tavit Orbelyan'],
			['Orbelyan', 'Tavit Orbelyan']
		]);
		// a word the model took for a body is a person's name after a given name and one more word
		const body =
			'Reporters met Nigerian John Chidi Okonkwo in Lagos. Okonkwo was charged. Okonkwo denied it.';
		const bodies = extractFacts(parseArticle(body), later(body, 'Okonkwo', 'ORG'));
		expect(bodies.filter((f) => f.kind === 'person').map((f) => f.text)).toEqual([
			'John Chidi Okonkwo',
			'Okonkwo',
			'Okonkwo'
		]);
		// but not after a title, a people's word or a common word alone
		const common = 'The report named Typhoon Vamco. Vamco hit the coast.';
		expect(
			extractFacts(parseArticle(common), later(common, 'Vamco', 'ORG')).map((f) => f.text)
		).not.toContain('Typhoon Vamco');
	});

	it('takes no follower of a faith for a name', () => {
		const list = factsOf(
			'Ana Ruiz remained a lifelong Roman Catholic, like the Sunni Muslims there.',
			{
				'Ana Ruiz': 'PER',
				'Roman Catholic': 'PER',
				'Sunni Muslims': 'ORG'
			}
		);
		expect(list.map((f) => f.text)).toEqual(['Ana Ruiz']);
	});

	it('ends a person’s name before a number', () => {
		const list = factsOf('The advisory placed Humberto 75 miles east of the island.', {
			'Humberto 75': 'PER'
		});
		expect(list.map((f) => f.text)).toEqual(['Humberto']);
	});

	it('takes no name made into an adjective for a name', () => {
		const list = factsOf(
			'A comic by Pulitzer Prize-winning cartoonist Mike Peters ran in Kremlin-backed papers.',
			{
				'Pulitzer Prize-winning': 'PER',
				'Mike Peters': 'PER',
				'Kremlin-backed': 'ORG'
			}
		);
		expect(list.map((f) => f.text)).toEqual(['Mike Peters']);
	});

	it('gives a lone given name the one full name it begins, and no name two begin', () => {
		const list = factsOf(
			'Spokesman Tesfaye Alemu denied it. Tesfaye said the rebels fled. ' +
				'Ana Ruiz and Ana Vale met. Ana spoke first.',
			{ 'Tesfaye Alemu': 'PER', Tesfaye: 'PER', 'Ana Ruiz': 'PER', 'Ana Vale': 'PER', Ana: 'PER' }
		);
		expect(list.map((f) => [f.text, f.value])).toEqual([
			['Tesfaye Alemu', 'Tesfaye Alemu'],
			['Tesfaye', 'Tesfaye Alemu'],
			['Ana Ruiz', 'Ana Ruiz'],
			['Ana Vale', 'Ana Vale'],
			['Ana', 'Ana']
		]);
	});

	it('gives no acronym to the tail of a longer name the tagger cut', () => {
		const list = factsOf(
			'The United Nations Educational, Scientific and Cultural Organization (UNESCO) met. ' +
				'The Kurdistan Workers Party (PKK) fought.',
			{
				'Cultural Organization': 'ORG',
				UNESCO: 'ORG',
				'Kurdistan Workers Party': 'ORG',
				PKK: 'ORG'
			}
		);
		expect(list.map((f) => [f.text, f.aliases])).toEqual([
			['Cultural Organization', undefined],
			['UNESCO', undefined],
			['Kurdistan Workers Party', ['PKK']]
		]);
	});

	it('takes a bracketed acronym as another name of the organisation, not a fact of its own', () => {
		const list = factsOf(
			'The Coastal Water Board (CWB) raised prices. Later the CWB said it was sorry.',
			{ 'Coastal Water Board': 'ORG', CWB: 'ORG' }
		);
		expect(list.map((f) => [f.text, f.value])).toEqual([
			['Coastal Water Board', 'Coastal Water Board'],
			['CWB', 'Coastal Water Board']
		]);
		expect(list[0].aliases).toEqual(['CWB']);
	});

	it('drops a leading "the" and honorific from the span', () => {
		const list = factsOf('Mr Okafor met the Harbour Trust.', {
			'Mr Okafor': 'PER',
			'the Harbour Trust': 'ORG'
		});
		expect(list.map((f) => f.text)).toEqual(['Okafor', 'Harbour Trust']);
	});

	it('takes no demonym for a place', () => {
		const list = factsOf('French officials met in Lyon.', { French: 'LOC', Lyon: 'LOC' });
		expect(list.map((f) => f.text)).toEqual(['Lyon']);
	});

	it('tells the finer kind from the reference lists and the words of the name', () => {
		const list = factsOf(
			'Reporters from the Daily Courier saw the Green Party, Vexa Systems and Lakeside University in Kenya, Osaka and Bavaria near Milford Airport.',
			{
				'Daily Courier': 'ORG',
				'Green Party': 'ORG',
				'Vexa Systems': 'ORG',
				'Lakeside University': 'ORG',
				Kenya: 'LOC',
				Osaka: 'LOC',
				Bavaria: 'LOC',
				'Milford Airport': 'LOC'
			}
		);
		expect(list.map((f) => [f.text, f.detail, f.country])).toEqual([
			['Daily Courier', 'media', undefined],
			['Green Party', 'party', undefined],
			['Vexa Systems', 'company', undefined],
			['Lakeside University', 'school', undefined],
			['Kenya', 'country', 'KE'],
			['Osaka', 'city', 'JP'],
			['Bavaria', 'region', 'DE'],
			['Milford Airport', 'site', undefined]
		]);
	});

	it('keeps the role the article gives a person', () => {
		const list = factsOf('Finance minister Ada Kowal said prices would fall.', {
			'Ada Kowal': 'PER'
		});
		expect(list[0]).toMatchObject({ text: 'Ada Kowal', role: 'Finance minister' });
	});

	it('reads names in repaired text and keeps exact spans of the original', () => {
		const text = 'Aid reached theNorwegian port.Crews from Oslo waited.';
		const list = factsOf(text, { Norwegian: 'MISC', Oslo: 'LOC' });
		expect(list.map((f) => [f.text, text.slice(f.start, f.end)])).toEqual([['Oslo', 'Oslo']]);
	});

	it('adds names the model left out when a given name or a head word makes them evident', () => {
		const list = factsOf(
			'Yesterday reporters met Margaret Oduya at the Kestrel Valley Academy near Mount Ruwen. The Quiet Years was read.',
			{ 'The Quiet Years': 'MISC' }
		);
		expect(list.map((f) => [f.text, f.kind])).toEqual([
			['Margaret Oduya', 'person'],
			['Kestrel Valley Academy', 'organisation'],
			['Mount Ruwen', 'place']
		]);
	});

	it('mends the ends of a name: no lower-case word at the end, initials and family name joined', () => {
		const list = factsOf(
			'The club was founded by Q. Anna Whitlock in 1990. Later Dorian Pike met.',
			{
				Anna: 'PER',
				'Dorian Pike met': 'PER'
			}
		);
		expect(list.map((f) => f.text)).toEqual(['Q. Anna Whitlock', 'Dorian Pike']);
	});

	it('takes no people, months or titles for names', () => {
		const list = factsOf(
			'Icelanders voted in May and June; the Deputy Finance Minister and Ola Berg agreed.',
			{
				Icelanders: 'PER',
				'May and June': 'PER',
				'Deputy Finance Minister': 'ORG',
				'Ola Berg': 'PER'
			}
		);
		expect(list.map((f) => f.text)).toEqual(['Ola Berg']);
	});

	it('takes no feast day for a name, and a body by its head word before other words', () => {
		const list = factsOf(
			'On Easter Sunday, Ola Berg of the United States’ Central Intelligence Agency met Harlow United and the Kelby City Council.',
			{
				'Easter Sunday': 'PER',
				'Ola Berg': 'PER',
				'United States’ Central Intelligence Agency': 'ORG',
				'Harlow United': 'ORG',
				'Kelby City Council': 'ORG'
			}
		);
		expect(list.map((f) => [f.text, f.detail])).toEqual([
			['Ola Berg', undefined],
			['United States’ Central Intelligence Agency', 'government'],
			['Harlow United', 'team'],
			['Kelby City Council', 'government']
		]);
	});

	it('ends a role where a verb begins', () => {
		const list = factsOf('Sven Holm, an editor for the city archive was given the keys.', {
			'Sven Holm': 'PER'
		});
		expect(list[0]).toMatchObject({ text: 'Sven Holm', role: 'editor for the city archive' });
	});

	it('reads a role written as a title inside the name, with what stands before it', () => {
		const list = factsOf(
			'Talks began when Norland’s President Ada Kowal met fashion designer Tom Reyes, ' +
				'the geologist Ana Ruiz and her brother, Dan Ruiz.',
			{
				'President Ada Kowal': 'PER',
				'Tom Reyes': 'PER',
				'Ana Ruiz': 'PER',
				'Dan Ruiz': 'PER'
			}
		);
		expect(list.map((f) => [f.text, f.role])).toEqual([
			['President Ada Kowal', 'Norland’s President'],
			['Tom Reyes', 'fashion designer'],
			['Ana Ruiz', 'geologist'],
			['Dan Ruiz', undefined]
		]);
	});

	it('links a surname to the last person so named before it', () => {
		const list = factsOf(
			'Ana Reyes said her son Tom Reyes was safe. Reyes thanked the crew. ' +
				'Later Dan Reyes arrived, and Reyes said little.',
			{ 'Ana Reyes': 'PER', 'Tom Reyes': 'PER', Reyes: 'PER', 'Dan Reyes': 'PER' }
		);
		expect(list.map((f) => [f.text, f.value])).toEqual([
			['Ana Reyes', 'Ana Reyes'],
			['Tom Reyes', 'Tom Reyes'],
			['Reyes', 'Tom Reyes'],
			['Dan Reyes', 'Dan Reyes'],
			['Reyes', 'Dan Reyes']
		]);
	});

	it('starts no role on a conjunction or a preposition before it', () => {
		const list = factsOf(
			'The mayor spoke while Interior Minister Ada Kowal wrote, after finance minister Tom Reyes left.',
			{ 'Ada Kowal': 'PER', 'Tom Reyes': 'PER' }
		);
		expect(list.map((f) => f.role)).toEqual(['Interior Minister', 'finance minister']);
	});

	it('keeps no role that names another person', () => {
		const list = factsOf('The band had Tom Reyes, Dan Ode and singer Ana Ruiz.', {
			'Tom Reyes': 'PER',
			'Dan Ode': 'PER',
			'Ana Ruiz': 'PER'
		});
		expect(list.map((f) => f.role)).toEqual([undefined, undefined, 'singer']);
	});

	it('takes no person named before a comma for the role of the name after it', () => {
		// "Bro" is a word for a brother, but "Susan Bro" is who is named
		const list = factsOf("Susan Bro, Heather Heyer's mother, told reporters so.", {
			'Susan Bro': 'PER',
			'Heather Heyer': 'PER'
		});
		expect(list.map((f) => [f.text, f.role])).toEqual([
			['Susan Bro', "Heather Heyer's mother"],
			['Heather Heyer', undefined]
		]);
	});

	it('takes no clause after a name for a role', () => {
		const list = factsOf('Tom Reyes, many people do not seek a doctor, said Ana Ruiz.', {
			'Tom Reyes': 'PER',
			'Ana Ruiz': 'PER'
		});
		expect(list.map((f) => f.role)).toEqual([undefined, undefined]);
	});

	it('takes a title alone for no person', () => {
		const list = factsOf('The Speaker met Ann Vale, and the Emperor met Dean and Commissioners.', {
			Speaker: 'PER',
			'Ann Vale': 'PER',
			Emperor: 'PER',
			Dean: 'PER',
			Commissioners: 'ORG'
		});
		expect(list.map((f) => f.text)).toEqual(['Ann Vale', 'Dean']);
	});

	it('gives one of a list the role in the singular', () => {
		const list = factsOf('The crew, Norland astronauts Tom Reyes and Ana Ruiz, landed.', {
			'Tom Reyes': 'PER',
			'Ana Ruiz': 'PER'
		});
		expect(list[0].role).toBe('Norland astronaut');
	});
});

describe('a listed place whose name holds "and"', () => {
	it('is one name, though the model read its halves apart or only one of them', () => {
		const list = factsOf('Fans from Trinidad and Tobago and from Bosnia and Herzegovina came.', {
			Trinidad: 'LOC',
			Tobago: 'LOC',
			Bosnia: 'LOC'
		});
		expect(list.map((f) => f.text)).toEqual(['Trinidad and Tobago', 'Bosnia and Herzegovina']);
		// two places joined by "and" stay two
		const two = factsOf('Ships sailed between Norway and Denmark.', {
			Norway: 'LOC',
			Denmark: 'LOC'
		});
		expect(two.map((f) => f.text)).toEqual(['Norway', 'Denmark']);
	});
});
