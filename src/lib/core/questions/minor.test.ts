import { describe, expect, it } from 'vitest';
import { factsFor } from '$tests/helpers/facts';
import { isMinorSpeaker } from './minor';

describe('isMinorSpeaker', () => {
	const text =
		'Harbour closes after storm\n\n' +
		'Mayor Ann Lee closed the harbour on Monday. Ann Lee said the storm was the worst in years.\n\n' +
		'Ships were moved to Dover. "We lost two cranes," said Tom Black, a port spokesman.\n\n' +
		'Rita Gomez, who built the harbour wall, watched it fall.\n';
	const { article, facts } = factsFor(text, [
		{ kind: 'person', text: 'Ann Lee' },
		{ kind: 'person', text: 'Ann Lee', nth: 1 },
		{ kind: 'person', text: 'Tom Black' },
		{ kind: 'person', text: 'Rita Gomez' }
	]);
	it('is a person named once, past the first paragraph, only as the source of words', () => {
		expect(facts.map((f) => isMinorSpeaker(f, article, facts))).toEqual([
			false,
			false,
			true,
			false
		]);
	});
});
