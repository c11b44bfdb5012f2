import { describe, expect, it } from 'vitest';
import { beamStep, pathTags, type Path } from './decode';
import { TAGS } from './tags';

const tag = (name: string) => TAGS.indexOf(name as (typeof TAGS)[number]);

/** Scores of two tokens where the best first tag alone leads to a poor second one. */
function score(i: number, prev: string, scores: Float64Array) {
	if (i === 0) {
		scores[tag('B-LOC')] = 5;
		scores[tag('B-ORG')] = 4;
	} else if (prev === 'B-ORG') scores[tag('I-ORG')] = 10;
	else scores[tag('O')] = 1;
}

function decode(width: number): string[] {
	let beam: (Path<unknown> | null)[] = [null];
	for (let i = 0; i < 2; i++)
		beam = beamStep(beam, i, (prev, _prev2, s) => score(i, prev, s), width);
	return pathTags(beam[0]).map((t) => TAGS[t]);
}

describe('beam decoding', () => {
	it('takes back a first choice that the next word proves wrong', () => {
		expect(decode(1)).toEqual(['B-LOC', 'O']);
		expect(decode(4)).toEqual(['B-ORG', 'I-ORG']);
	});

	it('never opens a name with an I- tag nor continues another label', () => {
		let beam: (Path<unknown> | null)[] = [null];
		for (let i = 0; i < 3; i++)
			beam = beamStep(beam, i, (prev, _p, s) => s.fill(prev === 'B-PER' ? 0 : 1), 20);
		for (const p of beam) {
			const tags = pathTags(p).map((t) => TAGS[t]);
			expect(tags[0][0]).not.toBe('I');
			tags.forEach((t, k) => {
				if (t[0] === 'I') expect(tags[k - 1].slice(2)).toBe(t.slice(2));
			});
		}
	});
});
