/**
 * Where a page's items go in print: a style (type sizes, columns, rules, indents, caption side)
 * and rows of cells, each cell holding items in reading order. Drawn per attempt, so that a page
 * whose PDF text loses a paragraph can be laid out again; `plain` stacks every item full width.
 */
import type { Rng } from '../bench/prng.ts';
import type { ComposedPage } from './compose-page.ts';
import type { FreshItem } from './fresh-item.ts';

/** The type and rules of one layout. */
export interface LayoutStyle {
	width: number;
	font: number;
	/** Line height in em: pdftotext keeps a column's lines together only when they sit closer than about 1.5 em. */
	leading: number;
	headline: number;
	gutter: number;
	rules: boolean;
	justify: boolean;
	/** First-line indent in em; 0 sets paragraphs apart by space. */
	indent: 0 | 1 | 2;
	verticalSide: 'left' | 'right';
	caption: 'under' | 'beside' | 'over';
	pictureScale: number;
}

/** A cell of a row: item indices, its width share, its body columns, vertical heads or not. */
export interface LayoutCell {
	items: number[];
	span: number;
	columns: number;
	vertical: boolean;
}

/** A laid-out page and the `pdf:` traits it shows. */
export interface PageLayout {
	style: LayoutStyle;
	rows: { cells: LayoutCell[] }[];
	traits: string[];
}

/** Lays `page` out; `plain` gives the safe full-width stack. */
export function planLayout(page: ComposedPage, rng: Rng, plain = false): PageLayout {
	const style: LayoutStyle = {
		width: rng.pick([900, 980, 1060]),
		font: rng.pick([10, 11, 12, 13]),
		leading: rng.pick([1.25, 1.3, 1.35, 1.4]),
		headline: rng.pick([18, 20, 22, 24]),
		gutter: rng.pick([24, 30, 36]),
		rules: rng.chance(0.7),
		justify: rng.chance(0.6),
		indent: rng.pick([2, 2, 1, 0] as const),
		verticalSide: rng.pick(['left', 'right'] as const),
		caption: rng.pick(['under', 'under', 'beside', 'over'] as const),
		pictureScale: rng.pick([0.8, 1, 1.3]),
	};
	const traits = new Set<string>([
		style.justify ? 'pdf:justified' : 'pdf:ragged',
		style.indent ? `pdf:para-indent-${style.indent}` : 'pdf:para-gap',
		style.font <= 10 ? 'pdf:body-small' : style.font >= 13 ? 'pdf:body-large' : 'pdf:body-medium',
	]);
	if (page.items.some((item) => item.print.role === 'photo')) traits.add(`pdf:caption-${style.caption}`);
	const units = groupUnits(page);
	const rows: PageLayout['rows'] = [];
	const maxColumns = Math.round(style.width / (style.font * 14));
	let next = 0;
	if (plain) {
		traits.add('pdf:stacked');
		for (const unit of units) rows.push({ cells: [{ items: unit, span: 1, columns: 1, vertical: false }] });
		return { style, rows, traits: [...traits].sort() };
	}
	const first = page.items[units[0][0]];
	if (['lead', 'commentary'].includes(first.print.role)) {
		const vertical = first.print.role === 'lead' && rng.chance(0.35);
		if (vertical) traits.add(`pdf:vertical-headline-${style.verticalSide}`);
		const columns = rng.int(3, Math.min(6, maxColumns));
		traits.add(columns >= 5 ? 'pdf:columns-5-6' : 'pdf:columns-3-4');
		rows.push({ cells: [{ items: units[0], span: 1, columns, vertical }] });
		next = 1;
	}
	while (next < units.length) {
		const unit = units[next];
		// A photo group takes a row of its own, a picture to a cell.
		if (groupNumber(page.items[unit[0]]) === '①' && unit.length > 1) {
			rows.push({ cells: unit.map((i) => ({ items: [i], span: 1, columns: 1, vertical: false })) });
			next++;
			continue;
		}
		const take = Math.min(units.length - next, rng.int(1, 3));
		const chosen = units.slice(next, next + take);
		next += take;
		const spans = chosen.map(() => rng.int(2, 5));
		const total = spans.reduce((a, b) => a + b, 0);
		if (chosen.length > 1) traits.add('pdf:side-by-side');
		rows.push({
			cells: chosen.map((items, c) => {
				const columns = Math.max(1, Math.min(4, Math.round((maxColumns * spans[c]) / total) - 1));
				const vertical =
					items.length === 1 && page.items[items[0]].print.role === 'story' && columns >= 2 && rng.chance(0.2);
				if (vertical) traits.add(`pdf:vertical-headline-${style.verticalSide}`);
				return { items, span: spans[c], columns, vertical };
			}),
		});
	}
	return { style, rows, traits: [...traits].sort() };
}

/** The items in units that stay together: a run of briefs, a photo group, any other item alone. */
function groupUnits(page: ComposedPage): number[][] {
	const units: number[][] = [];
	page.items.forEach((item, i) => {
		const last = units.at(-1);
		const prev = last ? page.items[last.at(-1) ?? 0] : undefined;
		const together =
			prev &&
			((item.print.role === 'brief' && prev.print.role === 'brief' && item.print.labelShown === false) ||
				(/[②-⑤]/.test(groupNumber(item) ?? '') && groupNumber(prev) !== undefined));
		if (together && last) last.push(i);
		else units.push([i]);
	});
	return units;
}

/** A group photo's number mark (① …), from its caption's 图①： opening. */
function groupNumber(item: FreshItem): string | undefined {
	return item.print.role === 'photo' ? /^图([①-⑤])：/u.exec(item.gold.paragraphs[0])?.[1] : undefined;
}
