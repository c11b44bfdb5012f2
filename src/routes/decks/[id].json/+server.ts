import { error, json } from '@sveltejs/kit';
import { bundledDecks } from '$lib/server/bundled';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	bundledDecks().map((deck) => ({ id: deck.article.id }));

export const GET: RequestHandler = ({ params }) => {
	const deck = bundledDecks().find((d) => d.article.id === params.id);
	if (!deck) error(404, 'No such deck');
	return json(deck);
};
