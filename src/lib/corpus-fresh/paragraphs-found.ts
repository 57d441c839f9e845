/**
 * The self-check of every fresh page: each gold paragraph must occur, whitespace aside, in the
 * text a dump or pdftotext gives; a layout that loses one is drawn again.
 */
import type { GoldPage } from '../corpus-gold/gold.ts';

const squeeze = (text: string) => text.replace(/\s+/gu, '');

/** The gold paragraphs (as `item#paragraph: text`) that `text` does not hold, whitespace ignored. */
export function missingParagraphs(gold: Pick<GoldPage, 'items'>, text: string): string[] {
	const haystack = squeeze(text);
	return gold.items.flatMap((item, i) =>
		item.paragraphs.flatMap((p, j) =>
			haystack.includes(squeeze(p)) ? [] : [`item ${i + 1} paragraph ${j + 1}: ${p}`],
		),
	);
}
