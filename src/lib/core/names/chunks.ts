/** A name as token positions: tokens [start, end) with a label. */
export interface Chunk {
	start: number;
	end: number;
	label: string;
}

/**
 * Names in a BIO sequence, read as conlleval reads them: a chunk starts at B-, or at an I-
 * whose label differs from the tag before, and ends where the next tag does not continue it.
 */
export function chunks(tags: readonly string[]): Chunk[] {
	const out: Chunk[] = [];
	let open: Chunk | undefined;
	tags.forEach((tag, i) => {
		const label = tag === 'O' ? '' : tag.slice(2);
		const continues = open && tag[0] === 'I' && open.label === label;
		if (open && !continues) {
			open.end = i;
			out.push(open);
			open = undefined;
		}
		if (tag !== 'O' && !continues) open = { start: i, end: i + 1, label };
	});
	if (open) {
		open.end = tags.length;
		out.push(open);
	}
	return out;
}
