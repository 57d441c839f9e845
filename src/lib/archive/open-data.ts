import { editionPath, itemPath, pagePath } from './paths.ts';
import type { ArchiveEdition, ArchiveItem } from './model.ts';

/** Where one year's open data is: `data/editions/2024.json` (docs/scale.md: a part writes its own years'). */
export const openDataYearPath = (year: string | number) => `data/editions/${year}.json`;

/**
 * One year's open data: its editions, newest first, each with its pages and their items'
 * permalinks and metadata; bodies stay on the item pages. `url` makes a path absolute.
 */
export function openDataYear<I extends ArchiveItem>(
	publication: string,
	year: string,
	editions: ArchiveEdition<I>[],
	url: (path: string) => string,
) {
	return {
		publication,
		year: Number(year),
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

/** The open data's index: the years, newest first, each with the URL of its file. It changes once a year. */
export function openDataIndex(publication: string, years: string[], url: (path: string) => string) {
	return { publication, years: years.map((year) => ({ year: Number(year), url: url(openDataYearPath(year)) })) };
}
