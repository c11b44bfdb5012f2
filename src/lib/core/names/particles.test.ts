import { describe, expect, it } from 'vitest';
import { joinParticles } from './particles';

const words = (s: string) => s.split(' ');

describe('joinParticles', () => {
	it('runs a person’s name on through "bin" to the family name', () => {
		const w = words('He met Salim Ahmed bin Hamdan yesterday');
		const t = ['O', 'O', 'B-PER', 'I-PER', 'O', 'B-PER', 'O'];
		expect(joinParticles(w, t)).toEqual(['O', 'O', 'B-PER', 'I-PER', 'I-PER', 'I-PER', 'O']);
	});

	it('takes two particles ("van der") and a family name the tagger left out', () => {
		const w = words('The judge , Maria van der Berg , said');
		const t = ['O', 'O', 'O', 'B-PER', 'O', 'O', 'O', 'O', 'O'];
		expect(joinParticles(w, t)).toEqual([
			'O',
			'O',
			'O',
			'B-PER',
			'I-PER',
			'I-PER',
			'I-PER',
			'O',
			'O'
		]);
	});

	it('takes in a joined Arabic article after a name', () => {
		const w = words('police arrested Khalid al-Rashidi on Monday');
		const t = ['O', 'O', 'B-PER', 'O', 'O', 'O'];
		expect(joinParticles(w, t)).toEqual(['O', 'O', 'B-PER', 'I-PER', 'O', 'O']);
	});

	it('leaves a particle that leads to no capitalised word, and particles after other names', () => {
		expect(joinParticles(words('Ahmed da said'), ['B-PER', 'O', 'O'])).toEqual(['B-PER', 'O', 'O']);
		const w = words('Rio de Janeiro');
		expect(joinParticles(w, ['B-LOC', 'O', 'B-LOC'])).toEqual(['B-LOC', 'O', 'B-LOC']);
		expect(joinParticles(words('Smith de facto'), ['B-PER', 'O', 'O'])).toEqual([
			'B-PER',
			'O',
			'O'
		]);
	});

	it('does not change the tags it is given', () => {
		const t = ['B-PER', 'O', 'B-PER'];
		joinParticles(words('Omar bin Laden'), t);
		expect(t).toEqual(['B-PER', 'O', 'B-PER']);
	});
});

describe('joinParticles: words left out before the particle', () => {
	it('takes in a capitalised word between the name and a joined article', () => {
		const w = words('the bomber was Humam Khalil Abu-Mulal al-Balawi , a doctor');
		const t = ['O', 'O', 'O', 'B-PER', 'I-PER', 'O', 'O', 'O', 'O', 'O'];
		expect(joinParticles(w, t)).toEqual([
			'O',
			'O',
			'O',
			'B-PER',
			'I-PER',
			'I-PER',
			'I-PER',
			'O',
			'O',
			'O'
		]);
	});
	it('leaves capitalised words with no particle after them', () => {
		const t = ['B-PER', 'O', 'O'];
		expect(joinParticles(words('Smith Monday Morning'), t)).toEqual(t);
	});
});
