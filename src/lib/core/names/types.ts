export type NameLabel = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** A name found in a text; offsets are into the text given to the tagger. */
export interface NameSpan {
	start: number;
	end: number;
	label: NameLabel;
	text: string;
	score?: number;
}

export interface NameTagger {
	tag(text: string, sentences: readonly { start: number; end: number }[]): NameSpan[];
}

/**
 * The trained model as committed: feature strings and their sparse integer weights, one
 * line per feature, so it gzips well and loads without any parsing library.
 */
export interface NameModel {
	version: number;
	/** The BIO tags, in the order the weights refer to them. */
	tags: string;
	/** Divide an integer weight by this to get the trained weight. */
	scale: number;
	/** Feature strings, separated by "\n". */
	features: string;
	/** One segment per feature, separated by " ": entries "<tag letter><integer weight>". */
	weights: string;
}

/** A token of text with its offsets into the text it came from. */
export interface Token {
	text: string;
	start: number;
	end: number;
}

/** The tagger; without a model it uses the committed one, loaded once. */
export { createNameTagger } from './tagger';
