import type { GoldItem, GoldPage } from '../corpus-gold/gold.ts';

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
	/** A headline set vertically beside its body (竖排标题), on pages of the layout families. */
	vertical?: boolean;
	/** Where a boxed sidebar stands beside the story it serves, on pages of the layout families. */
	placement?: 'left' | 'right' | 'bottom';
	/** A jump line printed before the body (`（上接第1版）`): furniture, not in the gold. */
	jumpFrom?: string;
	/** A jump line printed after the body (`（下转第2版）`): furniture, not in the gold. */
	jumpTo?: string;
}

/** The layout families of the pages from dev-0241 on: a news page, an opinion page, a feature page, a picture page. */
export type Family = 'news' | 'opinion' | 'feature' | 'pictures';

/** A composed page. */
export interface PageModel {
	gold: GoldPage;
	items: PrintedItem[];
	/** The paper's name, printed in the page header. */
	paper: string;
	/** Furniture lines printed above the items (header, date) and below them (editor credits). */
	furniture: { top: string[]; bottom: string[] };
	/** Pages of the layout families (dev-0241 on): the family and its grid of four to eight columns. */
	layout?: { family: Family; columns: number };
	/** Boxed notices and advertisements (订阅, 启事), each a list of lines: furniture, not items. */
	notices?: string[][];
}

/**
 * Everything a page prints that is no gold field: header and footer furniture, column labels,
 * jump lines and notices.
 * @example pageFurniture(model).includes('责任编辑：王芳')
 */
export function pageFurniture(model: PageModel): string[] {
	return [
		...model.furniture.top,
		...model.furniture.bottom,
		...model.items.flatMap((item) => [item.label ?? '', item.jumpFrom ?? '', item.jumpTo ?? '']),
		...(model.notices ?? []).flat(),
	].filter(Boolean);
}
