import { describe, expect, it } from 'vitest';
import { buildQuestions } from './index';
import { factsFor } from '$tests/helpers/facts';

describe('facts inside a longer name', () => {
	it('are asked only where they stand alone', () => {
		const text =
			'Ana Ruiz studied at the University of Lisbon in 1990. She later taught in Porto for six years. ' +
			'In 2001 she moved back to Lisbon, where she opened a bakery. Ruiz sold the bakery in 2015.';
		const { article, facts } = factsFor(text, [
			{ kind: 'person', text: 'Ana Ruiz' },
			{ kind: 'organisation', text: 'University of Lisbon' },
			{ kind: 'place', text: 'Lisbon' },
			{ kind: 'place', text: 'Porto' },
			{ kind: 'place', text: 'Lisbon', nth: 1 },
			{ kind: 'person', text: 'Ruiz', nth: 1, value: 'Ana Ruiz' }
		]);
		const nested = facts.find((f) => f.kind === 'place' && f.text === 'Lisbon' && f.start < 50)!;
		expect(nested.end).toBeLessThan(60);
		const questions = buildQuestions(article, facts);
		const asked = new Set(questions.flatMap((q) => q.factIds));
		expect(asked.has(nested.id)).toBe(false);
		const alone = facts.find((f) => f.kind === 'place' && f.text === 'Lisbon' && f.start > 60)!;
		expect(asked.has(alone.id)).toBe(true);
	});
});
