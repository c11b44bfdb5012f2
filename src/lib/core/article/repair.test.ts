import { describe, expect, it } from 'vitest';
import { repairText, repairsOf } from './repair';

describe('repairText', () => {
	it('parts a function word joined to a capitalised word', () => {
		expect(repairText('Talks with theNorwegian envoy ofOslo ended.').text).toBe(
			'Talks with the Norwegian envoy of Oslo ended.'
		);
		// words that merely start like one are left: "Anna", "Tokyo", "iPhone"
		expect(repairText('Anna flew to Tokyo with an iPhone.').text).toBe(
			'Anna flew to Tokyo with an iPhone.'
		);
	});

	it('parts two sentences joined at the full stop, but not an abbreviation or an address', () => {
		expect(repairText('The vote was close.Turnout fell.').text).toBe(
			'The vote was close. Turnout fell.'
		);
		expect(repairText('The U.S.Navy sailed; see www.example.Org today.').text).toBe(
			'The U.S.Navy sailed; see www.example.Org today.'
		);
	});

	it('parts a pronoun joined to a name the article also writes alone', () => {
		const text = 'Marlow spoke first. Later Marlowhe said the plan had failed.';
		expect(repairText(text).text).toBe(
			'Marlow spoke first. Later Marlow he said the plan had failed.'
		);
		// a name ending in "she" or "he" that never stands shorter is left
		const other = 'Reporter Ruth Kaleshe said the road was closed.';
		expect(repairText(other).text).toBe(other);
	});

	it('maps offsets back to the original text', () => {
		const text = 'Ships of theBaltic fleet.Crews waited.';
		const r = repairText(text);
		const at = r.text.indexOf('Baltic');
		expect(text.slice(r.toOriginal(at), r.toOriginal(at + 6))).toBe('Baltic');
		const crews = r.text.indexOf('Crews');
		expect(text.slice(r.toOriginal(crews), r.toOriginal(crews + 5))).toBe('Crews');
		expect(r.toRepaired(text.indexOf('Crews'), 'start')).toBe(crews);
		expect(r.toRepaired(text.indexOf('.Crews') + 1, 'end')).toBe(r.text.indexOf('. Crews') + 1);
	});
});

describe('repairsOf', () => {
	it('makes the repairs of the whole text in any part of it', () => {
		const text =
			'Ana Marlow arrived in Kelby. Marlowhe said the port was shut.The navy of theUkrainian ' +
			'fleet stayed. Tendai Mashashe said nothing.';
		const fix = repairsOf(text);
		// the part alone does not show "Marlow" standing alone: the whole text does
		expect(fix('Marlowhe said the port was shut')).toBe('Marlow he said the port was shut');
		expect(fix('was shut.The navy of theUkrainian fleet')).toBe(
			'was shut. The navy of the Ukrainian fleet'
		);
		expect(fix('Tendai Mashashe said nothing.')).toBe('Tendai Mashashe said nothing.');
		expect(repairsOf('Nothing is damaged here.')('Nothing')).toBe('Nothing');
	});
});
