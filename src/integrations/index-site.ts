import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, link, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { readSearchDocument, type SearchDocument } from '../lib/search/read-search-document.ts';
import { indexRecord, itemText, TEXT_FILE } from '../lib/search/index-record.ts';
import { INDEX_LANGUAGE } from '../lib/search/index-language.ts';
import { TOKEN_BUCKETS } from '../lib/search/token-filters.ts';

// Pages in flight at once: enough to keep the Pagefind service busy while we tokenise.
const IN_FLIGHT = 64;
// Pages read at once.
const READS = 32;

/**
 * Changes whenever the same pages would give a different index: our record format (bump it when
 * index-record.ts or token-filters.ts change what they file) and Pagefind's version.
 */
const INDEX_FORMAT = `records 3, ${TOKEN_BUCKETS} buckets, pagefind ${pagefindVersion()}`;

/** The installed Pagefind's version (its package.json is not among its exports). */
function pagefindVersion(): string {
	let folder = dirname(fileURLToPath(import.meta.resolve('pagefind')));
	while (!existsSync(join(folder, 'package.json'))) folder = dirname(folder);
	return JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')).version;
}

// Beside a cached shard: the digest of the pages it was indexed from.
const FINGERPRINT = '.fingerprint';

// Files of Pagefind's bundle that our search page does not use: its ready-made interfaces.
const UNUSED = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-highlight.js'];

/** One shard to index (src/lib/search/shards.ts). */
export interface IndexShardOptions {
	/** The build's output folder. */
	dir: string;
	/** The shard's id: its bundle goes to `<dir>/pagefind/<id>/`. */
	id: string;
	/** Site-relative paths of its item pages (`2021-06-08/01/slug/`); pages without `data-pagefind-body` are skipped. */
	pathnames: string[];
	/** A folder kept between builds; an unchanged shard is copied from there instead of indexed. */
	cacheDir?: string;
}

export interface IndexShardResult {
	id: string;
	/** Pages in the shard's index. */
	indexed: number;
	/** Whether the bundle came from the cache. */
	reused: boolean;
}

/**
 * Puts a copy of the folder `from` at `to` (which must not exist), file by file as hard links
 * where the file system allows it (no bytes copied: a shard is thousands of small files), as
 * copies where it does not. Files named in `skip` stay behind.
 */
async function linkTree(from: string, to: string, skip: string[] = []): Promise<void> {
	await mkdir(to, { recursive: true });
	for (const entry of await readdir(from, { withFileTypes: true })) {
		if (skip.includes(entry.name)) continue;
		const source = join(from, entry.name);
		const target = join(to, entry.name);
		if (entry.isDirectory()) await linkTree(source, target);
		else await link(source, target).catch(() => copyFile(source, target));
	}
}

/** Fails with Pagefind's own messages when a response carries errors. */
function check<T extends { errors: string[] }>(response: T, what: string): T {
	if (response.errors.length > 0) throw new Error(`search index: Pagefind failed to ${what}:\n${response.errors.join('\n')}`);
	return response;
}

/** Reads the shard's pages (a few at a time), in order; null where a page has nothing to index. */
async function readDocuments(dir: string, pathnames: string[]): Promise<{ url: string; file: string; doc: SearchDocument | null }[]> {
	const read = new Array(pathnames.length);
	let next = 0;
	const lane = async () => {
		while (next < pathnames.length) {
			const at = next++;
			const relative = pathnames[at].replace(/^\/+/, '');
			const file = join(dir, relative.endsWith('.html') ? relative : `${relative}index.html`);
			// A listed page that is not HTML (or not there) simply has nothing to index.
			const html = await readFile(file, 'utf8').catch(() => '');
			read[at] = { url: `/${relative}`, file, doc: readSearchDocument(html, file) };
		}
	};
	await Promise.all(Array.from({ length: READS }, lane));
	return read;
}

/**
 * Indexes one shard's item pages with Pagefind as custom records (src/lib/search/index-record.ts)
 * into `<dir>/pagefind/<id>/`, and writes each item's text file beside its page. With a cache
 * folder, a shard whose pages read the same as at the last build is copied from the cache.
 * Throws on any Pagefind error; always stops the Pagefind service.
 */
export async function indexShard({ dir, id, pathnames, cacheDir }: IndexShardOptions): Promise<IndexShardResult> {
	const docs = (await readDocuments(dir, pathnames)).filter((d) => d.doc !== null) as { url: string; file: string; doc: SearchDocument }[];
	await Promise.all(docs.map(({ file, doc }) => writeFile(join(dirname(file), TEXT_FILE), itemText(doc))));
	if (docs.length === 0) return { id, indexed: 0, reused: false };
	const output = join(dir, 'pagefind', id);
	const digest = createHash('sha256').update(INDEX_FORMAT);
	for (const { url, doc } of docs) digest.update(JSON.stringify([url, doc]));
	const fingerprint = digest.digest('hex');
	const cached = cacheDir ? join(cacheDir, id) : undefined;
	if (cached && existsSync(join(cached, 'pagefind-entry.json')) && (await readFile(join(cached, FINGERPRINT), 'utf8').catch(() => '')) === fingerprint) {
		await rm(output, { recursive: true, force: true });
		await linkTree(cached, output, [FINGERPRINT]);
		return { id, indexed: docs.length, reused: true };
	}

	try {
		const { index } = check(await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE }), 'create an index');
		if (!index) throw new Error('search index: Pagefind returned neither an index nor an error');
		// A sliding window, not batches: while Pagefind digests some pages, the next are
		// tokenised, so both this process and Pagefind's stay busy.
		let next = 0;
		const lane = async () => {
			while (next < docs.length) {
				const { url, file, doc } = docs[next++];
				// Site-relative: the search page gives Pagefind the site's base (baseUrl).
				check(await index.addCustomRecord(indexRecord(doc, url, INDEX_LANGUAGE, id)), `index ${file}`);
			}
		};
		await Promise.all(Array.from({ length: IN_FLIGHT }, lane));
		await rm(output, { recursive: true, force: true });
		check(await index.writeFiles({ outputPath: output }), 'write the index');
	} finally {
		await pagefind.close();
	}
	await Promise.all(UNUSED.map((name) => rm(join(output, name), { force: true })));
	if (cached) {
		// Written beside, then swapped in: an interrupted build never leaves half a shard cached.
		const fresh = `${cached}.${process.pid}.tmp`;
		await rm(fresh, { recursive: true, force: true });
		await linkTree(output, fresh);
		await writeFile(join(fresh, FINGERPRINT), fingerprint);
		await rm(cached, { recursive: true, force: true });
		await rename(fresh, cached);
	}
	return { id, indexed: docs.length, reused: false };
}
