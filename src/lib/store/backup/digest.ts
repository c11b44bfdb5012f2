import { BACKUP_FORMAT } from './format';

/**
 * A signed file starts with this header, byte for byte, and the digest covers every byte
 * after it: the file is checked as it lies on disk, before it is parsed, so no edit and no
 * damage (a flipped bit, a cut, another encoding) can pass for the learner's data.
 */
const SIGNED = new RegExp(
	`^\\{"format":"${BACKUP_FORMAT}","version":(\\d{1,6}),"digest":"sha256-([0-9a-f]{64})",`
);

export interface SignedHeader {
	version: number;
	digest: string;
	/** Where the signed bytes start (the header is ASCII: chars and bytes agree). */
	bodyStart: number;
}

/** The header of a signed file, or null when the text does not start with one. */
export function signedHeader(text: string): SignedHeader | null {
	const match = SIGNED.exec(text.slice(0, 200));
	return match ? { version: Number(match[1]), digest: match[2], bodyStart: match[0].length } : null;
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
	if (!globalThis.crypto?.subtle)
		throw new Error('This browser cannot check backup files (no Web Crypto).');
	const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource));
	return Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The file's text: `body` is a JSON object's members after its `{`, e.g. from
 * `JSON.stringify(obj).slice(1)`, and becomes the signed part.
 */
export async function signBackup(version: number, body: string): Promise<string> {
	const digest = await sha256Hex(new TextEncoder().encode(body));
	return `{"format":"${BACKUP_FORMAT}","version":${version},"digest":"sha256-${digest}",${body}`;
}
