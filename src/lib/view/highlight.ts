export interface Segment {
	text: string;
	marked: boolean;
}

/**
 * Splits `text` into plain and marked runs, marking every case-insensitive occurrence of the
 * terms (longest first, so "Federal Security Service" wins over "Security"). Pure text: the
 * caller renders each run as a text node.
 */
export function markTerms(text: string, terms: readonly string[]): Segment[] {
	const lower = text.toLowerCase();
	const wanted = [...new Set(terms.map((t) => t.trim()).filter((t) => t.length > 1))].sort(
		(a, b) => b.length - a.length
	);
	const marked = new Array<boolean>(text.length).fill(false);
	for (const term of wanted) {
		const needle = term.toLowerCase();
		for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length))
			for (let i = at; i < at + needle.length; i++) marked[i] = true;
	}
	const out: Segment[] = [];
	for (let i = 0; i < text.length; i++) {
		const last = out[out.length - 1];
		if (last && last.marked === marked[i]) last.text += text[i];
		else out.push({ text: text[i], marked: marked[i] });
	}
	return out;
}
