/** A file name from an article title: letters, digits and dashes, never empty. */
export function fileNameFor(title: string, extension: string): string {
	const slug = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return `${slug || 'factdeck-deck'}.${extension}`;
}

/** Saves `content` as a file on the learner's device; made here, so no network is involved. */
export function downloadFile(name: string, content: string, type: string): void {
	const url = URL.createObjectURL(new Blob([content], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	document.body.append(link);
	link.click();
	link.remove();
	// The click has started the download by the next task; the URL is no longer needed.
	setTimeout(() => URL.revokeObjectURL(url), 0);
}
