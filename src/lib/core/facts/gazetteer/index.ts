export { COUNTRY_NAMES, DEMONYMS } from './countries';
export { CITY_NAMES } from './cities';
export { ORGANISATION_NAMES } from './organisations';
export { FIRST_NAMES } from './names';
export * from './words';
