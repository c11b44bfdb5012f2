/**
 * Scores a deck's facts against a hand-made key, by the rules of the shared score-facts tool:
 * a generated span matches a key span when one holds the other word for word and the shorter
 * has at least half the words of the longer; recall counts `core` key facts, precision counts
 * unique generated facts (a `minor` key fact found is no error), coverage counts the core key
 * facts some question asks about.
 */
import type { Deck, FactKind } from '../../src/lib/core/types';

export interface KeyFact {
	text: string;
	normalised?: string;
	salience?: 'core' | 'minor';
	variants?: { text?: string; normalised?: string }[];
}
export type Key = Partial<Record<KeyGroup, KeyFact[]>>;
type KeyGroup = 'dates' | 'figures' | 'organisations' | 'people' | 'places';

const GROUPS: Record<KeyGroup, FactKind> = {
	dates: 'date',
	figures: 'figure',
	organisations: 'organisation',
	people: 'person',
	places: 'place'
};
export const KINDS = Object.values(GROUPS);

export interface KindScore {
	kind: FactKind;
	key: number;
	found: number;
	asked: number;
	generated: number;
	correct: number;
	missed: string[];
	wrong: string[];
}
export interface Score {
	recall: number;
	precision: number;
	coverage: number;
	kinds: KindScore[];
}

export function norm(s: string | undefined): string {
	return String(s ?? '')
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[’‘`]/g, "'")
		.replace(/'s\b/g, '')
		.replace(/[^\p{L}\p{N}.%]+/gu, ' ')
		.replace(/(^|\s)(the|on|in|at|of|since|by)(?=\s)/g, ' ')
		.replace(/\.(?=\s|$)/g, '')
		.trim()
		.replace(/\s+/g, ' ');
}

const wordCount = (s: string) => s.split(' ').length;
function holds(a: string, b: string): boolean {
	if (a === b) return true;
	const [short, long] = a.length < b.length ? [a, b] : [b, a];
	return ` ${long} `.includes(` ${short} `) && wordCount(short) * 2 >= wordCount(long);
}

interface KeyEntry {
	kind: FactKind;
	texts: string[];
	label: string;
	required: boolean;
}

function keyEntries(key: Key): KeyEntry[] {
	const entries: KeyEntry[] = [];
	for (const [group, kind] of Object.entries(GROUPS) as [KeyGroup, FactKind][]) {
		const seen = new Set<string>();
		for (const f of key[group] ?? []) {
			const names = [
				f.text,
				f.normalised,
				...(f.variants ?? []).flatMap((v) => [v.text, v.normalised])
			];
			const texts = [...new Set(names.filter(Boolean).map(norm).filter(Boolean))];
			if (!texts.length || seen.has(texts[0])) continue;
			seen.add(texts[0]);
			entries.push({ kind, texts, label: f.text, required: f.salience !== 'minor' });
		}
	}
	return entries;
}

export function scoreDeck(deck: Deck, key: Key): Score {
	const entries = keyEntries(key);
	const asked = new Set(deck.questions.flatMap((q) => q.factIds));
	const generated: { kind: FactKind; text: string; ids: string[] }[] = [];
	const byText = new Map<string, (typeof generated)[number]>();
	for (const f of deck.facts) {
		const text = norm(f.text);
		if (!text) continue;
		const id = `${f.kind}|${text}`;
		const known = byText.get(id);
		if (known) known.ids.push(f.id);
		else {
			const g = { kind: f.kind, text, ids: [f.id] };
			byText.set(id, g);
			generated.push(g);
		}
	}
	let found = 0;
	let covered = 0;
	let correct = 0;
	const kinds: KindScore[] = KINDS.map((kind) => {
		const required = entries.filter((e) => e.kind === kind && e.required);
		const all = entries.filter((e) => e.kind === kind);
		const gen = generated.filter((g) => g.kind === kind);
		const row: KindScore = {
			kind,
			key: required.length,
			found: 0,
			asked: 0,
			generated: gen.length,
			correct: 0,
			missed: [],
			wrong: []
		};
		for (const e of required) {
			const hits = gen.filter((g) => e.texts.some((t) => holds(g.text, t)));
			if (hits.length) row.found++;
			else row.missed.push(e.label);
			if (hits.some((h) => h.ids.some((id) => asked.has(id)))) row.asked++;
		}
		for (const g of gen) {
			if (all.some((e) => e.texts.some((t) => holds(g.text, t)))) row.correct++;
			else row.wrong.push(g.text);
		}
		found += row.found;
		covered += row.asked;
		correct += row.correct;
		return row;
	});
	const ratio = (a: number, b: number) => (b ? a / b : 1);
	const required = entries.filter((e) => e.required).length;
	return {
		recall: ratio(found, required),
		precision: ratio(correct, generated.length),
		coverage: ratio(covered, required),
		kinds
	};
}
