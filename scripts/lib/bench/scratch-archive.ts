import cliProgress from 'cli-progress';
import type { Corpus } from '../../../src/lib/bench/corpus.ts';
import { generateArchive } from '../../../src/lib/bench/plan-archive.ts';
import { writeEdition } from './scratch-project.ts';

/**
 * The generate stage: a synthetic archive of `articles` items written into the scratch project,
 * with a progress bar on `progress` (a terminal) or a log line every 100 editions.
 */
export function writeArchive(
	site: string,
	options: { articles: number; seed: number; corpus: Corpus; newest: string },
	log: (text: string) => void,
	progress?: NodeJS.WritableStream,
): { editions: number; items: number } {
	const bar = progress
		? new cliProgress.SingleBar(
				{ stream: progress, format: 'generate [{bar}] {value}/{total} items, {editions} editions', hideCursor: true },
				cliProgress.Presets.shades_classic,
			)
		: undefined;
	bar?.start(options.articles, 0, { editions: 0 });
	let editions = 0;
	let items = 0;
	for (const edition of generateArchive(options)) {
		writeEdition(site, edition);
		editions++;
		items += edition.items;
		bar?.update(items, { editions });
		if (!bar && editions % 100 === 0) log(`generated ${items}/${options.articles} items`);
	}
	bar?.stop();
	return { editions, items };
}
