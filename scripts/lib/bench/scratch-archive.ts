import { cpSync, existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import cliProgress from 'cli-progress';
import type { Corpus } from '../../../src/lib/bench/corpus.ts';
import type { GeneratedEdition } from '../../../src/lib/bench/generate-edition.ts';
import { generateArchive } from '../../../src/lib/bench/plan-archive.ts';

/** The project files a scratch project copies; node_modules is linked instead. */
const PROJECT_FILES = [
	'src',
	'public',
	'astro.config.mjs',
	'publication.config.ts',
	'tsconfig.json',
	'package.json',
	'package-lock.json',
];

/** A scratch copy of the project at `root` in `site`: its code and config copied, node_modules linked entry by entry. */
export function scaffold(root: string, site: string): void {
	mkdirSync(join(site, 'content/editions'), { recursive: true });
	for (const path of PROJECT_FILES)
		if (existsSync(join(root, path))) cpSync(join(root, path), join(site, path), { recursive: true });
	// Astro and Vite keep caches in node_modules/.astro and .vite (the incremental build's manifest
	// among them): a real folder of links keeps them per scratch project, away from the repo's.
	mkdirSync(join(site, 'node_modules'));
	for (const entry of readdirSync(join(root, 'node_modules'))) {
		if (entry === '.astro' || entry === '.vite' || entry === '.cache') continue;
		symlinkSync(join(root, 'node_modules', entry), join(site, 'node_modules', entry));
	}
}

/** Writes one generated edition under the scratch project's content/editions. */
export function writeEdition(site: string, edition: GeneratedEdition): void {
	for (const file of edition.files) {
		const path = join(site, 'content/editions', file.path);
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, file.text);
	}
}

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
