import { listViewPath, type ListView } from './list-pages.ts';
import { authorPath, sectionPath } from './paths.ts';

/** The lists of items under a name: an author's works, a section's items. */
export type GroupKind = 'authors' | 'sections';

interface GroupList {
	/** The names an item is listed under. */
	names: (data: { authors: string[]; section?: string }) => (string | undefined)[];
	/** Where a name's list is. */
	path: (name: string) => string;
	/** The list's title. */
	title: (name: string) => string;
	/** The landing page's description, given the list's length. */
	landing: (name: string, total: number) => string;
	/** A numbered page's description, given its number and its length. */
	page: (name: string, number: number, length: number) => string;
}

/** What tells an author's list from a section's: whom it lists, where, and its words. */
export const GROUP_LISTS: Record<GroupKind, GroupList> = {
	authors: {
		names: (data) => data.authors,
		path: authorPath,
		title: (name) => `${name}的作品`,
		landing: (name, total) => `${name}在本报发表的${total}篇报道、评论和图片。`,
		page: (name, number, length) => `${name}在本报发表的报道、评论和图片，第 ${number} 页的${length}篇。`,
	},
	sections: {
		names: (data) => [data.section],
		path: sectionPath,
		title: (name) => `栏目：${name}`,
		landing: (name, total) => `「${name}」栏目的全部${total}篇稿件。`,
		page: (name, number, length) => `「${name}」栏目第 ${number} 页的${length}篇稿件。`,
	},
};

/**
 * The path, title and description of one view of a name's list.
 * @example groupListView('authors', '郝佳丽', { number: 2, items }).title // '郝佳丽的作品（第 2 页）'
 */
export function groupListView(
	kind: GroupKind,
	name: string,
	view: Pick<ListView<unknown>, 'number' | 'items' | 'total'>,
): { list: string; path: string; title: string; description: string } {
	const { path, title, landing, page } = GROUP_LISTS[kind];
	const list = path(name);
	return view.number === undefined
		? { list, path: list, title: title(name), description: landing(name, view.total ?? view.items.length) }
		: {
				list,
				path: listViewPath(list, view.number),
				title: `${title(name)}（第 ${view.number} 页）`,
				description: page(name, view.number, view.items.length),
			};
}
