import { editionPath, pagePath } from './paths.ts';

/** The day before or after, and where its link goes. */
export interface DayLink {
	date: string;
	path: string;
}

/**
 * The editions before (上一期) and after (下一期) a date, in a list of editions newest first. From
 * a page or an item, the link goes to the same page of that day when it has one, else to its
 * 版面导航.
 * @example dayNeighbours(editions, '2021-06-01', 2).older // { date: '2021-05-31', path: '2021-05-31/02/' }
 */
export function dayNeighbours(
	editions: readonly { date: string; pages: readonly { number: number }[] }[],
	date: string,
	page?: number,
): { older?: DayLink; newer?: DayLink } {
	const i = editions.findIndex((e) => e.date === date);
	if (i < 0) return {};
	const link = (e: (typeof editions)[number] | undefined): DayLink | undefined =>
		e && {
			date: e.date,
			path: page !== undefined && e.pages.some((p) => p.number === page) ? pagePath(e.date, page) : editionPath(e.date),
		};
	return { older: link(editions[i + 1]), newer: link(editions[i - 1]) };
}
