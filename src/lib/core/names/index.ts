export type { NameLabel, NameModel, NameSpan, NameTagger } from './types';
export { createNameTagger } from './tagger';
export { tokenize } from './tokenize';
