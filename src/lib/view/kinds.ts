import type { FactKind } from '$lib/core/types';

export const KIND_LABELS: Record<FactKind, string> = {
	date: 'Date',
	figure: 'Figure',
	organisation: 'Organisation',
	person: 'Person',
	place: 'Place'
};
