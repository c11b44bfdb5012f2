// Every page is prerendered: the app is static files that a service worker can cache.
export const prerender = true;
export const trailingSlash = 'never';
