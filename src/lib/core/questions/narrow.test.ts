import { describe, expect, it } from 'vitest';
import type { Fact } from '../types';
import { askedSpan } from './narrow';

function person(sentence: string, text: string): Fact {
	const start = sentence.indexOf(text);
	return {
		id: 'f1',
		kind: 'person',
		text,
		value: text,
		start,
		end: start + text.length,
		sentence,
		sentenceIndex: 0
	} as Fact;
}

describe('askedSpan', () => {
	it('leaves an office, a party or a nationality before the name in the sentence', () => {
		const cases: [string, string, string][] = [
			['Yesterday President Jane Roe signed the bill.', 'President Jane Roe', 'Jane Roe'],
			['Republican John Doe voted against it.', 'Republican John Doe', 'John Doe'],
			['Ethiopians Abebe Tola and Kebede Ali came second.', 'Ethiopians Abebe Tola', 'Abebe Tola'],
			['Prime Minister Ann Lee resigned.', 'Prime Minister Ann Lee', 'Ann Lee']
		];
		for (const [sentence, text, name] of cases) {
			const f = askedSpan(person(sentence, text))!;
			expect(f.text).toBe(name);
			expect(sentence.slice(f.start, f.end)).toBe(name);
		}
	});

	it('leaves a country after "of" in the sentence', () => {
		const f = askedSpan(
			person('The race was won by Mary Wambui of Kenya.', 'Mary Wambui of Kenya')
		);
		expect(f?.text).toBe('Mary Wambui');
		// and any place a full name is said to be of
		const town = askedSpan(
			person('Reyes met Tomo Ishida of Harbourtown.', 'Tomo Ishida of Harbourtown')
		);
		expect(town?.text).toBe('Tomo Ishida');
	});

	it('keeps honorifics, lone surnames after an office, and other kinds', () => {
		expect(askedSpan(person('Mr Osborne said so.', 'Mr Osborne'))?.text).toBe('Mr Osborne');
		expect(askedSpan(person('President Obama spoke.', 'President Obama'))?.text).toBe('Obama');
		expect(askedSpan(person('Catherine of Aragon died.', 'Catherine of Aragon'))?.text).toBe(
			'Catherine of Aragon'
		);
		const org = { ...person('The Senate voted.', 'Senate'), kind: 'organisation' } as Fact;
		expect(askedSpan(org)).toBe(org);
	});
});

describe('askedSpan drops what is no name', () => {
	it('drops a clause opener and leaves nothing of an office or a party alone', () => {
		const org = {
			...person('Unlike Acme Holdings, the bank grew.', 'Unlike Acme Holdings'),
			kind: 'organisation'
		} as Fact;
		expect(askedSpan(org)?.text).toBe('Acme Holdings');
		expect(askedSpan(person('The President spoke.', 'President'))).toBeNull();
		expect(askedSpan(person('Fifteen Democrats defected.', 'Democrats'))).toBeNull();
		expect(askedSpan(person('Two Kenyans won.', 'Kenyans'))).toBeNull();
	});
});

describe('askedSpan and "the" inside a name', () => {
	it('keeps "the" after a linking word and starts the name after any other', () => {
		const org = (sentence: string, text: string) =>
			({ ...person(sentence, text), kind: 'organisation' }) as Fact;
		expect(askedSpan(org('He banked at the Bank of the West.', 'Bank of the West'))?.text).toBe(
			'Bank of the West'
		);
		expect(askedSpan(org('In June the Trade Union met.', 'June the Trade Union'))?.text).toBe(
			'Trade Union'
		);
	});
});

describe('askedSpan and common words', () => {
	it('takes one capitalised common word for no person, and keeps a surname', () => {
		expect(askedSpan(person('Hospital said the man was stable.', 'Hospital'))).toBeNull();
		expect(askedSpan(person('Smith said the man was stable.', 'Smith'))?.text).toBe('Smith');
	});
	it('keeps a common word the story has linked to a full name as its surname', () => {
		const hunter = { ...person('Hunter said the man was stable.', 'Hunter'), value: 'Ann Hunter' };
		expect(askedSpan(hunter)?.text).toBe('Hunter');
		const other = { ...person('Hunter said the man was stable.', 'Hunter'), value: 'Hunter Lee' };
		expect(askedSpan(other)).toBeNull();
	});
	it('so a pronoun after it stands for that person, not for one named more often', async () => {
		const { draftQuestions } = await import('./index');
		const { referents } = await import('./pronouns');
		const { factsFor } = await import('$tests/helpers/facts');
		const text =
			'Singer Zorv Hunter dies at 78\n\n' +
			'Singer Zorv Hunter died at home in Kelby on Monday.\n\n' +
			'Hunter met the guitarist Quil Brill in 1961. Brill played in a band. Brill toured with Hunter.\n\n' +
			'Brill sang in Kelby. Hunter wrote many more songs. He toured into the 2010s.\n';
		const { article, facts } = factsFor(text, [
			{ kind: 'person', text: 'Zorv Hunter', nth: 1 },
			{ kind: 'person', text: 'Hunter', nth: 2, value: 'Zorv Hunter' },
			{ kind: 'person', text: 'Quil Brill' },
			{ kind: 'person', text: 'Brill', nth: 1, value: 'Quil Brill' },
			{ kind: 'person', text: 'Brill', nth: 2, value: 'Quil Brill' },
			{ kind: 'person', text: 'Hunter', nth: 3, value: 'Zorv Hunter' },
			{ kind: 'person', text: 'Brill', nth: 3, value: 'Quil Brill' },
			{ kind: 'person', text: 'Hunter', nth: 4, value: 'Zorv Hunter' }
		]);
		const { ctx } = draftQuestions(article, facts);
		const last = article.sentences.at(-1)!.index;
		expect(referents(article, ctx.facts).he[last]).toBe('Zorv Hunter');
	});
});
