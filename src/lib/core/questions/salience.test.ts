import { describe, expect, it } from 'vitest';
import { salience } from './salience';
import { factsFor } from '$tests/helpers/facts';

describe('salience', () => {
	const text =
		'Port strike ends\n\nDock workers in Hull ended a strike on Friday. The union said 400 members voted.\n\n' +
		'Hull council welcomed the news. A spokesman in Leeds said little. Hull expects ships on Monday.\n';
	const { article, facts } = factsFor(text, [
		{ kind: 'place', text: 'Hull' },
		{ kind: 'figure', text: '400', counts: 'members' },
		{ kind: 'place', text: 'Hull', nth: 1 },
		{ kind: 'place', text: 'Leeds' },
		{ kind: 'place', text: 'Hull', nth: 2 }
	]);
	it('ranks a fact of the first paragraph mentioned again above one mentioned once later', () => {
		const w = salience(article, facts);
		const [hull, members, laterHull, leeds] = facts.map((f) => w.get(f.id)!);
		expect(hull).toBeGreaterThan(leeds);
		expect(laterHull).toBeGreaterThan(leeds);
		expect(members).toBeGreaterThan(leeds);
	});
});
