import { FACT_KINDS, type Deck, type Fact, type Question } from '$lib/core/types';
import { openFactdeckDb } from '$lib/store/db';

let counter = 0;

/** A fresh database with a unique name, so tests never share state. */
export function openTestDb(label = 'db') {
	counter++;
	return openFactdeckDb({ name: `test-${label}-${counter}` });
}

/** A hand-made deck: `n` cloze questions `q0…`, one fact each, kinds in turn. */
export function makeDeck(articleId: string, n: number, generator = 1, skip: number[] = []): Deck {
	const facts: Fact[] = [];
	const questions: Question[] = [];
	for (let i = 0; i < n; i++) {
		if (skip.includes(i)) continue;
		const kind = FACT_KINDS[i % FACT_KINDS.length];
		const fact: Fact = {
			id: `${articleId}-f${i}`,
			kind,
			text: `V${i}`,
			start: i * 10,
			end: i * 10 + 2,
			sentence: `Sentence ${i} with V${i}.`,
			sentenceIndex: i,
			value: `V${i}`
		};
		facts.push(fact);
		questions.push({
			id: `${articleId}-q${i}`,
			type: 'cloze',
			prompt: `Sentence ${i} with ____.`,
			answer: `V${i}`,
			factIds: [fact.id],
			source: fact.sentence,
			kind
		});
	}
	return {
		article: { id: articleId, title: `Title ${articleId}`, words: 100 },
		generator,
		facts,
		questions
	};
}
