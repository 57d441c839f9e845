/**
 * The shapes of the held-out corpus: the gold pages of docs/importer.md ("Corpus and scoring"),
 * shared with the development corpus, and what the renderers need to print an item besides its
 * gold fields.
 */
import type { GoldItem, GoldPage } from '../corpus-gold/gold.ts';

export type { GoldItem, GoldPage };

/** What an item is on the page; decides its layout and how its head is printed. */
export type Role = 'lead' | 'story' | 'commentary' | 'interview' | 'sidebar' | 'brief' | 'photo';

/** A gold item with the printing choices the renderers share. */
export interface ComposedItem {
	gold: GoldItem;
	role: Role;
	/** The mark printed before the byline. */
	bylineMark: '' | '□' | '◎';
	/** How the label is marked: ■观潮, 【评论】 or bare. */
	labelMark: '' | '■' | '【】';
	/** False for the second and later items of a group that shares one printed label. */
	labelPrinted: boolean;
	/** The headline as printed, one entry per line (two for a wrapped headline). */
	headlineLines: string[];
	/** The credit as printed, one entry per line (two for a wrapped credit). */
	creditLines: string[];
	/** Items of one run of briefs or photos share a group number. */
	group?: number;
}

/** A composed page: its gold, its items with printing choices, and its furniture. */
export interface ComposedPage {
	gold: GoldPage;
	items: ComposedItem[];
	furniture: { header: string; dateLine: string; paper: string; editor: string; pageNumber: string };
}
