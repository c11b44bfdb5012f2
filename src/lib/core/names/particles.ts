/**
 * Many family names open with a lower-case particle: Arabic "bin", "ibn", "bint" and the
 * article "al-" / "el-" joined to the name, Dutch "van" / "van der", German "von", Romance
 * "de", "da", "di", "del", "della", "dos", "du". A person's name runs on through them to the
 * capitalised word they lead to ("Salim Ahmed bin Hamdan", "Maria van der Berg", "Khalid
 * al-Rashidi"), where a tagger that learnt names from capitals stops at the particle.
 */
const PARTICLE = new Set([
	'bin',
	'ibn',
	'bint',
	'binti',
	'van',
	'von',
	'der',
	'den',
	'de',
	'da',
	'di',
	'del',
	'della',
	'dos',
	'das',
	'du',
	'ter',
	'zu'
]);

/** An Arabic article joined to a capitalised name: "al-Rashidi", "el-Sisi", "Al-Assad". */
const JOINED_ARTICLE = /^(?:al|el|ul|ad|ar|as|ash|at|az|an)[-‐‑]\p{Lu}/iu;

const CAPITALISED = /^\p{Lu}/u;

/**
 * Extends each person's name over the particles after it, to the capitalised word (or joined
 * article) they lead to, and takes in a joined-article word right after it. At most two
 * particles ("van der") stand between; a particle not followed by a capitalised word stays
 * outside ("Ahmed di" is not a name). Returns new tags; `tags` is not changed.
 */
export function joinParticles(words: readonly string[], tags: readonly string[]): string[] {
	const out = [...tags];
	for (let i = 1; i < words.length; i++) {
		if (!isPerson(out[i - 1])) continue;
		// capitalised words the tagger left out before the particle ("Abu-Mulal al-Balawi")
		let j = i;
		while (j < words.length && j - i < 2 && out[j] === 'O' && CAPITALISED.test(words[j])) j++;
		const k0 = j;
		while (j < words.length && j - k0 < 2 && PARTICLE.has(words[j])) j++;
		const next = words[j];
		if (next === undefined) continue;
		const joined = JOINED_ARTICLE.test(next);
		if (j === k0 && !joined) continue;
		if (!joined && !CAPITALISED.test(next)) continue;
		// the word the particles lead to, and any words of its name after it
		for (let k = i; k <= j; k++) out[k] = 'I-PER';
		let k = j + 1;
		while (k < words.length && out[k].startsWith('I-')) out[k++] = 'I-PER';
		i = k - 1;
	}
	return out;
}

function isPerson(tag: string | undefined): boolean {
	return tag === 'B-PER' || tag === 'I-PER';
}
