import type { DateValue, FactDetail, FactKind, FigureValue } from '../types';

/** A fact before it gets its id and sentence: what each extractor returns. */
export interface Found {
	kind: FactKind;
	start: number;
	end: number;
	value: string;
	date?: DateValue;
	figure?: FigureValue;
	role?: string;
	aliases?: string[];
	detail?: FactDetail;
	country?: string;
	/** A place named inside an organisation's name ("Michigan" in "University of Michigan"). */
	inName?: boolean;
	/** A date whose year later dates without one may borrow. */
	anchor?: boolean;
	/** A date told relative to the one before it: how far from it. */
	shift?: { unit: 'day' | 'week' | 'month' | 'year'; n: number };
}

/** A stretch of the text already claimed by a fact, so other rules leave it alone. */
export interface Claimed {
	start: number;
	end: number;
}

/** Whether a span of `spans` (sorted by start, not overlapping) meets [start, end). */
export function overlapsSorted(spans: readonly Claimed[], start: number, end: number): boolean {
	let lo = 0;
	let hi = spans.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (spans[mid].end <= start) lo = mid + 1;
		else hi = mid;
	}
	return lo < spans.length && spans[lo].start < end;
}
