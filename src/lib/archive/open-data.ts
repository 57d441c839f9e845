import { editionPath, itemPath, pagePath } from './paths.ts';
import type { ArchiveEdition, ArchiveItem } from './model.ts';

/** Where one month's open data is: `data/editions/2024-12.json` (docs/scale.md: a part writes its own months'). */
export const openDataMonthPath = (month: string) => `data/editions/${month}.json`;

/**
 * One month's open data (`2024-12`): its editions, newest first, each with its pages and their
 * items' permalinks and metadata; bodies stay on the item pages. `url` makes a path absolute.
 */
export function openDataMonth<I extends ArchiveItem>(
	publication: string,
	month: string,
	editions: ArchiveEdition<I>[],
	url: (path: string) => string,
) {
	return {
		publication,
		month,
		editions: editions.map((e) => ({
			date: e.date,
			url: url(editionPath(e.date)),
			pages: e.pages.map((p) => ({
				number: p.number,
				name: p.name ?? null,
				banner: p.banner ?? null,
				url: url(pagePath(e.date, p.number)),
				items: p.items.map((i) => ({
					order: i.data.order,
					headline: i.data.headline,
					kind: i.data.kind,
					section: i.data.section ?? null,
					byline: i.data.byline ?? i.data.credit ?? null,
					authors: i.data.authors,
					url: url(itemPath(i)),
				})),
			})),
		})),
	};
}

/** The open data's index: the months, newest first, each with the URL of its file. It changes once a month. */
export function openDataIndex(publication: string, months: string[], url: (path: string) => string) {
	return { publication, months: months.map((month) => ({ month, url: url(openDataMonthPath(month)) })) };
}
