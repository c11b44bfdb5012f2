import { describe, expect, it } from 'vitest';
import { BLANK, blankOut, trimStem } from './stem';
import { givesAway, tidy } from './text';

describe('stems', () => {
	it('blanks the fact, its parenthesised acronym and its other mentions', () => {
		const sentence = 'The Federal Security Service (FSB) said the FSB would act.';
		const at = { sentence, start: 4, end: 28 };
		const { stem, covered } = blankOut(at, ['FSB', 'Federal Security Service']);
		expect(stem).toBe(`The ${BLANK} said the ${BLANK} would act.`);
		expect(covered).toBe('Federal Security Service (FSB)');
	});

	it('cuts the attribution after a closing quote', () => {
		const stem = `“In ${BLANK}, the maker said it would hire 250 inmates.”announced the ministry.`;
		expect(trimStem(stem)).toBe(`In ${BLANK}, the maker said it would hire 250 inmates.`);
	});

	it('keeps an attribution that holds the blank, with both quotation marks', () => {
		const stem = `Reserves will be created”wrote the intelligence service in a ${BLANK} post.`;
		expect(trimStem(stem)).toBe(
			`“Reserves will be created,” wrote the intelligence service in a ${BLANK} post.`
		);
	});

	it('leaves a quotation inside a sentence alone', () => {
		const stem = `He said the company would make "every lawful move" to protect ${BLANK} of shareholders.`;
		expect(trimStem(stem)).toBe(stem);
	});

	it('takes a clause that reads alone from a sentence opening on a pronoun', () => {
		const stem = `It exists in many places and in many forms, but since ${BLANK} forced labour has been a specific criminal punishment.`;
		expect(trimStem(stem)).toBe(
			`Since ${BLANK} forced labour has been a specific criminal punishment.`
		);
	});

	it('ends no sentence inside a clause whose verb comes after it', () => {
		const embedded = `The harbour board and the ${BLANK} said they believe salt, which rusts steel quickly in winter, was the cause of the collapse.`;
		expect(trimStem(embedded)).toBe(embedded);
		const last = `The harbour board and the ${BLANK} said they believe salt was the cause, which surprised engineers in the city.`;
		expect(trimStem(last)).toBe(
			`The harbour board and the ${BLANK} said they believe salt was the cause.`
		);
	});

	it('parts no item from a list set off by semicolons, but a clause after one semicolon', () => {
		const list = `The band had three singers over the years: a teacher from Leeds; ${BLANK}, who wrote most songs; and a drummer who sang.`;
		expect(trimStem(list)).toBe(list);
		const clauses = `The band played in Leeds for ten years before the split; ${BLANK} went on to write songs for films and plays in London.`;
		expect(trimStem(clauses)).toBe(
			`${BLANK} went on to write songs for films and plays in London.`
		);
	});

	it('mends glued words and stray quotes', () => {
		expect(tidy('raised by theUkrainian Defense Intelligence“ based on')).toBe(
			'raised by the Ukrainian Defense Intelligence based on'
		);
		expect(tidy('would indicate i plans of Russia')).toBe('would indicate plans of Russia');
	});
});

describe('eitherArticle', () => {
	it('writes "a(n)" before a blank, which tells neither a vowel nor a consonant', async () => {
		const { eitherArticle } = await import('./prompt');
		expect(eitherArticle(`An ${BLANK} study found it.`)).toBe(`A(n) ${BLANK} study found it.`);
		expect(eitherArticle(`It took a ${BLANK} trip.`)).toBe(`It took a(n) ${BLANK} trip.`);
		expect(eitherArticle(`Canada ${BLANK} and an apple.`)).toBe(`Canada ${BLANK} and an apple.`);
	});
});

describe('givesAway', () => {
	it('finds the answer, a telling word of it, or the same number in another form', () => {
		expect(givesAway(`${BLANK} said Shoigu would stay.`, ['Sergei Shoigu'])).toBe(true);
		expect(givesAway(`Russia called up ${BLANK} people, 300 thousand in all.`, ['300,000'])).toBe(
			true
		);
		expect(
			givesAway(`The ${BLANK} said the FSB would act.`, ['Federal Security Service', 'FSB'])
		).toBe(true);
		expect(givesAway(`The Russian ${BLANK} said so.`, ['Russian Federal Security Service'])).toBe(
			false
		);
		expect(givesAway(`On ${BLANK}, Putin spoke.`, ['September 21'])).toBe(false);
	});
	it('finds the number in words, capitalised or not', () => {
		expect(givesAway('Four Kelby fishermen killed', ['4'])).toBe(true);
		expect(givesAway(`About two hundred came, and ${BLANK} left.`, ['200'])).toBe(true);
		expect(givesAway('Four Kelby fishermen killed', ['14'])).toBe(false);
	});
	it('finds a count in words given in digits, as in a name ("Kestrel 7" for "seven")', () => {
		expect(givesAway('They fired the Kestrel 7 rocket for a minute.', ['seven'])).toBe(true);
		expect(givesAway('They fired the rocket for a minute.', ['seven'])).toBe(false);
	});
	it('finds a count the prompt lists right after the blank', () => {
		expect(givesAway(`So far ${BLANK} towns, Kelby, Harlow and Dunmore, have closed.`, ['3'])).toBe(
			true
		);
		expect(
			givesAway(
				`The ${BLANK} founding members of the League; Kelby, Harlow, Dunmore and Ravelle.`,
				['four']
			)
		).toBe(true);
		// a list after a verb tells where, not how many
		expect(givesAway(`The ${BLANK} ministers met in Kelby, Harlow and Dunmore.`, ['3'])).toBe(
			false
		);
		expect(givesAway(`So far ${BLANK} towns, Kelby, Harlow and Dunmore, have closed.`, ['4'])).toBe(
			false
		);
	});
	it('finds an acronym the prompt spells out', () => {
		expect(
			givesAway(`Talks with the Alliance for the Re-liberation of Kelby (${BLANK}) failed.`, [
				'ARK'
			])
		).toBe(true);
		expect(givesAway(`The Court of Justice of the Union (${BLANK}) ruled.`, ['CJU'])).toBe(true);
		expect(givesAway(`A Harlow Road Union official said ${BLANK} would act.`, ['H.R.U.'])).toBe(
			true
		);
		expect(givesAway(`The Kelby Rail Board said ${BLANK} would act.`, ['HRU'])).toBe(false);
		expect(givesAway(`Ana Ruiz of Leeds spoke to the ${BLANK}.`, ['ARK'])).toBe(false);
	});
});

describe('quotations that run over several sentences', () => {
	it('closes a quotation the sentence opens and does not close', () => {
		expect(tidy('The mayor said, “We will rebuild the bridge by spring.')).toBe(
			'The mayor said, “We will rebuild the bridge by spring.”'
		);
		expect(tidy('The mayor said, "We will rebuild the bridge by spring.')).toBe(
			'The mayor said, "We will rebuild the bridge by spring."'
		);
	});

	it('opens a quotation the sentence only closes', () => {
		expect(tidy('Nobody expected the river to rise so fast.” The council met.')).toBe(
			'“Nobody expected the river to rise so fast.” The council met.'
		);
		expect(tidy('Nobody expected the river to rise so fast." The council met.')).toBe(
			'"Nobody expected the river to rise so fast." The council met.'
		);
	});

	it('leaves balanced quotations alone', () => {
		const s = 'She said “the road is shut” and left, calling it "a disgrace".';
		expect(tidy(s)).toBe(s);
	});
});

describe('quotation marks of two styles', () => {
	it('pairs a straight opening with a curly closing, and a blank opens a quotation', () => {
		const s = 'The trial, named for the phrase "save lives,” began last year.';
		expect(tidy(s)).toBe(s);
		expect(tidy(`The minister said, "_____ is the largest economy.`)).toBe(
			`The minister said, "_____ is the largest economy."`
		);
	});
});

describe('a quotation inside a clause', () => {
	it('is no attribution to cut', () => {
		const stem = `The mayor said it is likely "that the bridge will close," and the vote followed talks within ${BLANK}.`;
		expect(trimStem(stem)).toBe(stem);
	});
});

describe('a word made from the answer gives it away', () => {
	it('finds "Syrian" for Syria and "Norwegian" for Norway, not a shared adjective', () => {
		expect(givesAway(`Syrian troops crossed into ${BLANK}.`, ['Syria'])).toBe(true);
		expect(givesAway(`The Norwegian embassy in ${BLANK} confirmed it.`, ['Norway'])).toBe(true);
		expect(givesAway(`The ${BLANK} met in Paris.`, ['Norway'])).toBe(false);
	});
});

describe('a name that merely begins alike', () => {
	it('gives nothing away', () => {
		expect(givesAway(`John Major and ${BLANK} spoke.`, ['Boris Johnson'])).toBe(false);
	});
});
