import type { Article } from '../types';
export { parseArticle } from './parse';
export type { Article };
