import { GROUP_LISTS, type GroupKind } from '../lib/archive/group-lists.ts';
import { groupBy } from '../lib/archive/group-by.ts';
import { listPaths, type ListView } from '../lib/archive/list-pages.ts';
import { rendersListings } from '../lib/parts/build-scope.ts';
import { settings } from '../settings.ts';
import { loadArchive, type Item } from './archive.ts';

/** The props of one view of an author's or a section's list. */
export interface GroupListProps {
	name: string;
	view: ListView<Item>;
}

/**
 * The static paths of the author or the section list route: every view of every name's list. A
 * part has none: it leaves the pages that list across years to the join (docs/scale.md).
 */
export async function groupListPaths(kind: GroupKind) {
	if (!rendersListings(settings.scope)) return [];
	const { items } = await loadArchive();
	const { names } = GROUP_LISTS[kind];
	return listPaths(
		groupBy(items, (item) => names(item.data)),
		settings.listPageSize,
	);
}
