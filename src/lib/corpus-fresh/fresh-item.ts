/**
 * One item of a fresh page: its gold (the truth of what is printed) and how it prints (marks,
 * where the byline and credit sit, boxes), which the text dump and the HTML layout both follow.
 */
import type { GoldItem } from '../corpus-gold/gold.ts';

/** What kind of piece an item is on the page; the layouts size and box it by this. */
export type ItemRole =
	'lead' | 'story' | 'brief' | 'commentary' | 'column' | 'essay' | 'sidebar' | 'interview' | 'photo';

/** How an item's head and marks are printed. */
export interface ItemPrint {
	role: ItemRole;
	/** How the section label prints: ■label, 【label】 or the bare word. */
	labelMark?: 'square' | 'bracket' | 'bare';
	/** The mark before the byline (□, ◎) or none. */
	bylineMark?: '□' | '◎' | '';
	/** The byline over the body (head) or signed under it (tail). */
	bylineAt?: 'head' | 'tail';
	/** A photo's credit run on at the caption's end (inline) or on a line of its own. */
	creditAt?: 'inline' | 'line';
	/** The first two paragraphs are a boxed 核心阅读 (or an editor's note). */
	openingBox?: boolean;
	/** Set in a ruled box in the layout (sidebars, short columns). */
	boxed?: boolean;
	/** False for the later items of a group (briefs) whose label prints once, over the first. */
	labelShown?: boolean;
	/** A photo's picture height, in layout pixels. */
	pictureHeight?: number;
}

/** An item with its gold and its print. */
export interface FreshItem {
	gold: GoldItem;
	print: ItemPrint;
}

/** The label line as printed. */
export function printedLabel(item: FreshItem): string | undefined {
	const { section } = item.gold;
	if (!section || item.print.labelShown === false) return undefined;
	if (item.print.labelMark === 'square') return `■${section}`;
	if (item.print.labelMark === 'bracket') return `【${section}】`;
	return section;
}

/** The byline line as printed, with its mark. */
export function printedByline(item: FreshItem): string | undefined {
	const { byline } = item.gold;
	return byline ? `${item.print.bylineMark ?? ''}${byline}` : undefined;
}
