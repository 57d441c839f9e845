import { stringify } from 'yaml';
import type { ItemData } from '../../schemas/item.ts';

/** Fields of an item as written to its file: defaults may be left out, the date is a string. */
export type ItemFrontmatter = Partial<ItemData> & Pick<ItemData, 'headline' | 'date' | 'page' | 'order'>;

/** A Markdown item file: YAML frontmatter, then the body's paragraphs separated by blank lines. */
export function itemFile(frontmatter: ItemFrontmatter, paragraphs: string[]): string {
	// Undefined optional fields must not reach YAML as `null`: the schema rejects null.
	const fields = Object.fromEntries(Object.entries(frontmatter).filter(([, v]) => v !== undefined));
	return `---\n${stringify(fields, { lineWidth: 0 })}---\n\n${paragraphs.join('\n\n')}\n`;
}
