import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { readSearchDocument } from '../lib/search/read-search-document.ts';
import { indexRecord, itemText, TEXT_FILE } from '../lib/search/index-record.ts';
import { INDEX_LANGUAGE } from '../lib/search/index-language.ts';

// Pages in flight at once: enough to keep the Pagefind service busy while we read and tokenise.
const IN_FLIGHT = 64;

/** Where a built site is and which of its pages to consider. */
export interface IndexSiteOptions {
	/** The build's output folder. */
	dir: string;
	/** Site-relative paths of the built pages (`2021-06-08/01/slug/`); pages without `data-pagefind-body` are skipped. */
	pathnames: string[];
}

/** Fails with Pagefind's own messages when a response carries errors. */
function check<T extends { errors: string[] }>(response: T, what: string): T {
	if (response.errors.length > 0) throw new Error(`search index: Pagefind failed to ${what}:\n${response.errors.join('\n')}`);
	return response;
}

/**
 * Indexes the item pages of a built site with Pagefind as custom records (src/lib/search/index-record.ts), and writes
 * `<dir>/pagefind/`. Throws on any Pagefind error; always stops the Pagefind service.
 * Returns how many pages went into the index.
 */
export async function indexSite({ dir, pathnames }: IndexSiteOptions): Promise<number> {
	let indexed = 0;
	try {
		const { index } = check(await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE }), 'create an index');
		if (!index) throw new Error('search index: Pagefind returned neither an index nor an error');
		const addPage = async (pathname: string) => {
			const relative = pathname.replace(/^\/+/, '');
			const file = join(dir, relative.endsWith('.html') ? relative : `${relative}index.html`);
			// Not every pathname is an HTML page (feeds, JSON); those simply have nothing to index.
			const html = await readFile(file, 'utf8').catch(() => '');
			const doc = readSearchDocument(html, file);
			if (!doc) return;
			// Site-relative: pagefind.js puts its own base (the folder above /pagefind/) in front.
			check(await index.addCustomRecord(indexRecord(doc, `/${relative}`, INDEX_LANGUAGE)), `index ${file}`);
			await writeFile(join(dirname(file), TEXT_FILE), itemText(doc));
			indexed++;
		};
		// A sliding window, not batches: while Pagefind digests some pages, the next are read and
		// tokenised, so both cores stay busy.
		let next = 0;
		const lane = async () => {
			while (next < pathnames.length) await addPage(pathnames[next++]);
		};
		await Promise.all(Array.from({ length: IN_FLIGHT }, lane));
		check(await index.writeFiles({ outputPath: join(dir, 'pagefind') }), 'write the index');
	} finally {
		await pagefind.close();
	}
	return indexed;
}
