import { beforeAll, describe, expect, it } from 'vitest';
import type { Fact, Question } from '../types';
import { acceptedForms, countryForms } from './accepted';
import { gradeAnswer, loadGradingLists, matchesTyped } from './index';

beforeAll(loadGradingLists);

const cloze = (answer: string, over: Partial<Question> = {}): Question =>
	({
		id: 'q',
		type: 'cloze',
		prompt: '_____ said so.',
		answer,
		factIds: ['f'],
		source: `${answer} said so.`,
		kind: 'organisation',
		...over
	}) as Question;

const fact = (text: string, over: Partial<Fact> = {}): Fact => ({
	id: text,
	kind: 'organisation',
	text,
	start: 0,
	end: text.length,
	sentence: text,
	sentenceIndex: 0,
	value: text,
	...over
});

describe('per cent', () => {
	it.each([
		['32%', '32 per cent'],
		['32%', '32 percent'],
		['32%', '32pc'],
		['32 per cent', '32%'],
		['32 percent', '32 pc'],
		['4.5 per cent', '4.5%']
	])('takes %s as %s', (expected, given) => expect(matchesTyped(expected, given)).toBe(true));
	it.each([
		['32%', '23 per cent'],
		['32 per cent', '32 million'],
		['32%', '32 points'],
		['32 per cent', '3.2%']
	])('refuses %s as %s', (expected, given) => expect(matchesTyped(expected, given)).toBe(false));
	it('takes a word of the question after the number, not a word of a blank’s sentence', () => {
		const asked = cloze('More than 50', {
			kind: 'figure',
			prompt: 'How many people were killed in the crash?'
		});
		expect(gradeAnswer(asked, '50 people').correct).toBe(true);
		expect(gradeAnswer(asked, '50 planes').correct).toBe(false);
		const blank = cloze('51', {
			kind: 'figure',
			prompt: 'Officials said _____ people died and 12 were injured.'
		});
		expect(gradeAnswer(blank, '51').correct).toBe(true);
		expect(gradeAnswer(blank, '51 injured').correct).toBe(false);
	});
});

describe('a figure the article gives as a bound and, elsewhere, exactly', () => {
	it('is also answered by the exact figure within the bound', async () => {
		const { generateDeck } = await import('../deck');
		const deck = generateDeck(
			'Plane crash kills dozens in Norland\n\n' +
				'More than 50 people were killed when a cargo plane crashed into a market in Kelby on Thursday.\n\n' +
				'Officials later said 51 people died and 12 were injured.\n'
		);
		const asked = deck.questions.find((q) => q.type === 'cloze' && q.answer === 'More than 50');
		expect(asked).toBeDefined();
		// the accepted answers shown with it hold the bare figure and the exact one
		expect(asked!.type === 'cloze' && asked!.accept).toEqual(['50', '51']);
		expect(gradeAnswer(asked!, '51').correct).toBe(true);
		expect(gradeAnswer(asked!, '51 people').correct).toBe(true);
		// 12 counts no people killed, and 52 the article does not give
		expect(gradeAnswer(asked!, '12').correct).toBe(false);
		expect(gradeAnswer(asked!, '52').correct).toBe(false);
	});
});

describe('a person by surname', () => {
	const person = (answer: string) => cloze(answer, { kind: 'person' });
	it.each([
		['Angela Merkel', 'Merkel'],
		['Angela Merkel', 'merkel'],
		['Angela Merkel', 'Mrs Merkel'],
		['Angela Merkel', 'Merkl'],
		['Ursula von der Leyen', 'von der Leyen'],
		['Martin Luther King Jr.', 'King']
	])('takes %s as %s', (answer, given) =>
		expect(gradeAnswer(person(answer), given).correct).toBe(true)
	);
	it.each([
		['Angela Merkel', 'Angela'],
		['Angela Merkel', 'Scholz'],
		['Angela Merkel', 'Merk'],
		['Angela Merkel', 'Mrs Angela'],
		['Ursula von der Leyen', 'Ursula von der']
	])('refuses %s as %s', (answer, given) =>
		expect(gradeAnswer(person(answer), given).correct).toBe(false)
	);
	it('takes a surname only where the question asks about a person', () => {
		expect(matchesTyped('Goldman Sachs', 'Sachs', { kind: 'organisation' })).toBe(false);
		expect(matchesTyped('Goldman Sachs', 'Sachs', { kind: 'person' })).toBe(true);
	});
});

describe('countries and their other names', () => {
	const place = (answer: string) => cloze(answer, { kind: 'place' });
	it.each([
		['UK', 'Britain'],
		['UK', 'United Kingdom'],
		['United Kingdom', 'Great Britain'],
		['Britain', 'the UK'],
		['United States', 'US'],
		['United States', 'U.S.'],
		['US', 'USA'],
		['US', 'America'],
		['the United States', 'United States of America'],
		['Netherlands', 'Holland'],
		['Ivory Coast', "Côte d'Ivoire"],
		['Czech Republic', 'Czechia']
	])('takes %s as %s', (answer, given) =>
		expect(gradeAnswer(place(answer), given).correct).toBe(true)
	);
	it.each([
		['UK', 'Ireland'],
		['UK', 'US'],
		['United States', 'United Kingdom'],
		['Netherlands', 'Belgium'],
		['UK', 'British']
	])('refuses %s as %s', (answer, given) =>
		expect(gradeAnswer(place(answer), given).correct).toBe(false)
	);
	it('takes the demonym where the question asks for a nationality', () => {
		expect(matchesTyped('UK', 'British', { nationality: true })).toBe(true);
		expect(matchesTyped('United States', 'American', { nationality: true })).toBe(true);
		expect(matchesTyped('UK', 'French', { nationality: true })).toBe(false);
		expect(matchesTyped('UK', 'Irish', { nationality: true })).toBe(false);
	});
	it('takes the country for a nationality asked, not another one', () => {
		expect(matchesTyped('British', 'UK')).toBe(true);
		expect(matchesTyped('Dutch', 'Netherlands')).toBe(true);
		expect(matchesTyped('British', 'France')).toBe(false);
		expect(matchesTyped('Dutch', 'Danish')).toBe(false);
	});
});

describe('spelling variants of place names', () => {
	const place = (answer: string) => cloze(answer, { kind: 'place' });
	it.each([
		['Kyiv', 'Kiev'],
		['Kiev', 'Kyiv'],
		['Kharkiv', 'Kharkov'],
		['Odesa', 'Odessa'],
		['Lviv', 'Lvov'],
		['Yazd', 'Yezd']
	])('takes %s as %s', (answer, given) =>
		expect(gradeAnswer(place(answer), given).correct).toBe(true)
	);
	it.each([
		['Kyiv', 'Kharkiv'],
		['Kyiv', 'Kirov'],
		['Lviv', 'Lima'],
		['Lima', 'Lime'],
		['Odesa', 'Mariupol']
	])('refuses %s as %s', (answer, given) =>
		expect(gradeAnswer(place(answer), given).correct).toBe(false)
	);
});

describe('an organisation with or without its generic word', () => {
	it.each([
		['Labour', 'the Labour Party'],
		['the Labour Party', 'Labour'],
		['Labour Party', 'labour'],
		['Microsoft', 'Microsoft Corporation'],
		['Microsoft Corp.', 'Microsoft'],
		['Microsoft Corporation', 'Microsoft Corp.'],
		['the Wagner Group', 'Wagner']
	])('takes %s as %s', (answer, given) =>
		expect(gradeAnswer(cloze(answer), given).correct).toBe(true)
	);
	it.each([
		['Labour', 'Conservative Party'],
		['the Labour Party', 'Party'],
		['Microsoft Corp.', 'Apple Inc.'],
		['Microsoft Corporation', 'Corporation']
	])('refuses %s as %s', (answer, given) =>
		expect(gradeAnswer(cloze(answer), given).correct).toBe(false)
	);
});

describe('acronyms', () => {
	it('takes an acronym the article defines, dots and case ignored', () => {
		const q = cloze('Office for National Statistics', { accept: ['ONS'] });
		expect(gradeAnswer(q, 'O.N.S.').correct).toBe(true);
		expect(gradeAnswer(q, 'ons').correct).toBe(true);
		expect(gradeAnswer(q, 'ONC').correct).toBe(false);
		expect(gradeAnswer(q, 'NS').correct).toBe(false);
	});
	it.each([
		['Royal Air Force', 'RAF'],
		['RAF', 'royal air force'],
		['United States', 'u.s.'],
		['U.S.', 'US'],
		['USA', 'U.S.A.'],
		['UK', 'U.K.'],
		['European Union', 'EU'],
		['the EU', 'E.U.'],
		['United Nations', 'UN']
	])('takes %s as %s from the reference list', (answer, given) =>
		expect(gradeAnswer(cloze(answer), given).correct).toBe(true)
	);
	it.each([
		['Royal Air Force', 'RN'],
		['European Union', 'UN'],
		['United Nations', 'EU'],
		['U.S.', 'UK'],
		['EU', 'ECB']
	])('refuses %s as %s', (answer, given) =>
		expect(gradeAnswer(cloze(answer), given).correct).toBe(false)
	);
});

describe('a figure without its qualifier', () => {
	it.each([
		['at least 18 months', '18 months'],
		['at least 18 months', '18'],
		['over 400,000', '400,000'],
		['more than 400,000 people', '400000 people'],
		['nearly $2bn', '2 billion'],
		['up to 30%', '30 per cent']
	])('takes %s as %s', (expected, given) => expect(matchesTyped(expected, given)).toBe(true));
	it.each([
		['at least 18 months', '19 months'],
		['at least 18 months', '18 weeks'],
		['over 400,000', '40,000'],
		['over 400,000', 'under 400,000'],
		['more than 400,000', 'fewer than 400,000'],
		['nearly $2bn', '2 million']
	])('refuses %s as %s', (expected, given) => expect(matchesTyped(expected, given)).toBe(false));
});

describe('acceptedForms for question builders', () => {
	it('gives the acronym and aliases the article defines', () => {
		const ons = fact('Office for National Statistics (ONS)', {
			value: 'Office for National Statistics',
			aliases: ['ONS', 'the statistics office']
		});
		expect(acceptedForms(ons, [ons])).toEqual(['ONS', 'the statistics office']);
	});
	it('gives another fact of the same value, and nothing for a date or a figure', () => {
		const a = fact('Labour Party', { value: 'Labour Party' });
		const b = fact('Labour', { id: 'b', value: 'Labour Party' });
		const other = fact('Reform UK', { id: 'c', value: 'Reform UK' });
		expect(acceptedForms(b, [a, b, other])).toEqual(['Labour Party']);
		const d = fact('21 September', { kind: 'date', aliases: ['Sept 21'] });
		expect(acceptedForms(d, [d])).toEqual([]);
	});
	it('gives the demonym only where a nationality is asked', () => {
		const uk = fact('UK', { kind: 'place', detail: 'country', country: 'GB' });
		expect(acceptedForms(uk, [uk], { nationality: true })).toEqual(['British']);
		expect(acceptedForms(uk, [uk])).toEqual([]);
		const q = cloze('UK', {
			kind: 'place',
			accept: acceptedForms(uk, [uk], { nationality: true })
		});
		expect(gradeAnswer(q, 'british').correct).toBe(true);
		expect(gradeAnswer(q, 'French').correct).toBe(false);
	});
	it('finds the country of a place by its name when the fact has no code', () => {
		const uk = fact('United Kingdom', { kind: 'place' });
		expect(acceptedForms(uk, [uk], { nationality: true })).toEqual(['British']);
		const town = fact('Springfield', { kind: 'place' });
		expect(acceptedForms(town, [town], { nationality: true })).toEqual([]);
	});
	it("gives a country's names and demonyms by code", () => {
		expect(countryForms('gb').names).toEqual(
			expect.arrayContaining(['United Kingdom', 'UK', 'Great Britain'])
		);
		expect(countryForms('FR').demonyms).toEqual(['French']);
		expect(countryForms('XX')).toEqual({ names: [], demonyms: [] });
	});
});
