import type { Rng } from '../bench/prng.ts';
import type { ItemContext } from './compose-item.ts';
import type { TextSource } from './compose-text.ts';
import type { GoldPage } from '../corpus-gold/gold.ts';
import type { PrintedItem } from './page-model.ts';

/**
 * What both page composers (compose-page.ts, compose-family-page.ts) draw and build the same way
 * around their items: the date, the items' contexts, the date as printed, and the gold page.
 */

const weekdays = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

/** A day of 2019-2024, drawn from `rng`, and its ISO date. @example pageDay(rng).date // '2021-06-08' */
export function pageDay(rng: Rng): { day: Date; date: string } {
	// 2019-2024: reserved years (People's Daily 2025) stay out even as synthetic dates.
	const day = new Date(Date.UTC(2019, 0, 1) + rng.int(0, 6 * 365 - 1) * 86_400_000);
	return { day, date: day.toISOString().slice(0, 10) };
}

/** The date as a page prints it. @example printedDate(new Date('2021-06-08')) // '2021年6月8日 星期二' */
export function printedDate(day: Date): string {
	return `${day.getUTCFullYear()}年${day.getUTCMonth() + 1}月${day.getUTCDate()}日 ${weekdays[day.getUTCDay()]}`;
}

/** A maker of item contexts on one page: each call opens the next group. */
export function itemContexts(source: TextSource, date: string, traits: Set<string>): () => ItemContext {
	let group = 0;
	return () => ({ source, date, traits, group: group++ });
}

/** What a page's gold is made of; `pageName` and `banner` only where the page prints them. */
export interface PageFacts {
	id: string;
	date: string;
	page: number;
	pageName?: string;
	banner?: string;
	traits: Set<string>;
	items: PrintedItem[];
}

/** The gold page of a composed page, its traits sorted. */
export function pageGold({ id, date, page, pageName, banner, traits, items }: PageFacts): GoldPage {
	return {
		id,
		date,
		page,
		...(pageName && { pageName }),
		...(banner && { banner }),
		traits: [...traits].sort(),
		items: items.map((item) => item.gold),
	};
}
