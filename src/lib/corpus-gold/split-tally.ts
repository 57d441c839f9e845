/**
 * The counts the split benchmark adds up over files, and the figures (rates) read from them.
 */

/** A field scored over the gold items that have it, with the parses that invent one apart. */
export interface OptionalField {
	/** Gold items with the field. */
	n: number;
	/** Of those, how many the parse got exactly. */
	ok: number;
	/** Gold items without the field that the parse gave one. */
	spurious: number;
}

/** Counts over one file or many. */
export interface Tally {
	files: number;
	goldItems: number;
	parsedItems: number;
	parseErrors: number;
	conservationFailures: number;
	headline: number;
	kicker: OptionalField;
	subheadline: OptionalField;
	credit: OptionalField;
	authors: number;
	section: number;
	kind: number;
	body: number;
	/** Headline, authors and body exact (the definition). */
	itemExact: number;
	/** Every scored field exact: headline, kicker, subheadline, authors, section, kind, body. */
	itemExactAll: number;
	boundaries: { tp: number; fp: number; fn: number };
}

/** A tally of nothing. */
export function emptyTally(): Tally {
	const field = () => ({ n: 0, ok: 0, spurious: 0 });
	return {
		files: 0,
		goldItems: 0,
		parsedItems: 0,
		parseErrors: 0,
		conservationFailures: 0,
		headline: 0,
		kicker: field(),
		subheadline: field(),
		credit: field(),
		authors: 0,
		section: 0,
		kind: 0,
		body: 0,
		itemExact: 0,
		itemExactAll: 0,
		boundaries: { tp: 0, fp: 0, fn: 0 },
	};
}

/** Adds `b` into `a` and returns `a`. */
export function addTally(a: Tally, b: Tally): Tally {
	for (const key of Object.keys(a) as (keyof Tally)[]) {
		const x = a[key];
		const y = b[key];
		if (typeof x === 'number' && typeof y === 'number') (a[key] as number) = x + y;
		else for (const k of Object.keys(x)) (x as Record<string, number>)[k] += (y as Record<string, number>)[k];
	}
	return a;
}

/** The figures of a tally, as fractions (null where nothing was scored). */
export interface Figures {
	files: number;
	goldItems: number;
	parsedItems: number;
	/** Parsed items per gold item: 1 is right, more is files split apart, fewer merged. */
	filesPerItem: number | null;
	headline: number | null;
	kicker: number | null;
	kickerSpurious: number;
	subheadline: number | null;
	subheadlineSpurious: number;
	credit: number | null;
	authors: number | null;
	section: number | null;
	kind: number | null;
	body: number | null;
	itemExact: number | null;
	itemExactAll: number | null;
	paragraphF1: number | null;
	conservationFailures: number;
	parseErrors: number;
}

/** Reads the figures off a tally. */
export function figuresOf(t: Tally): Figures {
	const rate = (n: number, d: number) => (d === 0 ? null : n / d);
	const { tp, fp, fn } = t.boundaries;
	return {
		files: t.files,
		goldItems: t.goldItems,
		parsedItems: t.parsedItems,
		filesPerItem: rate(t.parsedItems, t.goldItems),
		headline: rate(t.headline, t.goldItems),
		kicker: rate(t.kicker.ok, t.kicker.n),
		kickerSpurious: t.kicker.spurious,
		subheadline: rate(t.subheadline.ok, t.subheadline.n),
		subheadlineSpurious: t.subheadline.spurious,
		credit: rate(t.credit.ok, t.credit.n),
		authors: rate(t.authors, t.goldItems),
		section: rate(t.section, t.goldItems),
		kind: rate(t.kind, t.goldItems),
		body: rate(t.body, t.goldItems),
		itemExact: rate(t.itemExact, t.goldItems),
		itemExactAll: rate(t.itemExactAll, t.goldItems),
		paragraphF1: tp + fp + fn === 0 ? null : (2 * tp) / (2 * tp + fp + fn),
		conservationFailures: t.conservationFailures,
		parseErrors: t.parseErrors,
	};
}
