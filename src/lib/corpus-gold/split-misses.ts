import type { GoldItem } from './gold.ts';
import { canonical, sameText } from './compare-text.ts';
import { matchItems } from './match-items.ts';
import type { ScoredItem } from './score-split.ts';

/**
 * What went wrong with one gold item (a development aid for the splitter; never run on held-out
 * pages). Body: `absorbed` (no parsed item of its own: its text is inside another's), `lost` (not
 * matched and not inside any parsed item), `merged` (its parsed item holds more
 * text), `over-split` (its parsed item holds only part of it), `body-reordered` (every character
 * right, in another order: pieces of its columns put out of reading order), `body-differs` (the
 * rest: text both missing and extra). Headline:
 * `headline-missing` (the parse has a placeholder), `headline-to-neighbour` (its headline went to
 * another parsed item), `neighbour-headline` (it got another gold item's headline),
 * `spurious-headline` (a photo without a title got one), `headline-extra` (the headline with more
 * text, a kicker or subheadline joined), `headline-partial`, `headline-differs`. And `authors`.
 */
export type MissCategory =
	| 'lost'
	| 'absorbed'
	| 'merged'
	| 'over-split'
	| 'body-reordered'
	| 'body-differs'
	| 'headline-missing'
	| 'headline-to-neighbour'
	| 'neighbour-headline'
	| 'spurious-headline'
	| 'headline-extra'
	| 'headline-partial'
	| 'headline-differs'
	| 'authors';

/** One gold item the parse got wrong, with every category that applies and a short detail. */
export interface Miss {
	gold: number;
	categories: MissCategory[];
	/** Gold headline, parsed headline, and where the gold headline went (or the body's difference). */
	detail: string;
}

/** A parsed page as the diagnosis reads it: items, plus the banner and unplaced text if any. */
export interface DiagnosedParse {
	items: ScoredItem[];
	banner?: string;
	unplaced?: string[];
}

const clip = (text: string, n = 24) => {
	const chars = [...text];
	return chars.length > n ? `${chars.slice(0, n).join('')}…` : text;
};

/**
 * The misses of one file: for each gold item not exactly right (headline, authors, body), why.
 * Items are matched as the scorer matches them (`matchItems`).
 * @example diagnoseFile(gold, { items }).map((m) => m.categories)
 */
export function diagnoseFile(gold: GoldItem[], parse: DiagnosedParse): Miss[] {
	const { items } = parse;
	const goldBodies = gold.map((g) => canonical(g.paragraphs.join('')));
	const parsedBodies = items.map((p) => canonical(p.paragraphs.join('')));
	const match = new Map(matchItems(goldBodies, parsedBodies));
	const headlineOf = (p: ScoredItem) => (p.headlineMissing ? null : p.headline);
	const out: Miss[] = [];
	gold.forEach((g, gi) => {
		const pi = match.get(gi);
		if (pi === undefined) {
			const absorbed = parsedBodies.some((body) => goldBodies[gi] !== '' && body.includes(goldBodies[gi]));
			out.push({
				gold: gi,
				categories: [absorbed ? 'absorbed' : 'lost'],
				detail: `“${clip(g.headline ?? '')}” ${whereIs(g.headline, parse)}`,
			});
			return;
		}
		const p = items[pi];
		const categories: MissCategory[] = [];
		const details: string[] = [];
		const [want, got] = [goldBodies[gi], parsedBodies[pi]];
		if (want !== got) {
			categories.push(
				got.includes(want)
					? 'merged'
					: want.includes(got)
						? 'over-split'
						: sameCharacters(want, got)
							? 'body-reordered'
							: 'body-differs',
			);
			details.push(`body ${bodyDiff(want, got)}`);
		}
		const headline = headlineOf(p);
		if (!sameText(g.headline, headline)) {
			const want = g.headline === null ? '' : canonical(g.headline);
			const have = headline === null ? '' : canonical(headline);
			const taken = items.findIndex((q, qi) => qi !== pi && sameText(g.headline, headlineOf(q)));
			const neighbour = gold.findIndex((h, hi) => hi !== gi && h.headline !== null && sameText(h.headline, headline));
			if (g.headline === null) categories.push('spurious-headline');
			else if (headline === null) categories.push('headline-missing');
			else if (neighbour >= 0) categories.push('neighbour-headline');
			else if (have.includes(want)) categories.push('headline-extra');
			else if (want.includes(have)) categories.push('headline-partial');
			else categories.push('headline-differs');
			if (taken >= 0 && g.headline !== null) categories.push('headline-to-neighbour');
			details.push(
				`headline “${clip(g.headline ?? '—')}” got “${clip(headline ?? '—')}”${g.headline === null ? '' : `; gold ${whereIs(g.headline, parse, pi)}`}`,
			);
		}
		const authors = g.authors.length === p.authors.length && g.authors.every((a, i) => sameText(a, p.authors[i]));
		if (!authors) {
			categories.push('authors');
			details.push(`authors [${g.authors.join(',')}] got [${p.authors.join(',')}]`);
		}
		if (categories.length > 0) out.push({ gold: gi, categories, detail: details.join('; ') });
	});
	return out;
}

/** Where a gold headline ended up in the parse, in a few words. */
function whereIs(headline: string | null, parse: DiagnosedParse, own?: number): string {
	if (headline === null) return 'untitled';
	const want = canonical(headline);
	const found: string[] = [];
	parse.items.forEach((p, i) => {
		const tag = i === own ? 'own' : `item ${i + 1}`;
		if (!p.headlineMissing && canonical(p.headline).includes(want)) found.push(`headline of ${tag}`);
		if (p.kicker && canonical(p.kicker).includes(want)) found.push(`kicker of ${tag}`);
		if (p.subheadline && canonical(p.subheadline).includes(want)) found.push(`subheadline of ${tag}`);
		if (p.section && canonical(p.section).includes(want)) found.push(`section of ${tag}`);
		if (canonical(p.paragraphs.join('')).includes(want)) found.push(`body of ${tag}`);
	});
	if (parse.banner && canonical(parse.banner).includes(want)) found.push('banner');
	if (parse.unplaced?.some((text) => canonical(text).includes(want))) found.push('unplaced');
	return found.length > 0 ? `in ${found.join(', ')}` : 'nowhere whole';
}

/** Whether two texts hold the same characters, each as often, in any order. */
function sameCharacters(a: string, b: string): boolean {
	const sorted = (text: string) => [...text].sort().join('');
	return a.length === b.length && sorted(a) === sorted(b);
}

/** The difference between two bodies as extra or missing text at the start and end. */
function bodyDiff(want: string, got: string): string {
	const [a, b] = [[...want], [...got]];
	let start = 0;
	while (start < a.length && start < b.length && a[start] === b[start]) start++;
	let end = 0;
	while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
	const missing = a.slice(start, a.length - end).join('');
	const extra = b.slice(start, b.length - end).join('');
	const at = start === 0 ? 'start' : end === 0 ? 'end' : 'inside';
	return [missing && `missing “${clip(missing)}”`, extra && `extra “${clip(extra)}”`, `at ${at}`]
		.filter(Boolean)
		.join(' ');
}

/** Counts of each category over many misses, largest first. */
export function countMisses(misses: Miss[]): [MissCategory, number][] {
	const counts = new Map<MissCategory, number>();
	for (const miss of misses) for (const c of miss.categories) counts.set(c, (counts.get(c) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
