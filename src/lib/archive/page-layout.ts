/** What the page layout knows of an item: its kind, how long it reads, whether it has a picture. */
export interface LayoutItem {
	kind: 'article' | 'commentary' | 'photo';
	/** Characters of text (rehype-excerpt.ts `textLength`). */
	textLength: number;
	/** A photo item with its picture, or an article with one. */
	image: boolean;
}

/** One item's block on the page grid. */
export interface LayoutBlock {
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

function block(columns: number, lines: number): LayoutBlock {
	return {
		columns,
		excerpt: columns * CHARS_PER_COLUMN * lines,
		textColumns: columns >= 5 ? 3 : columns >= 4 ? 2 : 1,
	};
}

/** Narrows (the least needy first, to two columns at least) or widens (the neediest first) the blocks of a row until it is exactly full. */
function fit(row: { item: LayoutItem; columns: number }[]) {
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
 * Lays out a printed page: the first item leads across the page, the others follow in print
 * order in rows of blocks whose widths come from kind, length and picture; every row is filled
 * (no block stands alone with its row empty beside it), and each block's excerpt is sized so
 * that the blocks of a row end near the same height.
 * @example pageLayout([lead, a, b]).rows // [[{ columns: 3, … }, { columns: 3, … }]]
 */
export function pageLayout(items: readonly LayoutItem[]): { lead?: LayoutBlock; rows: LayoutBlock[][] } {
	if (items.length === 0) return { rows: [] };
	const [first, ...rest] = items;
	const lead = block(GRID_COLUMNS, LEAD_LINES);
	// A short lead still sets its text in columns only as far as it fills them.
	lead.textColumns = Math.max(1, Math.min(3, Math.floor(Math.min(first.textLength, lead.excerpt) / 120)));
	const rows: { item: LayoutItem; columns: number }[][] = [];
	let row: { item: LayoutItem; columns: number }[] = [];
	let used = 0;
	for (const item of rest) {
		const columns = naturalColumns(item);
		if (used + columns > GRID_COLUMNS) {
			rows.push(row);
			row = [];
			used = 0;
		}
		row.push({ item, columns });
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
		rows: rows.map((r) => r.map((b) => block(b.columns, ROW_LINES))),
	};
}
