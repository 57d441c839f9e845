import { stringify } from 'yaml';
import type { ParsedItem } from './assemble.ts';
import { renderBody } from './render-body.ts';

/** Where an item sits: its edition, page, position and the dump lines it came from. */
export interface ItemPlace {
	date: string;
	page: number;
	order: number;
	source: string;
}

/**
 * The Markdown file of one item: YAML frontmatter in the content schema's field order, then the
 * paragraphs. The `yaml` library quotes whatever needs quoting (a headline with `: `, `#`, quotes),
 * so the frontmatter parses back to the same strings.
 */
export function renderItem(item: ParsedItem, place: ItemPlace): string {
	const data = {
		headline: item.headline,
		kicker: item.kicker,
		subheadline: item.subheadline,
		byline: item.byline,
		authors: item.authors,
		section: item.section,
		kind: item.kind,
		credit: item.credit,
		date: place.date,
		page: place.page,
		order: place.order,
		source: place.source,
	};
	const defined = Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined));
	return `---\n${stringify(defined, { lineWidth: 0 })}---\n\n${renderBody(item.paragraphs, item.intertitles)}`;
}
