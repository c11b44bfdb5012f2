/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Only wires events: what to cache and how to answer lives in $lib/pwa/sw.
import { build, files, prerendered, version } from '$service-worker';
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { precacheEntries } from '$lib/pwa/sw/precache';
import { pageForNavigation } from '$lib/pwa/sw/navigation';

const sw = self as unknown as ServiceWorkerGlobalScope;

precacheAndRoute(precacheEntries({ build, files, prerendered, version }), {
	ignoreURLParametersMatching: [/.*/],
	cleanURLs: false,
	directoryIndex: ''
});
cleanupOutdatedCaches();

const pages = new Set(prerendered);
registerRoute(
	new NavigationRoute(async ({ url, request }) => {
		const cached = await matchPrecache(pageForNavigation(url.pathname, pages));
		return cached ?? fetch(request);
	})
);

// A new version waits until the learner clicks "reload": the page sends SKIP_WAITING.
sw.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') void sw.skipWaiting();
	// Lets the page (and the update test) ask which version is serving it.
	if (event.data?.type === 'GET_VERSION') event.ports[0]?.postMessage(version);
});

// The very first install takes the open page at once, so it works offline without a reload.
clientsClaim();
