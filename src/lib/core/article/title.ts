import type { Paragraph } from '../types';

const MAX_HEADLINE = 160;
const MAX_TITLE = 90;

/** Whether the first paragraph is a headline: one short line, no final stop, then a blank line. */
export function isHeadline(text: string, paragraphs: Paragraph[]): boolean {
	const first = paragraphs[0];
	if (!first || paragraphs.length < 2) return false;
	const line = text.slice(first.start, first.end);
	if (line.includes('\n') || line.length > MAX_HEADLINE || /[.;,:]$/.test(line)) return false;
	return /\n[^\S\n]*\n/.test(text.slice(first.end, paragraphs[1].start));
}

/** The first sentence, cut at a word boundary when long. */
export function shortenTitle(sentence: string): string {
	const clean = sentence.replace(/\s+/g, ' ').trim();
	if (clean.length <= MAX_TITLE) return clean.replace(/\.$/, '');
	const cut = clean.slice(0, MAX_TITLE);
	const space = cut.lastIndexOf(' ');
	return (space > MAX_TITLE / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '') + '…';
}
