/**
 * The shapes the tune3 generator passes between composing (compose.ts), the text dump (dump.ts)
 * and the printed page (html.ts).
 */
import type { GoldItem, GoldPage } from '../corpus-gold/gold.ts';

/** What a story is on the page, which decides how its parts print. */
export type Role = 'lead' | 'article' | 'commentary' | 'photo' | 'brief' | 'sidebar' | 'essay' | 'poem' | 'interview';

/** One item as composed: its gold and how its parts print. */
export interface Story {
	role: Role;
	gold: GoldItem;
	/** The headline as printed, one entry a line (two-phrase heads may take two). */
	headLines: string[];
	/** The label as printed (■视点, 【视点】, 视点), when the item has one. */
	label?: string;
	/** The byline as printed (with □ ◎ marks), and where: under the heads or after the body. */
	byline?: { text: string; at: 'top' | 'end' };
	/** A photo's credit as printed, and where the dump sets it. */
	credit?: { text: string; at: 'after' | 'before' | 'inline' };
	/** A brief's head run into its first paragraph (bold run-in head). */
	runIn?: boolean;
	/** Grid columns the story spans on the page, and the body columns inside it. */
	span: number;
	bodyCols: number;
}

/** A cell of a row: one story, or a few stacked (briefs, a sidebar under a story). */
export interface Cell {
	span: number;
	stories: Story[];
	/** A label over the whole cell (简讯), printed once. */
	cellLabel?: string;
}

/** A composed page before it is dumped and printed. */
export interface Composed {
	gold: GoldPage;
	/** Page furniture: header line, date line, paper, editor line. */
	header: string[];
	footer: string[];
	rows: Cell[][];
	/** Grid columns, body font size in px, characters per grid column. */
	grid: number;
	fontPx: number;
	colChars: number;
}
