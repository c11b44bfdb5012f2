/**
 * Repairs of text damaged by careless translation or copying, as one step before names are
 * read. Each repair only inserts a space, so every offset of the repaired text maps back to
 * the article's own text, and facts keep exact spans of what the article says.
 *
 * The rules, each a fact of English spelling:
 * 1. A short function word is never written joined to a capitalised word: "theUkrainian",
 *    "ofLondon" → "the Ukrainian", "of London".
 * 2. A sentence starts after a space: "the war.The army" → "the war. The army" (not after a
 *    single capital, as in "U.S.", nor inside a web address).
 * 3. A subject pronoun joined to the end of a name that the same article also writes on its
 *    own, right before a verb of saying, is two words: "Marlowhe said", when "Marlow" stands
 *    alone elsewhere, → "Marlow he said". A name that merely ends in "he" or "she" is left.
 */
export interface Repaired {
	text: string;
	/** An offset into the repaired text → the same place in the original. */
	toOriginal(offset: number): number;
	/** An offset into the original → the repaired text; `start` moves past an inserted space. */
	toRepaired(offset: number, side: 'start' | 'end'): number;
}

const FUNCTION_WORD =
	/(?<![\p{L}\p{N}])(the|a|an|of|in|on|to|by|for|and|from|with|at|as)(?=\p{Lu}\p{Ll})/gu;
const GLUED_SENTENCE = /(?<=\p{Ll}{2}[.!?])(?=\p{Lu}\p{Ll})/gu;
const GLUED_PRONOUN =
	/(?<![\p{L}])(\p{Lu}\p{Ll}{2,})(s?he)(?=\s+(?:said|says|added|told|stated|noted|explained|claimed|argued|announced|warned|insisted|replied)\b)/gu;

export function repairText(text: string): Repaired {
	const points = repairPoints(text);
	if (!points.length) return { text, toOriginal: (o) => o, toRepaired: (o) => o };

	let repaired = '';
	let last = 0;
	for (const p of points) {
		repaired += text.slice(last, p) + ' ';
		last = p;
	}
	repaired += text.slice(last);
	// inserted[i] = where, in the repaired text, the i-th inserted space stands
	const inserted = points.map((p, i) => p + i);
	return {
		text: repaired,
		toOriginal(offset) {
			let n = 0;
			while (n < inserted.length && inserted[n] < offset) n++;
			return offset - n;
		},
		toRepaired(offset, side) {
			let n = 0;
			while (
				n < points.length &&
				(points[n] < offset || (side === 'start' && points[n] === offset))
			)
				n++;
			return offset + n;
		}
	};
}

/** Where, in the original text, each repair inserts a space, in order. */
function repairPoints(text: string): number[] {
	const at = new Set<number>();
	for (const m of text.matchAll(FUNCTION_WORD)) at.add(m.index + m[0].length);
	for (const m of text.matchAll(GLUED_SENTENCE)) {
		const before = text.slice(Math.max(0, m.index - 30), m.index);
		if (!/(?:https?:|www\.)\S*$/.test(before)) at.add(m.index);
	}
	for (const m of text.matchAll(GLUED_PRONOUN)) {
		const name = m[1];
		const alone = new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, 'u');
		if (alone.test(text)) at.add(m.index + name.length);
	}
	return [...at].sort((a, b) => a - b);
}

/**
 * The repairs of a whole text, to make again in any part of it: each damaged word as the
 * text has it ("Shoiguhe") and as repaired ("Shoigu he"). A part alone cannot tell them all:
 * whether "Shoiguhe" is a name and a pronoun depends on "Shoigu" standing alone elsewhere.
 */
export function repairsOf(text: string): (part: string) => string {
	const words = new Map<string, string>();
	const points = repairPoints(text);
	for (let i = 0; i < points.length;) {
		const p = points[i];
		const start = Math.max(0, text.lastIndexOf(' ', p - 1) + 1);
		const space = text.indexOf(' ', p);
		const end = space < 0 ? text.length : space;
		let fixed = '';
		let last = start;
		for (; i < points.length && points[i] < end; i++) {
			fixed += text.slice(last, points[i]) + ' ';
			last = points[i];
		}
		fixed += text.slice(last, end);
		words.set(text.slice(start, end), fixed);
	}
	if (!words.size) return (part) => part;
	const pattern = new RegExp(
		[...words.keys()]
			.sort((a, b) => b.length - a.length)
			.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
			.join('|'),
		'g'
	);
	return (part) => part.replace(pattern, (w) => words.get(w) ?? w);
}
