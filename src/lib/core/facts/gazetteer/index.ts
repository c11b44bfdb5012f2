export { COUNTRY_NAMES, DEMONYMS } from './countries';
export * from './words';
