import type { Corpus } from './corpus.ts';
import { addDays } from './dates.ts';
import { generateEdition, reporterPool, type GeneratedEdition } from './generate-edition.ts';
import { generateArchive } from './plan-archive.ts';

/** A synthetic archive of `articles` items over `years` calendar years ending with `newest`'s year. */
export interface SpreadOptions {
	articles: number;
	years: number;
	seed: number;
	corpus: Corpus;
	/** The newest edition's date, `YYYY-12-31` for whole years. */
	newest: string;
}

/** The most items a daily edition is given (pages are numbered in two digits: 99 pages of 3 to 8). */
const MAX_DAILY_ITEMS = 400;
/** How many daily editions of the usual size tell whether the items need larger ones. */
const SAMPLE = 60;

/**
 * The editions of generateArchive, spaced evenly so that they fill `years` calendar years, newest
 * first. When no whole number of days between editions fills the years (the items are more than
 * daily editions of 4 to 8 pages hold, or between what one and two days apart hold), the editions
 * are daily from the first day of the first year, each as large as the items need, on 8 to 24
 * pages for 100,000 items over five years. Throws when the items are too few to put an edition in
 * every year, or too many for daily editions of 99 pages.
 */
export function spreadArchive(options: SpreadOptions): GeneratedEdition[] {
	const first = Number(options.newest.slice(0, 4)) - options.years + 1;
	const span = (a: GeneratedEdition[]) => new Set(a.map((e) => e.date.slice(0, 4)));
	const days = (Date.parse(`${options.newest}T00:00:00Z`) - Date.parse(`${first}-01-01T00:00:00Z`)) / 86_400_000;
	// Daily editions that run past the first year say enough: the items need larger editions. So
	// do a couple of months of them that hold a fifth less than the items on average.
	let editions: GeneratedEdition[] = [];
	let held = 0;
	let larger = false;
	for (const edition of generateArchive({ ...options, everyDays: 1 })) {
		held += edition.items;
		editions.push(edition);
		larger =
			editions.length > days + 1 ||
			(editions.length === SAMPLE && options.articles > 1.2 * (held / SAMPLE) * (days + 1));
		if (larger) break;
	}
	if (larger) return dailyEditions(options, days + 1);
	// The spacing changes the dates and so the editions' sizes: settle it in a few rounds, until
	// the oldest edition falls in the first year. A spacing tried before gives the same editions again.
	const tried = new Set([1]);
	for (let round = 0; round < 12; round++) {
		const everyDays = Math.max(1, Math.floor(days / Math.max(1, editions.length - 1)));
		if (tried.has(everyDays)) break;
		tried.add(everyDays);
		editions = [...generateArchive({ ...options, everyDays })];
		if (Number(editions[editions.length - 1].date.slice(0, 4)) === first) break;
	}
	if (Number(editions[editions.length - 1].date.slice(0, 4)) !== first && options.articles > days)
		editions = dailyEditions(options, days + 1);
	const years = span(editions);
	if (years.size !== options.years || Math.min(...[...years].map(Number)) !== first)
		throw new Error(
			`spreadArchive: ${options.articles} items over ${options.years} years gave editions in ${[...years].sort().join(', ')}; use more items or fewer years`,
		);
	return editions;
}

/** One edition a day for `count` days back from `newest`, the items shared out evenly (the newer a day, the sooner it gets one more). */
function dailyEditions(options: SpreadOptions, count: number): GeneratedEdition[] {
	const each = Math.floor(options.articles / count);
	const extra = options.articles % count;
	if (each + (extra > 0 ? 1 : 0) > MAX_DAILY_ITEMS)
		throw new Error(
			`spreadArchive: ${options.articles} items over ${options.years} years need ${Math.ceil(options.articles / count)} items a day, more than ${MAX_DAILY_ITEMS}; use more years`,
		);
	const reporters = reporterPool(options.seed);
	return Array.from({ length: count }, (_, day) =>
		generateEdition({
			date: addDays(options.newest, -day),
			seed: options.seed,
			corpus: options.corpus,
			reporters,
			number: 20_000 - day,
			items: each + (day < extra ? 1 : 0),
		}),
	);
}
