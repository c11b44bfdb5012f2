import { chunks } from './chunks';

export interface LabelScore {
	label: string;
	precision: number;
	recall: number;
	f1: number;
	gold: number;
	predicted: number;
	correct: number;
}

/** Entity-level precision, recall and F1 as conlleval counts them: exact span and label. */
export function scoreNames(
	gold: readonly (readonly string[])[],
	predicted: readonly (readonly string[])[]
): LabelScore[] {
	const counts = new Map<string, { gold: number; predicted: number; correct: number }>();
	const count = (label: string) => {
		let c = counts.get(label);
		if (!c) counts.set(label, (c = { gold: 0, predicted: 0, correct: 0 }));
		return c;
	};
	gold.forEach((goldTags, k) => {
		const g = chunks(goldTags);
		const p = chunks(predicted[k]);
		const key = (c: { start: number; end: number; label: string }) =>
			`${c.start} ${c.end} ${c.label}`;
		const goldKeys = new Set(g.map(key));
		for (const c of g) count(c.label).gold++;
		for (const c of p) {
			count(c.label).predicted++;
			if (goldKeys.has(key(c))) count(c.label).correct++;
		}
	});
	const rows = [...counts.keys()].sort().map((label) => row(label, counts.get(label)!));
	const all = { gold: 0, predicted: 0, correct: 0 };
	for (const c of counts.values()) {
		all.gold += c.gold;
		all.predicted += c.predicted;
		all.correct += c.correct;
	}
	return [...rows, row('overall', all)];
}

function row(label: string, c: { gold: number; predicted: number; correct: number }): LabelScore {
	const precision = c.predicted ? c.correct / c.predicted : 0;
	const recall = c.gold ? c.correct / c.gold : 0;
	const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
	return { label, precision, recall, f1, ...c };
}

export function formatScores(rows: readonly LabelScore[]): string {
	const pct = (x: number) => (100 * x).toFixed(2).padStart(6);
	const lines = ['label     precision  recall     F1   gold  predicted'];
	for (const r of rows)
		lines.push(
			`${r.label.padEnd(8)}  ${pct(r.precision)}    ${pct(r.recall)}  ${pct(r.f1)}  ${String(r.gold).padStart(5)}  ${String(r.predicted).padStart(9)}`
		);
	return lines.join('\n');
}
