export * from './types';
export * from './errors';
export { hash64, seededRandom, seededShuffle } from './hash';
export { parseArticle, type ParseOptions } from './article/parse';
export { extractFacts } from './facts';
export { buildQuestions } from './questions';
export { generateDeck, GENERATOR_VERSION } from './deck';
