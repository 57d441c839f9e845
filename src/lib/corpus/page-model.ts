import type { GoldItem, GoldPage } from './gold.ts';

/**
 * A composed page: its gold split plus how each item is printed (marks, labels, groups), which
 * the text and HTML renderers share. The gold says what the items are; this says how they look.
 */

/** The role of an item in the layout, which decides its block and its type sizes. */
export type ItemRole = 'lead' | 'article' | 'commentary' | 'sidebar' | 'brief' | 'photo';

/** One item with its printing choices. */
export interface PrintedItem {
	gold: GoldItem;
	role: ItemRole;
	/** The column label as printed (`■观潮`, `【视点】`, `视点`), on the first item of a group only. */
	label?: string;
	/** The mark before the byline: □, ◎ or none. */
	bylineMark: '' | '□' | '◎';
	/** A list mark before a brief's headline (●), dropped in the gold. */
	headlineMark?: string;
	/** Items printed as one block share a group number (a photo group, a column of briefs). */
	group: number;
}

/** A composed page. */
export interface PageModel {
	gold: GoldPage;
	items: PrintedItem[];
	/** The paper's name, printed in the page header. */
	paper: string;
	/** Furniture lines printed above the items (header, date) and below them (editor credits). */
	furniture: { top: string[]; bottom: string[] };
}
