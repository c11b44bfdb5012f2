import { describe, expect, it } from 'vitest';
import { lexiconFeatures } from './lexicon-features';
import { wordClasses } from './word-classes';

describe('word classes from compromise', () => {
	it('tells common words, titles and known names apart', () => {
		expect(wordClasses('microsoft')).toContain('org');
		expect(wordClasses('emperor')).toContain('role');
		expect(wordClasses('daniel')).toContain('given');
		expect(wordClasses('defeated')).toContain('verb');
		expect(wordClasses('zzqxv')).toEqual([]);
	});

	it('marks capitalised words, lower-case words and known phrases apart', () => {
		const f = lexiconFeatures(['Microsoft', 'hired', 'the', 'journalist', 'in', 'New', 'York']);
		expect(f[0]).toContain('corg');
		expect(f[1]).toContain('lverb');
		expect(f[5].some((x) => x.startsWith('p') && x.endsWith(':B'))).toBe(true);
		expect(f[6].some((x) => x.startsWith('p') && x.endsWith(':I'))).toBe(true);
	});
});
