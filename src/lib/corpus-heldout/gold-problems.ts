import type { GoldPage } from './types.ts';

/** Text as the scorer compares it: no whitespace, no private-use junk glyphs. */
export function squeeze(text: string): string {
	return text.replace(/[\s\p{Co}]/gu, '');
}

/**
 * What of a page's gold is not in its dump: every head field must appear in it, and every item's
 * paragraphs must appear in it in order, each unbroken once whitespace and junk glyphs are gone.
 * Returns one message per problem, empty when the gold is true to the dump.
 */
export function goldProblems(gold: GoldPage, dump: string): string[] {
	const text = squeeze(dump);
	const problems: string[] = [];
	const where = (i: number) => `${gold.id} item ${i + 1}`;
	if (gold.banner && !text.includes(squeeze(gold.banner)))
		problems.push(`${gold.id}: banner “${gold.banner}” not in the dump`);
	gold.items.forEach((item, i) => {
		for (const field of ['headline', 'kicker', 'subheadline', 'byline', 'credit', 'section'] as const) {
			const value = item[field];
			if (value && !text.includes(squeeze(value))) problems.push(`${where(i)}: ${field} “${value}” not in the dump`);
		}
		for (const name of item.authors)
			if (!text.includes(name)) problems.push(`${where(i)}: author “${name}” not in the dump`);
		let from = 0;
		item.paragraphs.forEach((paragraph, j) => {
			const at = text.indexOf(squeeze(paragraph), from);
			if (at < 0)
				problems.push(
					`${where(i)}: paragraph ${j + 1} “${paragraph.slice(0, 20)}…” not in the dump after the one before`,
				);
			else from = at + squeeze(paragraph).length;
		});
		for (const index of item.intertitles ?? [])
			if (!(index >= 0 && index < item.paragraphs.length))
				problems.push(`${where(i)}: intertitle index ${index} out of range`);
	});
	return problems;
}
