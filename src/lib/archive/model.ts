import type { ItemData } from '../../schemas/item.ts';
import type { EditionData, PageData } from '../../schemas/edition.ts';

/** One item as the archive lookups see it: its frontmatter plus where it lives. */
export interface ArchiveItem {
	/** Content collection id, unique in the archive. */
	id: string;
	/** Last part of the permalink, unique on its page. */
	slug: string;
	/** Validated frontmatter. */
	data: Pick<ItemData, 'headline' | 'date' | 'page' | 'order' | 'kind' | 'authors'> & Partial<ItemData>;
}

/** One printed page: its manifest entry and its items in print order. */
export interface ArchivePage<I extends ArchiveItem = ArchiveItem> extends PageData {
	date: string;
	items: I[];
}

/** One day's paper: its pages in page order. */
export interface ArchiveEdition<I extends ArchiveItem = ArchiveItem> extends Omit<EditionData, 'pages'> {
	pages: ArchivePage<I>[];
}
