import type { GoldItem, GoldPage } from '../corpus/gold.ts';
import type { Desk } from './desk-prose.ts';

/**
 * The tune corpus's page model: the gold, plus how each item is printed (marks, line breaks,
 * jump lines) and laid out, from which the text dump and the HTML for the PDF are both drawn.
 */

/** What an item is on the page; decides its printed furniture, not its gold kind alone. */
export type TuneRole =
	'lead' | 'story' | 'commentary' | 'essay' | 'brief' | 'photo' | 'photo-group' | 'poem' | 'sidebar' | 'letter';

/** One item: its gold and how it is printed. */
export interface TuneItem {
	gold: GoldItem;
	role: TuneRole;
	/** The headline as printed, one entry a line (a wrapped or two-part headline has several). */
	headLines: string[];
	/** The byline line as printed, with its marks (□本报记者 宋爽, ◎郝佳丽, （本报记者 某某 采访整理）). */
	bylinePrint?: string;
	/** Where the byline is printed: over the body, or after it (a sign-off). */
	bylineAt: 'top' | 'bottom';
	/** The column label as printed, with its marks (■观潮, 【今日谈】, 视点). */
	sectionPrint?: string;
	/** A photo's credit line as printed. */
	creditPrint?: string;
	/** 转版 lines printed after the body (下转) or before it (上接): furniture, not body. */
	jumpOut?: string;
	jumpIn?: string;
	/** A brief whose bold lead-in (its headline) runs on the first body line. */
	inlineLead?: boolean;
	/** Paragraph indices that open a new stanza (poems), or a boxed part (核心阅读). */
	breaksBefore?: number[];
	/** Paragraph indices printed as a boxed run at the head of the item (核心阅读, 编者按). */
	boxedHead?: number[];
}

/** How one item is set in the HTML page. */
export interface TuneBlock {
	item: number;
	columns: number;
	head: 'top' | 'side' | 'vertical-right' | 'vertical-left' | 'below';
	box: boolean;
	photo?: { at: 'above' | 'inside' | 'left'; caption: 'under' | 'beside' | 'over'; height: number };
	bodySize: number;
	headSize: number;
	indent: 0 | 1 | 2;
	gap: boolean;
	align: 'left' | 'center';
}

/** A horizontal band of the page: cells side by side, each a stack of blocks. */
export interface TuneRow {
	cells: { weight: number; blocks: TuneBlock[]; rule: boolean }[];
}

/** The habits of the tool that made the text dump. */
export interface TextHabits {
	/** Characters a line before a hard wrap; 0: a paragraph is one line. */
	width: number;
	/** Lines a column holds before the tool leaves a blank line (a column break); 0: none. */
	columnLines: number;
	paragraphs: 'blank' | 'indent-ideographic' | 'indent-spaces' | 'blank-indent' | 'none';
	heads: 'before' | 'after' | 'stacked' | 'mixed';
	labels: 'before' | 'after-head' | 'after-body';
	furnitureAt: 'top' | 'bottom' | 'split';
	junk: boolean;
	crlf: boolean;
	/** A space set between a CJK character and a number, as some extractions leave it. */
	digitSpaces: boolean;
	/** Headlines printed with their internal line breaks, letter-spaced or not. */
	letterSpacedHeads: boolean;
}

/** Text on the page that is no item: headers, footers, boxes. */
export interface TuneFurniture {
	header: string[];
	footer: string[];
	/** Boxes such as 导读 or a sponsor's line, each a list of lines, with the item they follow. */
	boxes: { after: number; lines: string[] }[];
}

/** One page of the tune corpus. */
export interface TunePage {
	gold: GoldPage;
	desk: Desk;
	items: TuneItem[];
	furniture: TuneFurniture;
	rows: TuneRow[];
	habits: TextHabits;
	/** Page width in CSS pixels (the height follows the content). */
	width: number;
}
