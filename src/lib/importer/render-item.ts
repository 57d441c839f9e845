import { Document, isSeq } from 'yaml';
import type { ParsedItem } from './assemble-items.ts';
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
 * so the frontmatter parses back to the same strings. `review` (reasons to check the item, from
 * review-reasons.ts) is written last, on one line, so an editor deletes one line when done.
 */
export function renderItem(item: ParsedItem, place: ItemPlace, review: string[] = []): string {
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
		review: review.length > 0 ? review : undefined,
	};
	const defined = Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined));
	const doc = new Document(defined);
	const reviewNode = doc.get('review', true);
	if (isSeq(reviewNode)) reviewNode.flow = true;
	return `---\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n\n${renderBody(item.paragraphs, item.intertitles)}`;
}
