import type { GoldPage } from '../corpus/gold.ts';

/**
 * The corpus's promise that both dumps hold every gold paragraph: a paragraph's text, whitespace
 * aside, occurs in the dump. A page whose PDF extraction breaks a paragraph is drawn again.
 */

/** Strips whitespace (line breaks, indents, full-width spaces) for the comparison. */
function squeeze(text: string): string {
	return text.replace(/\s+/gu, '');
}

/** The gold paragraphs a dump does not hold, as `item #i paragraph #j: text`. @example missingParagraphs(gold, text).length // 0 */
export function missingParagraphs(gold: GoldPage, dump: string): string[] {
	const haystack = squeeze(dump);
	const missing: string[] = [];
	gold.items.forEach((item, i) =>
		item.paragraphs.forEach((p, j) => {
			if (!haystack.includes(squeeze(p))) missing.push(`item #${i + 1} paragraph #${j + 1}: ${p.slice(0, 24)}…`);
		}),
	);
	return missing;
}
