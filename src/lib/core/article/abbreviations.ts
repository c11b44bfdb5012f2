/**
 * Abbreviations whose period is not a sentence end. Titles always precede a name, so they
 * never end a sentence; the others may, when the next word plainly starts a new sentence.
 */
export const TITLE_ABBREVIATIONS = new Set(
	'mr mrs ms dr prof gen col lt sgt capt cpt maj adm sen rep gov pres rev fr st mt sr jr hon amb supt det insp cmdr brig'.split(
		' '
	)
);

export const OTHER_ABBREVIATIONS = new Set(
	[
		'inc ltd co corp plc bros dept est etc vs approx fig no nos vol vols pp al cf ca e.g i.e a.m p.m u.s u.k u.n e.u u.s.a',
		'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun',
		// legal forms of companies, as names end on them around the world
		'kft zrt nyrt gmbh ag sa nv bv spa srl sarl ab asa oy pty bhd llc llp lp pte kk',
		// born, died, married, divorced: the short forms of biographies ("m. 1964; div. 1977")
		'b d m div'
	]
		.join(' ')
		.split(' ')
);

/** Words that start a sentence, so an abbreviation before them ends one ("… Inc. The firm"). */
export const SENTENCE_STARTERS = new Set(
	'the a an it he she they we i this that these those there but and yet so in on at after before as when while however meanwhile his her its their our my mr mrs ms dr its if although though since because'.split(
		' '
	)
);
