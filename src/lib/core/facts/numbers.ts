/** Numbers written in words, and exact scaling of decimal strings ("260.75" × 10⁹). */
export const SMALL_NUMBERS: Record<string, number> = {
	zero: 0,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	sixteen: 16,
	seventeen: 17,
	eighteen: 18,
	nineteen: 19,
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	sixty: 60,
	seventy: 70,
	eighty: 80,
	ninety: 90,
	dozen: 12
};

export const SCALES: Record<string, number> = {
	hundred: 2,
	thousand: 3,
	k: 3,
	million: 6,
	mn: 6,
	m: 6,
	billion: 9,
	bn: 9,
	trillion: 12,
	tn: 12,
	trn: 12
};

/** "twenty-four" → 24, "two" → 2, "a" → 1; NaN when not a number word. */
export function wordNumber(words: string): number {
	let total = 0;
	for (const part of words.toLowerCase().split(/[-\s‑]+/)) {
		if (part === 'a' || part === 'an') total += 1;
		else if (part in SMALL_NUMBERS) total += SMALL_NUMBERS[part];
		else return NaN;
	}
	return total;
}

/** "260.75" scaled by 10^9 → 260750000000, without floating-point noise. */
export function scaleDecimal(digits: string, power: number): number {
	const clean = digits.replace(/,/g, '');
	const [int, frac = ''] = clean.split('.');
	if (power >= frac.length) return Number(int + frac + '0'.repeat(power - frac.length));
	return Number(int + frac) / 10 ** (frac.length - power);
}

/** A number as plain digits: 2000000, 1.5 — never exponent notation. */
export function plainNumber(n: number): string {
	if (Number.isInteger(n) && Math.abs(n) < 1e21) return n.toFixed(0);
	return String(Number(n.toPrecision(12)));
}
