/** An item already on the page: its file name and, when readable, its `order` field. */
export interface ExistingItem {
	fileName: string;
	order?: number;
}

/**
 * The next free position on a page: one after the highest order in use, counting both the
 * `order` fields and the file names' `NN-` prefixes, so a new item never collides with either.
 * @example nextOrder([{ fileName: '01-a.md', order: 1 }, { fileName: '05-b.md' }]) // 6
 */
export function nextOrder(items: ExistingItem[]): number {
	let highest = 0;
	for (const item of items) {
		const prefix = /^(\d+)-/.exec(item.fileName);
		if (prefix) highest = Math.max(highest, Number(prefix[1]));
		if (item.order !== undefined) highest = Math.max(highest, item.order);
	}
	return highest + 1;
}
