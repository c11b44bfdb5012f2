import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../article/parse';
import type { Fact } from '../types';
import { extractFacts } from './index';

// Articles the generator was not tuned on: US business, UK politics, sport, health,
// disaster, election and a court case. They pin general fixes, not these names.
const fixture = (name: string) =>
	readFileSync(new URL(`./fixtures/${name}.txt`, import.meta.url), 'utf8');
const facts = (name: string) => extractFacts(parseArticle(fixture(name)));
const find = (list: Fact[], text: string) => list.find((f) => f.text === text);

describe('facts in unseen news', () => {
	it('keeps a company suffix’s period in the span', () => {
		const list = facts('us-business');
		expect(find(list, 'Apple Inc.')?.kind).toBe('organisation');
		expect(find(list, 'Apple Inc')).toBeUndefined();
	});

	it('reads places from context: "X, California", "X-based", "in X"', () => {
		const us = facts('us-business');
		expect(find(us, 'Cupertino')?.kind).toBe('place');
		expect(find(us, 'California')?.kind).toBe('place');
		expect(us.some((f) => f.text.includes('-based'))).toBe(false);
		const uk = facts('uk-politics');
		expect(find(uk, 'Hove')?.kind).toBe('place');
		const court = facts('court-case');
		expect(find(court, 'Guildford')?.kind).toBe('place');
		const quake = facts('earthquake');
		expect(find(quake, 'Sagaing')?.kind).toBe('place');
	});

	it('tells people by their deeds and splits a titled name from its force', () => {
		const uk = facts('uk-politics');
		expect(find(uk, 'Shabana Mahmood')?.kind).toBe('person');
		expect(find(uk, 'Reform UK')?.kind).toBe('organisation');
		const court = facts('court-case');
		expect(find(court, 'Mark Lewis')?.kind).toBe('person');
		expect(find(court, 'City of London Police')?.kind).toBe('organisation');
	});

	it('reads teams in results as organisations, though named for cities', () => {
		const sport = facts('sport-results');
		expect(find(sport, 'Bukayo Saka')?.kind).toBe('person');
		expect(find(sport, 'Tottenham Hotspur')?.kind).toBe('organisation');
		expect(find(sport, 'Liverpool')?.kind).toBe('organisation');
		expect(find(sport, 'Sevilla')?.kind).toBe('organisation');
		expect(find(sport, 'Chelsea')?.kind).toBe('organisation');
		expect(find(sport, 'Elsewhere')).toBeUndefined();
	});

	it('links a two-word surname, keeps a plural possessive inside a name, skips scores', () => {
		const election = facts('election');
		expect(find(election, 'Lopez Obrador')?.value).toBe('Andres Manuel Lopez Obrador');
		expect(find(election, "Citizens' Movement")?.kind).toBe('organisation');
		const sport = facts('sport-results');
		expect(find(sport, "St James' Park")?.kind).toBe('place');
		// "won 2-0": no figure "2"
		expect(sport.filter((f) => f.kind === 'figure').map((f) => f.text)).toEqual([
			'two points',
			'10 minutes',
			'60,287'
		]);
	});

	for (const name of [
		'us-business',
		'uk-politics',
		'sport-results',
		'health-study',
		'earthquake',
		'election',
		'court-case'
	])
		it(`keeps every span exact in the ${name} fixture`, () => {
			const text = fixture(name);
			for (const f of facts(name)) expect(text.slice(f.start, f.end)).toBe(f.text);
		});
});
