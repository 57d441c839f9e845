/** The shapes the tune2 generator passes between composing, laying out and dumping a page. */
import type { GoldItem, GoldPage } from '../corpus-gold/gold.ts';

/** How an item's column label is printed. */
export type LabelStyle = 'square' | 'bracket' | 'bare' | 'vertical';

/** What an item is on the page (the gold kind is coarser). */
export type Role = 'story' | 'commentary' | 'photo' | 'brief' | 'sidebar';

/** One item as printed: its gold and how its parts are set. */
export interface PrintedItem {
	role: Role;
	gold: GoldItem;
	/** The label text (gold section) and its style. */
	label?: { text: string; style: LabelStyle };
	/** The headline's phrases as printed (joined by a space in the gold). */
	phrases: string[];
	/** The byline as printed (marks included) and where it stands. */
	byline?: { text: string; place: 'head' | 'body-top' | 'end' };
	/** A photo's credit as printed and where it stands. */
	credit?: { text: string; place: 'after' | 'before' | 'inline' };
}

/** Where a module's items go in the layout. */
export type Shape =
	| 'plain'
	| 'head-partial'
	| 'photo-inset'
	| 'photo-top'
	| 'box-bottom'
	| 'vertical-head'
	| 'photo'
	| 'photo-beside'
	| 'briefs'
	| 'box';

/** A story or other block of the page with its shape and the items it holds. */
export interface Module {
	/** Indices into the page's items: the host first, then an inset photo or box. */
	items: number[];
	shape: Shape;
	/** Headline size class. */
	head?: 'xl' | 'l' | 'm' | 's';
}

/** A cell of a band: columns `col` to `col + span - 1`, holding modules stacked. */
export interface Cell {
	col: number;
	span: number;
	modules: Module[];
}

/** A row of the page: cells side by side; `tight` sets them close together. */
export interface Band {
	cells: Cell[];
	tight?: boolean;
}

/** The page as composed, before layout. */
export interface ComposedPage {
	gold: GoldPage;
	items: PrintedItem[];
	bands: Band[];
	/** Grid: columns, characters a column, body type size in px. */
	grid: { cols: number; chars: number; size: number };
	header: string[];
	footer: string[];
	/** Content traits (both files). */
	traits: Set<string>;
}
