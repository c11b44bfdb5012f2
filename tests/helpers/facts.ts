import { parseArticle } from '$lib/core/article/parse';
import { hash64 } from '$lib/core/hash';
import type { Article, Fact, FactKind } from '$lib/core/types';

/** One hand-made fact: its kind and span, and what the extractor would add. */
export interface FactSpec {
	kind: FactKind;
	text: string;
	/** Which occurrence of `text` in the article, from 0. */
	nth?: number;
	value?: string;
	aliases?: string[];
	role?: string;
	counts?: string;
}

/** The next whole-word occurrence: "Russia" is not found in "Russian". */
function wholeWord(text: string, span: string, from: number): number {
	for (let i = text.indexOf(span, from); i >= 0; i = text.indexOf(span, i + 1)) {
		const before = text[i - 1] ?? ' ';
		const after = text[i + span.length] ?? ' ';
		if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return i;
	}
	return -1;
}

/**
 * Builds Fact[] for tests by locating each span in the article, so tests of the question
 * builder do not wait for the fact extractor. Throws on a span that is not in the text.
 */
export function factsFor(text: string, specs: FactSpec[]): { article: Article; facts: Fact[] } {
	const article = parseArticle(text);
	const facts = specs.map((spec) => {
		let start = -1;
		for (let i = 0; i <= (spec.nth ?? 0); i++)
			start = wholeWord(article.text, spec.text, start + 1);
		if (start < 0) throw new Error(`not in the article: ${spec.text}`);
		const end = start + spec.text.length;
		const sentence =
			article.sentences.find((s) => s.start <= start && end <= s.end) ??
			article.sentences.find((s) => s.start <= start && start < s.end)!;
		const fact: Fact = {
			id: hash64(`${article.id}|${spec.kind}|${start}`),
			kind: spec.kind,
			text: spec.text,
			start,
			end,
			sentence: sentence.text,
			sentenceIndex: sentence.index,
			value: spec.value ?? spec.text
		};
		if (spec.aliases) fact.aliases = spec.aliases;
		if (spec.role) fact.role = spec.role;
		if (spec.counts) fact.figure = { number: 0, counts: spec.counts, style: 'digits' };
		// a year alone is read as the extractor reads it, so rules that weigh years can be tried
		if (spec.kind === 'date' && /^\d{4}$/.test(spec.text))
			fact.date = { granularity: 'year', year: Number(spec.text) };
		return fact;
	});
	return { article, facts };
}
