import type { Corpus } from './corpus.ts';
import type { GeneratedEdition } from './generate-edition.ts';
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

/**
 * The editions of generateArchive, spaced evenly so that they fill `years` calendar years, newest
 * first. Throws when the items are too few to put an edition in every year.
 */
export function spreadArchive(options: SpreadOptions): GeneratedEdition[] {
	const first = Number(options.newest.slice(0, 4)) - options.years + 1;
	const span = (a: GeneratedEdition[]) => new Set(a.map((e) => e.date.slice(0, 4)));
	const days = (Date.parse(`${options.newest}T00:00:00Z`) - Date.parse(`${first}-01-01T00:00:00Z`)) / 86_400_000;
	let editions = [...generateArchive({ ...options, everyDays: 1 })];
	// The spacing changes the dates and so the editions' sizes: settle it in a few rounds, until
	// the oldest edition falls in the first year.
	for (let round = 0; round < 12; round++) {
		const everyDays = Math.max(1, Math.floor(days / Math.max(1, editions.length - 1)));
		editions = [...generateArchive({ ...options, everyDays })];
		if (Number(editions[editions.length - 1].date.slice(0, 4)) === first) break;
	}
	const years = span(editions);
	if (years.size !== options.years || Math.min(...[...years].map(Number)) !== first)
		throw new Error(
			`spreadArchive: ${options.articles} items over ${options.years} years gave editions in ${[...years].sort().join(', ')}; use more items or fewer years`,
		);
	return editions;
}
