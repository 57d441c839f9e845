import type { GoldItem } from './gold.ts';
import { canonical, sameText } from './compare-text.ts';
import { matchItems } from './match-items.ts';
import { emptyTally, type OptionalField, type Tally } from './split-tally.ts';

/** The fields of a parsed item the scorer reads (the importer's ParsedItem has them all). */
export interface ScoredItem {
	headline: string;
	headlineMissing: boolean;
	kicker?: string;
	subheadline?: string;
	authors: string[];
	section?: string;
	kind: string;
	credit?: string;
	paragraphs: string[];
}

/** What the importer made of one file: its items and whether it kept every character. */
export type FileParse = { items: ScoredItem[]; conserved: boolean } | { error: string };

/**
 * Scores one file's parse against its gold items, by the rules of docs/importer.md (Corpus and
 * scoring): items matched one to one by shared body text; per gold item, each field exact under
 * `canonical`; paragraph boundaries as offsets in the canonical body; a gold item left unmatched
 * scores nothing and its boundaries count as missed.
 */
export function scoreFile(gold: GoldItem[], parse: FileParse): Tally {
	const t = emptyTally();
	t.files = 1;
	t.goldItems = gold.length;
	const items = 'error' in parse ? [] : parse.items;
	if ('error' in parse) t.parseErrors = 1;
	else if (!parse.conserved) t.conservationFailures = 1;
	t.parsedItems = items.length;
	for (const g of gold) {
		count(t.kicker, g.kicker, undefined, false);
		count(t.subheadline, g.subheadline, undefined, false);
		count(t.credit, g.credit, undefined, false);
	}
	const goldBodies = gold.map((g) => canonical(g.paragraphs.join('')));
	const parsedBodies = items.map((p) => canonical(p.paragraphs.join('')));
	const matched = matchItems(goldBodies, parsedBodies);
	const matchedParsed = new Set(matched.map(([, p]) => p));
	const matchedGold = new Set(matched.map(([g]) => g));
	for (const [gi, pi] of matched) {
		const g = gold[gi];
		const p = items[pi];
		const headline = sameText(g.headline, p.headlineMissing ? null : p.headline);
		const authors = g.authors.length === p.authors.length && g.authors.every((a, i) => sameText(a, p.authors[i]));
		const section = sameText(g.section, p.section);
		const kind = g.kind === p.kind;
		const body = goldBodies[gi] === parsedBodies[pi];
		const kicker = count(t.kicker, g.kicker, p.kicker, true);
		const subheadline = count(t.subheadline, g.subheadline, p.subheadline, true);
		count(t.credit, g.credit, p.credit, true);
		t.headline += Number(headline);
		t.authors += Number(authors);
		t.section += Number(section);
		t.kind += Number(kind);
		t.body += Number(body);
		t.itemExact += Number(headline && authors && body);
		t.itemExactAll += Number(headline && authors && body && kicker && subheadline && section && kind);
		const want = boundaries(g.paragraphs);
		const got = boundaries(p.paragraphs);
		for (const b of got) if (want.has(b)) t.boundaries.tp++;
		t.boundaries.fp += [...got].filter((b) => !want.has(b)).length;
		t.boundaries.fn += [...want].filter((b) => !got.has(b)).length;
	}
	gold.forEach((g, i) => void (matchedGold.has(i) || (t.boundaries.fn += boundaries(g.paragraphs).size)));
	items.forEach((p, i) => void (matchedParsed.has(i) || (t.boundaries.fp += boundaries(p.paragraphs).size)));
	return t;
}

/**
 * Counts an optional field: with `scored` false, adds the gold item to `n` if it has the field;
 * with `scored` true, adds a hit or a spurious value. Returns whether the parse agrees (both
 * absent counts as agreeing).
 */
function count(field: OptionalField, want: string | undefined, got: string | undefined, scored: boolean): boolean {
	const ok = sameText(want, got === '' ? undefined : got);
	if (!scored) field.n += Number(want !== undefined);
	else if (want !== undefined) field.ok += Number(ok);
	else if (got) field.spurious++;
	return ok;
}

/** The paragraph boundaries of a body: the canonical offsets where a paragraph after the first starts. */
export function boundaries(paragraphs: string[]): Set<number> {
	const out = new Set<number>();
	let offset = 0;
	paragraphs.forEach((p, i) => {
		if (i > 0) out.add(offset);
		offset += canonical(p).length;
	});
	return out;
}
