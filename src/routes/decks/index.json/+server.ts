import { json } from '@sveltejs/kit';
import { bundledDeckIndex } from '$lib/server/bundled';

export const prerender = true;

export function GET() {
	return json(bundledDeckIndex());
}
