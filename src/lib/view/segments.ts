import type { Fact } from '$lib/core/types';

export type Part =
	| { type: 'text'; text: string }
	| { type: 'fact'; fact: Fact; text: string }
	| { type: 'sentence'; parts: Part[] };

export interface Block {
	start: number;
	parts: Part[];
}

export interface Span {
	start: number;
	end: number;
}

/** Where a fact's sentence is in the text: the occurrence of it that holds the fact. */
export function sentenceSpan(text: string, fact: Fact): Span | null {
	const at = text.lastIndexOf(fact.sentence, fact.start);
	if (at < 0 || at + fact.sentence.length < fact.end) return null;
	return { start: at, end: at + fact.sentence.length };
}

/** Facts that can be shown as highlights: in range, matching the text, not overlapping. */
export function placeableFacts(text: string, facts: readonly Fact[]): Fact[] {
	const sorted = [...facts]
		.filter((f) => f.start >= 0 && f.end <= text.length && f.start < f.end)
		.sort((a, b) => a.start - b.start || b.end - a.end);
	const out: Fact[] = [];
	let end = -1;
	for (const f of sorted) {
		if (f.start < end) continue;
		out.push(f);
		end = f.end;
	}
	return out;
}

/**
 * The text as paragraphs (one per non-empty line) of plain runs and facts, with the
 * `focus` span (a sentence to point at) wrapped as its own part. Offsets come from the facts;
 * the result is rendered as text nodes, never as HTML.
 */
export function buildBlocks(text: string, facts: readonly Fact[], focus: Span | null): Block[] {
	const placed = placeableFacts(text, facts);
	const blocks: Block[] = [];
	const lines = /[^\n]+/g;
	for (let m = lines.exec(text); m; m = lines.exec(text)) {
		if (!m[0].trim()) continue;
		const start = m.index;
		const end = start + m[0].length;
		blocks.push({ start, parts: partsOf(text, start, end, placed, focus) });
	}
	return blocks;
}

function partsOf(
	text: string,
	start: number,
	end: number,
	facts: readonly Fact[],
	focus: Span | null
): Part[] {
	if (focus && focus.start >= start && focus.end <= end) {
		const sentence: Part = { type: 'sentence', parts: runs(text, focus.start, focus.end, facts) };
		return [
			...runs(text, start, focus.start, facts),
			sentence,
			...runs(text, focus.end, end, facts)
		];
	}
	return runs(text, start, end, facts);
}

function runs(text: string, start: number, end: number, facts: readonly Fact[]): Part[] {
	const out: Part[] = [];
	let at = start;
	for (const f of facts) {
		if (f.start < start || f.end > end) continue;
		if (f.start > at) out.push({ type: 'text', text: text.slice(at, f.start) });
		out.push({ type: 'fact', fact: f, text: text.slice(f.start, f.end) });
		at = f.end;
	}
	if (at < end) out.push({ type: 'text', text: text.slice(at, end) });
	return out;
}
