import type { RegionBounds } from './region-bounds.ts';

/** What the page layout knows of an item: its kind, how long it reads, whether it has a picture, where it stood. */
export interface LayoutItem {
	kind: 'article' | 'commentary' | 'photo';
	/** Characters of text (rehype-excerpt.ts `textLength`). */
	textLength: number;
	/** A photo item with its picture, or an article with one. */
	image: boolean;
	/** Where it stood on the printed page, for a page imported from its PDF (region-bounds.ts). */
	region?: RegionBounds;
}

/** One item's block on the page grid. */
export interface LayoutBlock {
	/** The item it lays out: its index in the list given to pageLayout. */
	item: number;
	/** Grid columns it spans, of GRID_COLUMNS. */
	columns: number;
	/** Characters of excerpt it shows, so that the blocks of a row end near the same height. */
	excerpt: number;
	/** Text columns inside the block (a wide block sets its text in columns, as print does). */
	textColumns: number;
}

/** The page view's grid: six columns, as a broadsheet's. */
export const GRID_COLUMNS = 6;
/** Lines of text a row's blocks show, and the lead story's. */
const ROW_LINES = 7;
const LEAD_LINES = 9;
/** Characters of a line in one grid column of the desktop sheet (about 9 at the body size). */
const CHARS_PER_COLUMN = 9;
/** Regions whose tops lie within this share of the page's height stand side by side in one row. */
const ROW_BAND = 0.05;
/** A region this share of the largest one's size or more is as large: the topmost of them leads. */
const LEAD_TIE = 0.9;

/** The width an item asks for: a picture half the page, a long article more, a commentary a narrow column. */
function naturalColumns(item: LayoutItem): number {
	if (item.kind === 'photo') return item.image ? 3 : 2;
	if (item.kind === 'commentary') return 2;
	if (item.textLength >= 1500) return 4;
	if (item.textLength >= 700) return 3;
	return 2;
}

/** How much a block would gain from one more column: long text and pictures first. */
function need(item: LayoutItem, columns: number): number {
	return (item.image ? 3000 : item.textLength) / columns;
}

/** The width an item takes: as wide as it stood on the printed page, else as wide as it asks for. */
function columnsOf(item: LayoutItem): number {
	if (!item.region) return naturalColumns(item);
	return Math.max(2, Math.min(GRID_COLUMNS, Math.round(item.region.width * GRID_COLUMNS)));
}

/**
 * The order the items are laid out in, lead first: print order, or where regions are known, the
 * largest region (the topmost of those about as large) leads and the others follow from the top
 * of the page down, left to right along a row; an item without a region follows the one before it.
 */
function placeOrder(items: readonly LayoutItem[]): number[] {
	const indices = items.map((_, i) => i);
	if (!items.some((item) => item.region)) return indices;
	const largest = Math.max(...items.map((item) => item.region?.area ?? 0));
	const lead = indices
		.filter((i) => (items[i].region?.area ?? 0) >= largest * LEAD_TIE)
		.reduce((a, b) => (items[b].region!.y < items[a].region!.y ? b : a));
	let key: [number, number] = [-1, -1];
	const keys = items.map((item) => {
		if (item.region) key = [Math.floor(item.region.y / ROW_BAND), item.region.x];
		return key;
	});
	const rest = indices
		.filter((i) => i !== lead)
		.sort((a, b) => keys[a][0] - keys[b][0] || keys[a][1] - keys[b][1] || a - b);
	return [lead, ...rest];
}

function block(item: number, columns: number, lines: number): LayoutBlock {
	return {
		item,
		columns,
		excerpt: columns * CHARS_PER_COLUMN * lines,
		textColumns: columns >= 5 ? 3 : columns >= 4 ? 2 : 1,
	};
}

/** Narrows (the least needy first, to two columns at least) or widens (the neediest first) the blocks of a row until it is exactly full. */
function fit(row: { index: number; item: LayoutItem; columns: number }[]) {
	const total = () => row.reduce((sum, b) => sum + b.columns, 0);
	while (total() > GRID_COLUMNS) {
		const narrowable = row.filter((b) => b.columns > 2);
		narrowable.reduce((a, b) => (need(b.item, b.columns) < need(a.item, a.columns) ? b : a)).columns--;
	}
	while (total() < GRID_COLUMNS) {
		row.reduce((a, b) => (need(b.item, b.columns) > need(a.item, a.columns) ? b : a)).columns++;
	}
}

/**
 * Lays out a printed page: the lead item goes across the page, the others follow in rows of
 * blocks; every row is filled (no block stands alone with its row empty beside it), and each
 * block's excerpt is sized so that the blocks of a row end near the same height. Without regions
 * the first item leads, the others keep print order, and widths come from kind, length and
 * picture; with regions (a page imported from its PDF) the order and widths come from where the
 * items stood on the printed page (placeOrder, columnsOf). Blocks name their item by its index.
 * @example pageLayout([lead, a, b]).rows // [[{ item: 1, columns: 3, … }, { item: 2, columns: 3, … }]]
 */
export function pageLayout(items: readonly LayoutItem[]): { lead?: LayoutBlock; rows: LayoutBlock[][] } {
	if (items.length === 0) return { rows: [] };
	const [first, ...rest] = placeOrder(items);
	const lead = block(first, GRID_COLUMNS, LEAD_LINES);
	// A short lead still sets its text in columns only as far as it fills them.
	lead.textColumns = Math.max(1, Math.min(3, Math.floor(Math.min(items[first].textLength, lead.excerpt) / 120)));
	type Placed = { index: number; item: LayoutItem; columns: number };
	const rows: Placed[][] = [];
	let row: Placed[] = [];
	let used = 0;
	for (const index of rest) {
		const item = items[index];
		const columns = columnsOf(item);
		if (used + columns > GRID_COLUMNS) {
			rows.push(row);
			row = [];
			used = 0;
		}
		row.push({ index, item, columns });
		used += columns;
	}
	if (row.length) rows.push(row);
	// A last item alone takes one from a row of three or more above it, so two share the last row.
	const last = rows.at(-1);
	const above = rows.at(-2);
	if (last?.length === 1 && above && above.length >= 3) last.unshift(above.pop()!);
	for (const r of rows) fit(r);
	return {
		lead,
		rows: rows.map((r) => r.map((b) => block(b.index, b.columns, ROW_LINES))),
	};
}
