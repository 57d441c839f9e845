import { addTally, emptyTally, figuresOf, type Figures, type Tally } from './split-tally.ts';

/** The variants of a page: its text dump, the text extracted from its PDF, and the PDF importer's split of the PDF itself. */
export type Variant = 'text' | 'pdf' | 'layout';

/** One scored file. */
export interface FileResult {
	set: string;
	id: string;
	variant: Variant;
	/** The page's traits. */
	traits: string[];
	tally: Tally;
}

/** The figures of one corpus set: overall, by variant, by trait. */
export interface SetReport {
	pages: number;
	overall: Figures;
	variants: Partial<Record<Variant, Figures>>;
	traits: Record<string, Figures>;
}

/** Whether a page trait applies to a variant: `text:…` and `pdf:…` only to theirs (`pdf:…` also to `layout`), others to all. */
export function traitApplies(trait: string, variant: Variant): boolean {
	const scope = /^(text|pdf):/.exec(trait)?.[1];
	return scope === undefined || scope === variant || (scope === 'pdf' && variant === 'layout');
}

/** Adds up file results into a report per set, in the order the sets first appear. */
export function reportSets(results: FileResult[]): Record<string, SetReport> {
	const sets: Record<
		string,
		{ pages: Set<string>; overall: Tally; variants: Map<Variant, Tally>; traits: Map<string, Tally> }
	> = {};
	for (const r of results) {
		const set = (sets[r.set] ??= { pages: new Set(), overall: emptyTally(), variants: new Map(), traits: new Map() });
		set.pages.add(r.id);
		addTally(set.overall, r.tally);
		addTally(getOrNew(set.variants, r.variant), r.tally);
		for (const trait of r.traits) if (traitApplies(trait, r.variant)) addTally(getOrNew(set.traits, trait), r.tally);
	}
	const out: Record<string, SetReport> = {};
	for (const [name, set] of Object.entries(sets)) {
		out[name] = {
			pages: set.pages.size,
			overall: figuresOf(set.overall),
			variants: Object.fromEntries([...set.variants].map(([v, t]) => [v, figuresOf(t)])),
			traits: Object.fromEntries(
				[...set.traits].sort(([a], [b]) => a.localeCompare(b)).map(([k, t]) => [k, figuresOf(t)]),
			),
		};
	}
	return out;
}

function getOrNew<K>(map: Map<K, Tally>, key: K): Tally {
	let t = map.get(key);
	if (!t) map.set(key, (t = emptyTally()));
	return t;
}
