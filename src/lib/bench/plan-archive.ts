import type { Corpus } from './corpus.ts';
import { addDays } from './dates.ts';
import { generateEdition, reporterPool, type GeneratedEdition } from './generate-edition.ts';

/** What a synthetic archive is generated from. */
export interface ArchiveOptions {
	/** Total items; the oldest edition is cut short to hit it exactly. */
	articles: number;
	seed: number;
	corpus: Corpus;
	/** The newest edition's date; editions run back from it `everyDays` days apart (default 1). */
	newest: string;
	everyDays?: number;
}

/**
 * Yields the editions of a synthetic archive of exactly `articles` items, newest first, one at a
 * time so that a caller can write them out without holding the whole archive in memory.
 */
export function* generateArchive(options: ArchiveOptions): Generator<GeneratedEdition> {
	if (!Number.isInteger(options.articles) || options.articles < 1) {
		throw new Error(`generateArchive expects a positive whole number of articles but found ${options.articles}`);
	}
	const reporters = reporterPool(options.seed);
	let left = options.articles;
	for (let day = 0; left > 0; day++) {
		const edition = generateEdition({
			date: addDays(options.newest, -day * (options.everyDays ?? 1)),
			seed: options.seed,
			corpus: options.corpus,
			reporters,
			number: 20_000 - day,
			maxItems: left,
		});
		left -= edition.items;
		yield edition;
	}
}

/** The edition that a daily adds the day after `newest`: the benchmark's incremental step. */
export function nextEdition(options: Omit<ArchiveOptions, 'articles' | 'everyDays'>): GeneratedEdition {
	return generateEdition({
		date: addDays(options.newest, 1),
		seed: options.seed,
		corpus: options.corpus,
		reporters: reporterPool(options.seed),
		number: 20_001,
	});
}
