import type { ParsedPage } from './parse-page.ts';
import { normalize } from './normalize-dump.ts';

/**
 * Marks the importer strips as decoration (byline □/◎, label ■◆【】 and the other label brackets, 「」 among them): recognised, so not
 * counted as lost. Whitespace is not counted either: wraps and column breaks are undone.
 */
export const DECORATION = /[\s□◎☆★△○▲●■◆▍▌▎▋█【】〖〗〔〕［］「」]/gu;

/**
 * Checks that nothing was lost or invented: every character of the dump except junk glyphs,
 * whitespace and decoration ends up exactly once in an item, the page metadata, the furniture
 * list or a warning. Returns the characters missing from and extra in the output (both empty
 * when the invariant holds).
 */
export function checkConservation(dump: string, page: ParsedPage): { missing: string; extra: string } {
	const placed: string[] = [
		page.banner?.text ?? '',
		...page.furniture.map((f) => f.text),
		...page.warnings.map((w) => w.text ?? ''),
	];
	for (const item of page.items) {
		placed.push(
			item.headlineMissing ? '' : item.headline,
			item.kicker ?? '',
			item.subheadline ?? '',
			item.byline ?? '',
			item.credit ?? '',
			item.sectionCopied ? '' : (item.section ?? ''),
			...item.paragraphs,
		);
	}
	const counts = new Map<string, number>();
	for (const char of normalize(dump).text.replace(DECORATION, '')) counts.set(char, (counts.get(char) ?? 0) + 1);
	for (const char of placed.join('').replace(DECORATION, '')) counts.set(char, (counts.get(char) ?? 0) - 1);
	let missing = '';
	let extra = '';
	for (const [char, n] of counts) {
		if (n > 0) missing += char.repeat(n);
		if (n < 0) extra += char.repeat(-n);
	}
	return { missing, extra };
}
