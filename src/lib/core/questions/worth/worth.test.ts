import { describe, expect, it } from 'vitest';
import { factsFor } from '$tests/helpers/facts';
import type { Fact, Question } from '../../types';
import trained from './model.json';
import { draftQuestions } from '../index';
import {
	fitLogistic,
	isBackground,
	isCentral,
	isPreciseDetail,
	significantDigits,
	keepWorthAsking,
	articleView,
	mentionCounts,
	probability,
	questionFeatures
} from './index';

const TEXT =
	'Floods kill 40 in northern province\n\n' +
	'Floods killed 40 people in the northern province of Arlen on Tuesday, officials said. ' +
	'Rescue teams reached 12 villages cut off by the floods in Arlen.\n\n' +
	'The floods followed three days of rain.\n\n' +
	'"We lost 300 goats," a farmer told the Valley Herald, a paper in Corbin.\n';

function fixture() {
	return factsFor(TEXT, [
		{ kind: 'figure', text: '40', nth: 1, counts: 'people' },
		{ kind: 'place', text: 'Arlen' },
		{ kind: 'figure', text: '12', counts: 'villages' },
		{ kind: 'place', text: 'Arlen', nth: 1 },
		{ kind: 'figure', text: '300', counts: 'goats' },
		{ kind: 'organisation', text: 'Valley Herald' },
		{ kind: 'place', text: 'Corbin' }
	]);
}

describe('the features of a question', () => {
	const { article, facts } = fixture();
	const { ctx } = draftQuestions(article, facts);
	const mentions = mentionCounts(ctx.facts);
	const of = (answer: string) => questionFeatures(asking(answer, ctx.facts), articleView(ctx));

	it('tells where the story puts the fact and how often it names it', () => {
		const villages = of('12');
		expect(villages.firstParagraph).toBe(1);
		expect(villages['kind:figure']).toBe(1);
		expect(villages.counts).toBe(1);
		const paper = of('Corbin');
		expect(paper.firstParagraph).toBe(0);
		expect(paper.position).toBeGreaterThan(villages.position);
		expect(paper.attribution).toBe(1);
		expect(villages.centrality).toBeGreaterThan(paper.centrality);
		expect(mentions.get('place|arlen')).toBe(2);
	});

	it('knows a figure inside quoted words', () => {
		expect(of('300').quoted).toBe(1);
		expect(of('12').quoted).toBe(0);
	});
});

describe('the worth model', () => {
	it('learns which features go with acceptable questions', () => {
		const examples = [
			...Array.from({ length: 20 }, () => ({ x: { good: 1 }, y: 1 as const })),
			...Array.from({ length: 20 }, () => ({ x: { bad: 1 }, y: 0 as const })),
			{ x: { good: 1 }, y: 0 as const }
		];
		const model = fitLogistic(examples);
		expect(model.weights.good).toBeGreaterThan(0);
		expect(model.weights.bad).toBeLessThan(0);
		expect(probability(model, { good: 1 })).toBeGreaterThan(0.8);
		expect(probability(model, { bad: 1 })).toBeLessThan(0.2);
		expect(fitLogistic(examples)).toEqual(model);
	});

	it('keeps the questions above the threshold, and the best few of a weak article', () => {
		const q = (id: string, type: Question['type']) =>
			({ id, type, prompt: id, factIds: [id], source: '', kind: 'figure' }) as unknown as Question;
		const qs = [q('a', 'cloze'), q('b', 'true-false'), q('c', 'cloze')];
		const { ctx } = draftQuestions(fixture().article, []);
		const model = { bias: 0, weights: { 'type:true-false': 2, 'type:cloze': -2 }, floor: 0 };
		expect(keepWorthAsking(qs, ctx, { ...model, threshold: 0.5 }).map((x) => x.id)).toEqual(['b']);
		const weak = { ...model, weights: { 'type:true-false': -1, 'type:cloze': -2 }, floor: 2 };
		expect(keepWorthAsking(qs, ctx, { ...weak, threshold: 0.5 }).map((x) => x.id)).toEqual([
			'a',
			'b'
		]);
		expect(keepWorthAsking(qs, ctx, { ...model, threshold: 0 })).toEqual(qs);
		// a short article asks few: its best ones, one for each 50 of its words
		const words = ctx.article.text.split(/\s+/).length;
		expect(words).toBeGreaterThan(50);
		expect(words).toBeLessThanOrEqual(100);
		const dense = { ...model, threshold: 0.01, wordsPerQuestion: 50 };
		expect(keepWorthAsking(qs, ctx, dense).map((x) => x.id)).toEqual(['a', 'b']);
		// and none below the threshold beyond the floor, unless told to keep one per so many words
		const strict = { ...model, threshold: 0.99, wordsPerQuestion: 25 };
		expect(keepWorthAsking(qs, ctx, strict)).toEqual([]);
		expect(keepWorthAsking(qs, ctx, { ...strict, wordsPerKept: 50 }).map((x) => x.id)).toEqual([
			'b'
		]);
		// a question over several facts stands on its own builder's rules
		const match = { ...q('m', 'match'), factIds: ['x', 'y'] } as Question;
		expect(keepWorthAsking([match], ctx, { ...weak, floor: 0, threshold: 0.99 })).toEqual([match]);
	});

	it('asks of what the story is about, and makes up the fewest with the best others', () => {
		const { article, facts } = fixture();
		const { ctx } = draftQuestions(article, facts);
		const view = articleView(ctx);
		const of = (text: string) => asking(text, ctx.facts);
		// the first paragraph's count, its place named again later, not the goats or the paper
		expect(
			['40', '12', 'Arlen', '300', 'Valley Herald'].map((t) => isCentral(of(t), view))
		).toEqual([true, true, true, false, false]);
		const qs = ['300', 'Valley Herald', '40', '12'].map(of);
		const all = { bias: 5, weights: {}, threshold: 0.5, floor: 0 };
		expect(keepWorthAsking(qs, ctx, all)).toEqual(qs);
		expect(keepWorthAsking(qs, ctx, { ...all, fewest: 2 }).map((q) => q.answer)).toEqual([
			'40',
			'12'
		]);
		// too few of them: the best of the rest make up the fewest
		const some = keepWorthAsking(qs, ctx, { ...all, fewest: 3 }).map((q) => q.answer);
		expect(some).toHaveLength(3);
		expect(some).toEqual(expect.arrayContaining(['40', '12']));
		// a fact further down is asked too where it scores as well as `aside`, never below it
		const goats = { bias: 0, weights: { quoted: 3 }, threshold: 0.99, floor: 0, fewest: 1 };
		expect(keepWorthAsking(qs, ctx, { ...goats, aside: 0.9 }).map((q) => q.answer)).toEqual([
			'300'
		]);
		const dull = { ...goats, weights: {}, aside: 0.9 };
		expect(keepWorthAsking(qs, ctx, dull)).toHaveLength(1);
		expect(keepWorthAsking(qs, ctx, { ...dull, aside: 0.4 })).toHaveLength(4);
	});

	it('as trained, ranks a count of the first paragraph above a place the last one names', () => {
		const { article, facts } = fixture();
		const { ctx } = draftQuestions(article, facts);
		const view = articleView(ctx);
		const p = (answer: string) =>
			probability(trained, questionFeatures(asking(answer, ctx.facts), view));
		expect(p('12')).toBeGreaterThan(p('Corbin'));
	});
});

describe('background and figures too precise to carry', () => {
	const NEWS =
		'Ferry sinks off Kelby\n\n' +
		'A ferry carrying 1,250 people sank off Kelby on Tuesday, the coast guard said.\n\n' +
		'In 2019 the same ferry ran aground near Arlen, leaving six crew members hurt. ' +
		'In October 2021, its owner Dana Vale was fined. ' +
		'Rescuers pulled 1,187 people from the water by Wednesday night in 2024.\n\n' +
		'The ship was built in 2016 and carried 4,000 tonnes of cargo on its last trip in 2024.\n';
	const BIOGRAPHY =
		'Dana Vale\n\n' +
		'Dana Vale (1950–2020) was a ship owner from Kelby.\n\n' +
		'In 1977, Vale bought her first ferry in Arlen. She sold it in 2020.\n';

	it('leaves out a news story’s sentences that open on an earlier year', () => {
		const { article, facts } = factsFor(NEWS, [
			{ kind: 'figure', text: '1,250' },
			{ kind: 'place', text: 'Arlen' },
			{ kind: 'figure', text: 'six' },
			{ kind: 'person', text: 'Dana Vale' },
			{ kind: 'figure', text: '1,187' },
			{ kind: 'date', text: '2016' },
			{ kind: 'date', text: '2024' }
		]);
		const { ctx } = draftQuestions(article, facts);
		const view = articleView(ctx);
		const background = (t: string) => isBackground(asking(t, ctx.facts), view);
		expect(['Arlen', 'six', 'Dana Vale'].map(background)).toEqual([true, true, true]);
		// the lead, and a sentence that does not open on a year, tell the story
		expect(['1,250', '2016'].map(background)).toEqual([false, false]);
	});

	it('leaves them out also where the story names no year of its own days', () => {
		const { article, facts } = factsFor(
			'Mayor shot in Kelby\n\nThe mayor of Kelby was shot on Tuesday.\n\n' +
				'In 2019 he survived an attack that left six guards dead. He was 54.\n',
			[{ kind: 'figure', text: 'six' }]
		);
		const { ctx } = draftQuestions(article, facts);
		expect(isBackground(asking('six', ctx.facts), articleView(ctx))).toBe(true);
	});

	it('reads a lead in the present perfect as news', () => {
		const { article, facts } = factsFor(
			'Dana Vale dies aged 70\n\nShip owner Dana Vale has died at the age of 70.\n\n' +
				'In 2002, she sold her fleet to a firm in Arlen.\n',
			[{ kind: 'place', text: 'Arlen' }]
		);
		const { ctx } = draftQuestions(article, facts);
		expect(isBackground(asking('Arlen', ctx.facts), articleView(ctx))).toBe(true);
	});

	it('keeps them in a biography, whose lead is not of the days around it', () => {
		const { article, facts } = factsFor(BIOGRAPHY, [
			{ kind: 'place', text: 'Arlen' },
			{ kind: 'date', text: '2020', nth: 1 }
		]);
		const { ctx } = draftQuestions(article, facts);
		expect(isBackground(asking('Arlen', ctx.facts), articleView(ctx))).toBe(false);
	});

	it('leaves out a figure of four digits or more that the lead does not give', () => {
		const { article, facts } = factsFor(NEWS, [
			{ kind: 'figure', text: '1,250' },
			{ kind: 'figure', text: '1,187' },
			{ kind: 'figure', text: '4,000 tonnes' }
		]);
		const { ctx } = draftQuestions(article, facts);
		const view = articleView(ctx);
		const precise = (t: string) => isPreciseDetail(asking(t, ctx.facts), view);
		expect(['1,250', '1,187', '4,000 tonnes'].map(precise)).toEqual([false, true, false]);
		expect(
			['6,606', '$5,479,761', '47.42 seconds', '5.5 million', '0.25', '1,000,000'].map(
				significantDigits
			)
		).toEqual([4, 7, 4, 2, 2, 1]);
	});
});

/** A typed question on the fact with this text: features read its fact and its form. */
function asking(answer: string, facts: Fact[]): Question {
	const f = facts.find((f) => f.text === answer);
	if (!f) throw new Error(`no fact ${answer}`);
	return {
		id: f.id,
		type: 'cloze',
		prompt: f.sentence.replace(answer, '_____'),
		answer,
		factIds: [f.id],
		source: f.sentence,
		kind: f.kind
	};
}
