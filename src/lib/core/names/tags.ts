export const TAGS = [
	'O',
	'B-PER',
	'I-PER',
	'B-ORG',
	'I-ORG',
	'B-LOC',
	'I-LOC',
	'B-MISC',
	'I-MISC'
] as const;

export type Tag = (typeof TAGS)[number];

/** An I- tag may only continue a name of the same label. */
export function allowedAfter(tag: string, prev: string): boolean {
	return tag[0] !== 'I' || (prev !== 'O' && prev.slice(2) === tag.slice(2));
}
