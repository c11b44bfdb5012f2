import type { Paragraph } from '../types';

const TERMINAL = /[.!?…:"”’»)\]]$/;
const HANGING = /(?:[,;\-–—(]|\b(?:the|a|an|of|and|or|to|in|on|at|for|by|with|from|that)\s*)$/i;
const OPENING = /^[\p{Lu}\p{N}"“‘'«(\-–—•*]/u;

/**
 * Splits text into paragraphs. A blank line always ends one; a single line break ends one
 * only when the line looks finished (terminal punctuation, or a short heading), so text
 * hard-wrapped or broken by copy-paste stays in one paragraph.
 */
export function splitParagraphs(text: string): Paragraph[] {
	const lines: { start: number; end: number }[] = [];
	let pos = 0;
	while (pos <= text.length) {
		const nl = text.indexOf('\n', pos);
		const end = nl < 0 ? text.length : nl;
		lines.push({ start: pos, end });
		pos = end + 1;
	}
	const paragraphs: Paragraph[] = [];
	let current: { start: number; end: number } | null = null;
	let previous = '';
	for (const line of lines) {
		const content = text.slice(line.start, line.end);
		const trimmed = content.trim();
		if (!trimmed) {
			if (current) paragraphs.push({ index: paragraphs.length, ...current });
			current = null;
			continue;
		}
		const start = line.start + content.length - content.trimStart().length;
		const end = line.start + content.trimEnd().length;
		if (current && !continues(previous, trimmed)) {
			paragraphs.push({ index: paragraphs.length, ...current });
			current = null;
		}
		if (current) current.end = end;
		else current = { start, end };
		previous = trimmed;
	}
	if (current) paragraphs.push({ index: paragraphs.length, ...current });
	return paragraphs;
}

/** Whether `next` carries on the line `previous` after a single line break. */
function continues(previous: string, next: string): boolean {
	if (TERMINAL.test(previous)) return false;
	if (HANGING.test(previous)) return true;
	// a short line without a final stop, followed by a capital, is a heading
	if (previous.length <= 80 && OPENING.test(next)) return false;
	return true;
}
