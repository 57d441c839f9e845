import type { PrintedItem } from './page-model.ts';

/**
 * Consecutive items of one group (a photo group, a column of briefs) or single items, as both
 * renderings of a corpus page lay them out.
 * @example itemGroups([a1, a2, b]) // [[a1, a2], [b]] when a1 and a2 share a group
 */
export function itemGroups(items: PrintedItem[]): PrintedItem[][] {
	const groups: PrintedItem[][] = [];
	for (const item of items) {
		const last = groups.at(-1);
		if (last && last[0].group === item.group) last.push(item);
		else groups.push([item]);
	}
	return groups;
}
