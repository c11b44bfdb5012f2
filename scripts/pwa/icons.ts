// Draws the app icons (a deck of cards with lines of text) and writes them as PNG files to
// static/icons. Run: npx tsx scripts/pwa/icons.ts. No image library: shapes are filled
// with 4×4 supersampling and written with zlib.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

type Rgb = [number, number, number];
interface Rect {
	x: number;
	y: number;
	w: number;
	h: number;
	r: number;
	color: Rgb;
}

const BLUE: Rgb = [0x1d, 0x4e, 0xd8];
const PALE: Rgb = [0x93, 0xb4, 0xff];
const WHITE: Rgb = [0xff, 0xff, 0xff];

/** The drawing in a 0–1 square; `inset` shrinks it into the centre (maskable safe zone). */
function shapes(inset: number): Rect[] {
	const s = (v: number) => inset + v * (1 - 2 * inset);
	const d = 1 - 2 * inset;
	const rect = (x: number, y: number, w: number, h: number, r: number, color: Rgb): Rect => ({
		x: s(x),
		y: s(y),
		w: w * d,
		h: h * d,
		r: r * d,
		color
	});
	return [
		rect(0.3, 0.17, 0.5, 0.6, 0.06, PALE),
		rect(0.2, 0.25, 0.5, 0.6, 0.06, WHITE),
		rect(0.28, 0.36, 0.34, 0.055, 0.027, BLUE),
		rect(0.28, 0.47, 0.26, 0.055, 0.027, BLUE),
		rect(0.28, 0.58, 0.3, 0.055, 0.027, BLUE),
		rect(0.28, 0.69, 0.18, 0.055, 0.027, BLUE)
	];
}

function inside(px: number, py: number, { x, y, w, h, r }: Rect): boolean {
	if (px < x || py < y || px > x + w || py > y + h) return false;
	const cx = Math.min(Math.max(px, x + r), x + w - r);
	const cy = Math.min(Math.max(py, y + r), y + h - r);
	return (px - cx) ** 2 + (py - cy) ** 2 <= r * r;
}

/** Pixel colour: background (a rounded square, or full bleed), then each shape on top. */
function render(size: number, maskable: boolean): Buffer {
	const rects = shapes(maskable ? 0.12 : 0);
	const background: Rect = { x: 0, y: 0, w: 1, h: 1, r: maskable ? 0 : 0.18, color: BLUE };
	const SS = 4;
	const rgba = Buffer.alloc(size * size * 4);
	for (let py = 0; py < size; py++)
		for (let px = 0; px < size; px++) {
			const sum = [0, 0, 0, 0];
			for (let sy = 0; sy < SS; sy++)
				for (let sx = 0; sx < SS; sx++) {
					const x = (px + (sx + 0.5) / SS) / size;
					const y = (py + (sy + 0.5) / SS) / size;
					if (!inside(x, y, background)) continue;
					let color = background.color;
					for (const rect of rects) if (inside(x, y, rect)) color = rect.color;
					sum[0] += color[0];
					sum[1] += color[1];
					sum[2] += color[2];
					sum[3] += 255;
				}
			const n = SS * SS;
			const covered = sum[3] / 255 || 1;
			const o = (py * size + px) * 4;
			rgba[o] = Math.round(sum[0] / covered);
			rgba[o + 1] = Math.round(sum[1] / covered);
			rgba[o + 2] = Math.round(sum[2] / covered);
			rgba[o + 3] = Math.round(sum[3] / n);
		}
	return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

function crc32(bytes: Buffer): number {
	let c = 0xffffffff;
	for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
	const head = Buffer.alloc(8);
	head.writeUInt32BE(data.length, 0);
	head.write(type, 4, 'ascii');
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
	return Buffer.concat([head, data, crc]);
}

function png(size: number, rgba: Buffer): Buffer {
	const header = Buffer.alloc(13);
	header.writeUInt32BE(size, 0);
	header.writeUInt32BE(size, 4);
	header[8] = 8; // bit depth
	header[9] = 6; // RGBA
	const rows = Buffer.alloc(size * (size * 4 + 1));
	for (let y = 0; y < size; y++)
		rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(rows, { level: 9 })),
		chunk('IEND', Buffer.alloc(0))
	]);
}

const out = 'static/icons';
mkdirSync(out, { recursive: true });
for (const [name, size, maskable] of [
	['icon-192.png', 192, false],
	['icon-512.png', 512, false],
	['maskable-512.png', 512, true]
] as const) {
	writeFileSync(`${out}/${name}`, png(size, render(size, maskable)));
	console.log(`${out}/${name}`);
}
