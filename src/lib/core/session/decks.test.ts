import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateDeck } from '../deck';
import { buildSession } from './session';
import { siblingKeys } from './pick';

const dir = new URL('../facts/fixtures/', import.meta.url);
const articles = readdirSync(dir).filter((f) => f.endsWith('.txt'));
const NOW = Date.UTC(2026, 0, 1);

describe('the first session of a new deck, on every fixture article', () => {
	it.each(articles)(
		'%s: up to ten questions of every type, no two of one fact or sentence',
		(f) => {
			const deck = generateDeck(readFileSync(new URL(f, dir), 'utf8'));
			const s = buildSession({
				id: 's',
				articleId: null,
				due: [],
				fresh: deck.questions,
				suspended: new Set(),
				now: NOW
			});
			const asked = s.queue.map((id) => deck.questions.find((q) => q.id === id)!);
			const types = new Set(deck.questions.map((q) => q.type));
			// A deck of few sentences gives a shorter session rather than siblings, still of every
			// type where its sentences allow: questions that all stand on one sentence give one.
			const sentences = new Set(deck.questions.map((q) => q.source)).size;
			expect(asked.length).toBeGreaterThanOrEqual(Math.min(types.size, sentences));
			const askedTypes = new Set(asked.map((q) => q.type));
			if (sentences >= types.size) expect(askedTypes).toEqual(types);
			else for (const t of askedTypes) expect(types).toContain(t);
			const keys = asked.flatMap(siblingKeys);
			expect(new Set(keys).size).toBe(keys.length);
		}
	);
});
