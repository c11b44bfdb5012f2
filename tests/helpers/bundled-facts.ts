import { factsFor, type FactSpec } from './facts';

/** Hand-made facts of the bundled article, as a careful extractor would give them. */
export const BUNDLED_FACTS: FactSpec[] = [
	{ kind: 'figure', text: '2 million', nth: 1, counts: 'people' },
	{
		kind: 'organisation',
		text: 'theUkrainian Defense Intelligence (Gur)',
		value: 'Ukrainian Defence Intelligence',
		aliases: ['GUR']
	},
	{ kind: 'organisation', text: 'British intelligence', value: 'British Defence Intelligence' },
	{ kind: 'place', text: 'Moscow' },
	{ kind: 'place', text: 'Kiev', nth: 1, value: 'Kyiv' },
	{ kind: 'figure', text: '300 thousand' },
	{ kind: 'figure', text: '500 thousand' },
	{ kind: 'figure', text: '1.5 million' },
	{
		kind: 'organisation',
		text: 'Russian Federal Security Service (FSB)',
		value: 'Federal Security Service',
		aliases: ['FSB']
	},
	{ kind: 'date', text: 'January 9th' },
	{ kind: 'date', text: 'September 21' },
	{ kind: 'person', text: 'Putin', nth: 0, value: 'Vladimir Putin', role: 'Russian president' },
	{ kind: 'figure', text: '300,000', nth: 0, counts: 'conscripts' },
	{ kind: 'date', text: 'October 28' },
	{
		kind: 'person',
		text: 'Sergei Shoiguhe',
		value: 'Sergei Shoigu',
		role: 'Russian Defense Minister'
	},
	{ kind: 'figure', text: '35' },
	{ kind: 'date', text: '31 October' },
	{ kind: 'date', text: 'December' },
	{ kind: 'organisation', text: 'Kyiv Independent' },
	{ kind: 'organisation', text: 'Kremlin', nth: 1 },
	{ kind: 'date', text: 'November 2022' },
	{ kind: 'organisation', text: 'Uralvagonzavod (UVZ)', value: 'Uralvagonzavod', aliases: ['UVZ'] },
	{ kind: 'figure', text: '250', counts: 'inmates' },
	{
		kind: 'organisation',
		text: 'Federal Criminal Service (FSIN)',
		value: 'Federal Penitentiary Service',
		aliases: ['FSIN']
	},
	{ kind: 'date', text: '2017' },
	{ kind: 'figure', text: 'over 400,000' },
	{ kind: 'place', text: 'Ukraine', nth: 2 }
];

/** The bundled article's text (read by the test) with its hand-made facts. */
export const bundled = (text: string) => factsFor(text, BUNDLED_FACTS);
