import { chunks } from './chunks';
import { BEAM_WIDTH } from './decode';
import { lexiconFeatures } from './lexicon-features';
import { HashedModel } from './model-format';
import defaultModel from './model.json';
import { tagDocument } from './tag-document';
import { tokenize } from './tokenize';
import type { NameLabel, NameModel, NameSpan, NameTagger } from './types';

let cached: HashedModel | undefined;

/** The tagger; without a model it uses the committed one, read once per process or worker. */
export function createNameTagger(model?: NameModel): NameTagger {
	const scorer = model ? new HashedModel(model) : (cached ??= new HashedModel(defaultModel));
	return {
		tag(text, sentences) {
			const tokens = sentences.map((s) => tokenize(text, s.start, s.end));
			const tags = tagDocument(
				scorer,
				tokens.map((ts) => ts.map((t) => t.text)),
				lexiconFeatures,
				BEAM_WIDTH
			);
			const spans: NameSpan[] = [];
			tokens.forEach((ts, k) => {
				for (const c of chunks(tags[k])) {
					const start = ts[c.start].start;
					const end = ts[c.end - 1].end;
					spans.push({ start, end, label: c.label as NameLabel, text: text.slice(start, end) });
				}
			});
			return spans;
		}
	};
}
