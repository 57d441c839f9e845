/** What the search needs of an item, as printed on its page. */
export interface ItemSearchFields {
	date: string;
	page: number;
	kind: string;
	section?: string;
	authors: string[];
	/** Page label as shown: 第01版 党建. */
	pageLabel: string;
}

/** Pagefind's `key:value, key:value`; commas inside values become full-width so they cannot split. */
function attr(pairs: [string, string | undefined][]): string {
	return pairs
		.filter((p): p is [string, string] => p[1] !== undefined && p[1] !== '')
		.map(([k, v]) => `${k}:${v.replace(/,/g, '，')}`)
		.join(', ');
}

/**
 * The `data-pagefind-filter`, `-meta` and `-sort` attributes of an item page. Filters: section,
 * author (one per name), kind, page (number), year, month (YYYY-MM); sort: date.
 * @example itemSearchAttributes({ date: '2021-06-08', page: 1, kind: 'article', authors: ['宋爽'], pageLabel: '第01版' })['data-pagefind-sort'] // 'date:2021-06-08'
 */
export function itemSearchAttributes(item: ItemSearchFields): Record<string, string> {
	return {
		'data-pagefind-filter': attr([
			['section', item.section],
			...item.authors.map((a): [string, string] => ['author', a]),
			['kind', item.kind],
			['page', String(item.page)],
			['year', item.date.slice(0, 4)],
			['month', item.date.slice(0, 7)],
		]),
		'data-pagefind-meta': attr([
			['date', item.date],
			['page', item.pageLabel],
			['section', item.section],
			['kind', item.kind],
		]),
		'data-pagefind-sort': attr([['date', item.date]]),
	};
}
