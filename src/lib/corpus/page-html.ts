import { escapeHtml } from '../corpus-gold/escape-html.ts';
import type { PrintedItem } from './page-model.ts';

/**
 * What the corpus page layouts share (render-html.ts, render-grid-html.ts, render-family-html.ts):
 * the style every page draws from its seed, and the small pieces of HTML they print.
 */

/** A page's grid, measure and type, drawn per page; type sizes are multiples of the body size. */
export interface PageStyle {
	columns: number;
	width: number;
	gutter: number;
	font: string;
	body: number;
	leading: number;
	align: 'justify' | 'left';
	/** Headline sizes, of a story and of the lead. */
	head: number;
	lead: number;
	/** Column labels in reverse type (white on black), or underlined. */
	reverse: boolean;
	/** Rules between rows and columns, or none. */
	rules: boolean;
}

/** A size rounded to a tenth of a pixel. @example tenths(12 * 1.15) // 13.8 */
export function tenths(n: number): number {
	return Math.round(n * 10) / 10;
}

/** A line of text in a div of class `cls`, or nothing when there is no text. @example textLine('byline', '本报记者 王芳') */
export function textLine(cls: string, text: string | undefined | null): string {
	return text ? `<div class="${cls}">${escapeHtml(text)}</div>` : '';
}

/** An item's head as printed: kicker, headline (after its list mark, if any) and subheadline. */
export function headHtml(item: PrintedItem): string {
	const { gold } = item;
	return [
		textLine('kicker', gold.kicker),
		textLine('headline', gold.headline === null ? null : (item.headlineMark ?? '') + gold.headline),
		textLine('subheadline', gold.subheadline),
	].join('');
}

/** An item's byline after its mark (□, ◎), or nothing. */
export function bylineHtml(item: PrintedItem): string {
	return textLine('byline', item.gold.byline && item.bylineMark + item.gold.byline);
}
