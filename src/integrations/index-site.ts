import { createHash } from 'node:crypto';
import {
	copyFileSync,
	existsSync,
	linkSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	utimesSync,
	writeFileSync,
} from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { replaceTree } from '../lib/archive/replace-tree.ts';
import { statStamp } from '../lib/content/file-stamp.ts';
import { readSearchDocument, type SearchDocument } from '../lib/search/read-search-document.ts';
import { indexRecord, itemText, itemTokens, TEXT_FILE, type IndexRecord } from '../lib/search/index-record.ts';
import { INDEX_LANGUAGE } from '../lib/search/index-language.ts';
import { TOKEN_BUCKETS, type TokenField } from '../lib/search/token-filters.ts';
import { type ItemTokens, writeTokenFilters } from './token-filter-files.ts';

// Pages in flight at once: enough to keep the Pagefind service busy while we tokenise.
const IN_FLIGHT = 64;

/**
 * Changes whenever the same pages would give a different index or text files: Pagefind's version
 * and a digest of the code that reads, tokenises and files them (src/lib/search/, this file and
 * token-filter-files.ts).
 */
const INDEX_FORMAT = `${TOKEN_BUCKETS} buckets, pagefind ${pagefindVersion()}, code ${codeDigest()}`;

function codeDigest(): string {
	const hash = createHash('sha256');
	const search = fileURLToPath(new URL('../lib/search/', import.meta.url));
	const files = readdirSync(search)
		.filter((name) => name.endsWith('.ts'))
		.sort()
		.map((name) => join(search, name));
	const own = [import.meta.url, new URL('./token-filter-files.ts', import.meta.url)].map((url) => fileURLToPath(url));
	for (const file of [...files, ...own]) hash.update(file.slice(file.lastIndexOf('/src/'))).update(readFileSync(file));
	return hash.digest('hex').slice(0, 16);
}

/** The installed Pagefind's version (its package.json is not among its exports). */
function pagefindVersion(): string {
	let folder = dirname(fileURLToPath(import.meta.resolve('pagefind')));
	while (!existsSync(join(folder, 'package.json'))) folder = dirname(folder);
	return JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')).version;
}

// Beside a cached shard: digests of the pages it was indexed from, as bytes and as read.
const FINGERPRINT = '.fingerprint';
// Beside the newest cached shard: what each of its pages gave the index (KeptPage), by URL.
const KEPT_PAGES = '.pages.json';

/**
 * What one page gave the index, kept so that re-indexing a shard whose pages are mostly the same
 * (a new edition in the newest shard) neither parses nor tokenises the unchanged ones again.
 */
interface KeptPage {
	/** Of the page's bytes: equal means the same page. */
	bytes: string;
	/** Of what the index read from it (its SearchDocument). */
	read: string;
	record: IndexRecord;
	tokens: Record<TokenField, string[]>;
}

interface Fingerprint {
	/**
	 * Of the pages' paths, sizes and modification times: equal means pages untouched since they
	 * were indexed (as make and git tell unchanged files), and none need be read. A rebuild keeps
	 * the pages Astro reuses in place (prune-output.ts), so most shards are reused this way.
	 */
	stamps?: string;
	/** How many of the pages were indexed, when `stamps` is set: as many text files are theirs. */
	indexed?: number;
	/** Of the pages' bytes: equal means the very same pages, and nothing need be read further. */
	bytes: string;
	/** Of what the index takes from them: equal means the same index, though the pages' markup changed. */
	read: string;
}

// Files of Pagefind's bundle that our search page does not use: its ready-made interfaces.
const UNUSED = [
	'pagefind-ui.js',
	'pagefind-ui.css',
	'pagefind-component-ui.js',
	'pagefind-component-ui.css',
	'pagefind-modular-ui.js',
	'pagefind-modular-ui.css',
	'pagefind-highlight.js',
];

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
	/**
	 * Keep what each page gave the index beside the cached shard, so that the next re-indexing of
	 * the shard parses and tokenises only the pages that changed: for the shard a new edition
	 * goes to (the newest), not for every shard, whose kept pages would cost a full build time
	 * and the cache room of every item's tokens.
	 */
	keepPages?: boolean;
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
 * copies where it does not. Files named in `skip` stay behind. With `touch`, the files' times
 * are set to now, so that they count as written by this build (prune-output.ts).
 */
function linkTree(from: string, to: string, skip: string[] = [], touch = false): void {
	mkdirSync(to, { recursive: true });
	const now = new Date();
	for (const entry of readdirSync(from, { withFileTypes: true })) {
		if (skip.includes(entry.name)) continue;
		const source = join(from, entry.name);
		const target = join(to, entry.name);
		if (entry.isDirectory()) linkTree(source, target, [], touch);
		else {
			try {
				linkSync(source, target);
			} catch {
				copyFileSync(source, target);
			}
			if (touch) utimesSync(target, now, now);
		}
	}
}

/** Fails with Pagefind's own messages when a response carries errors. */
function check<T extends { errors: string[] }>(response: T, what: string): T {
	if (response.errors.length > 0)
		throw new Error(`search index: Pagefind failed to ${what}:\n${response.errors.join('\n')}`);
	return response;
}

interface Page {
	url: string;
	file: string;
	html: Buffer;
}

/**
 * Reads the shard's pages, in order, keeping those with something to index. Synchronously: this
 * runs in an indexing process of its own with nothing else to do meanwhile, and thousands of
 * small reads through Node's thread pool cost more in thread hand-offs than in reading.
 */
function readPages(dir: string, pathnames: string[]): Page[] {
	const pages: Page[] = [];
	for (const pathname of pathnames) {
		const { relative, file } = pageFile(dir, pathname);
		let html: Buffer;
		try {
			html = readFileSync(file);
		} catch {
			// A listed page that is not HTML (or not there) simply has nothing to index.
			continue;
		}
		if (html.includes('data-pagefind-body')) pages.push({ url: `/${relative}`, file, html });
	}
	return pages;
}

/** The file of a listed page: `2021-06-08/01/slug/` is `<dir>/2021-06-08/01/slug/index.html`. */
function pageFile(dir: string, pathname: string): { relative: string; file: string } {
	const relative = pathname.replace(/^\/+/, '');
	return { relative, file: join(dir, relative.endsWith('.html') ? relative : `${relative}index.html`) };
}

/** A digest of the listed pages' stamps (size and time; `-` for a missing page), without reading them. */
function pageStamps(dir: string, pathnames: string[]): string {
	const hash = createHash('sha256').update(INDEX_FORMAT);
	for (const pathname of pathnames) {
		let stamp = '-';
		try {
			stamp = statStamp(pageFile(dir, pathname).file);
		} catch {
			// Not there: the stamp says so.
		}
		hash.update(`${pathname}\n${stamp}\n`);
	}
	return hash.digest('hex');
}

/**
 * Sets the times of the listed pages' text files to now, so that they count as written by this
 * build (prune-output.ts). Returns how many there were.
 */
function touchTextFiles(dir: string, pathnames: string[]): number {
	const now = new Date();
	let touched = 0;
	for (const pathname of pathnames) {
		try {
			utimesSync(join(dirname(pageFile(dir, pathname).file), TEXT_FILE), now, now);
			touched++;
		} catch {
			// A page with nothing to index has no text file.
		}
	}
	return touched;
}

const textFileOf = (page: Page) => join(dirname(page.file), TEXT_FILE);
const digest = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');
const documentOf = (page: Page) => readSearchDocument(page.html.toString('utf8'), page.file)!;

function cachedFingerprint(cached: string | undefined): Fingerprint | undefined {
	if (!cached || !existsSync(join(cached, 'pagefind-entry.json'))) return undefined;
	try {
		return JSON.parse(readFileSync(join(cached, FINGERPRINT), 'utf8'));
	} catch {
		return undefined;
	}
}

/** The pages the cached shard kept (KEPT_PAGES), by URL; none when it kept none or they are unreadable. */
function keptPages(cached: string | undefined): Map<string, KeptPage> {
	if (!cached) return new Map();
	try {
		return new Map(Object.entries(JSON.parse(readFileSync(join(cached, KEPT_PAGES), 'utf8'))));
	} catch {
		return new Map();
	}
}

/** Sets the times of every file under `dir` to now (touchTextFiles' reason). */
function touchTree(dir: string): void {
	const now = new Date();
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true }))
		if (entry.isFile()) utimesSync(join(entry.parentPath, entry.name), now, now);
}

/** The inode of a file, or undefined when there is none. */
const inode = (file: string) => statSync(file, { throwIfNoEntry: false })?.ino;

/**
 * Puts the cached bundle in place of the shard's output, touched so that it counts as written.
 * An output already linked to this very bundle (the last build put it there: a cached bundle is
 * replaced whole, never changed in place) is only touched, not removed and linked again.
 */
function reuse(cached: string, output: string): void {
	const entry = inode(join(cached, 'pagefind-entry.json'));
	if (entry !== undefined && inode(join(output, 'pagefind-entry.json')) === entry) return touchTree(output);
	rmSync(output, { recursive: true, force: true });
	linkTree(cached, output, [FINGERPRINT, KEPT_PAGES], true);
}

/** Sets a file's times to `now`; whether it was there. */
function touched(file: string, now: Date): boolean {
	try {
		utimesSync(file, now, now);
		return true;
	} catch {
		return false;
	}
}

/**
 * Writes an item's text file, or only touches it when it already holds `text`: a re-indexed
 * shard's pages are mostly the same as before, and a write costs more than a read.
 */
function writeText(file: string, text: string): void {
	const have = statSync(file, { throwIfNoEntry: false });
	if (have?.isFile() && have.size === Buffer.byteLength(text) && readFileSync(file, 'utf8') === text) {
		const now = new Date();
		utimesSync(file, now, now);
	} else writeFileSync(file, text);
}

/**
 * Indexes one shard's item pages with Pagefind as custom records (src/lib/search/index-record.ts)
 * into `<dir>/pagefind/<id>/`, and writes each item's text file beside its page. With a cache
 * folder, a shard whose pages are the same as at the last build is copied from the cache: when
 * their stamps (size and time) are the same, without reading them (their text files, when all in
 * place from the last build, are only touched); when their bytes are, once read; when only
 * their markup changed, once parsed. A shard indexed again reads from the pages kept beside it
 * (`keepPages`) the record and tokens of every page whose bytes are the same, and parses and
 * tokenises only the others.
 * Throws on any Pagefind error; always stops the Pagefind service.
 */
export async function indexShard({
	dir,
	id,
	pathnames,
	cacheDir,
	keepPages,
}: IndexShardOptions): Promise<IndexShardResult> {
	const output = join(dir, 'pagefind', id);
	const cached = cacheDir ? join(cacheDir, id) : undefined;
	const kept = cachedFingerprint(cached);
	const stamps = pageStamps(dir, pathnames);
	// Untouched pages whose text files are all in place: nothing to read.
	if (cached && kept?.stamps === stamps && kept.indexed && touchTextFiles(dir, pathnames) === kept.indexed) {
		reuse(cached, output);
		return { id, indexed: kept.indexed, reused: true };
	}

	const pages = readPages(dir, pathnames);
	if (pages.length === 0) return { id, indexed: 0, reused: false };
	const bytes = createHash('sha256').update(INDEX_FORMAT);
	const pageBytes = pages.map(({ html }) => digest(html));
	for (const [i, { url }] of pages.entries()) bytes.update(`${url}\n${pageBytes[i]}\n`);
	const fingerprint: Fingerprint = { stamps, indexed: pages.length, bytes: bytes.digest('hex'), read: '' };
	if (cached && kept?.bytes === fingerprint.bytes) {
		const now = new Date();
		for (const page of pages) {
			try {
				utimesSync(textFileOf(page), now, now);
			} catch {
				writeFileSync(textFileOf(page), itemText(documentOf(page)));
			}
		}
		reuse(cached, output);
		writeFileSync(join(cached, FINGERPRINT), JSON.stringify({ ...fingerprint, read: kept.read }));
		return { id, indexed: pages.length, reused: true };
	}

	// A page the last indexing kept with the same bytes is neither parsed nor tokenised again;
	// its text file, when in place, is the one written from these bytes.
	const last = keptPages(cached);
	const now = new Date();
	type Doc = Page & { bytes: string; read: string } & (KeptPage | { doc: SearchDocument });
	const docs = pages.map((page, i): Doc => {
		const same = last.get(page.url);
		if (same?.bytes === pageBytes[i] && touched(textFileOf(page), now)) return { ...page, ...same };
		const doc = documentOf(page);
		writeText(textFileOf(page), itemText(doc));
		return { ...page, bytes: pageBytes[i], read: digest(JSON.stringify([page.url, doc])), doc };
	});
	const read = createHash('sha256').update(INDEX_FORMAT);
	for (const d of docs) read.update(`${d.read}\n`);
	fingerprint.read = read.digest('hex');
	if (cached && kept?.read === fingerprint.read) {
		reuse(cached, output);
		writeFileSync(join(cached, FINGERPRINT), JSON.stringify(fingerprint));
		return { id, indexed: docs.length, reused: true };
	}

	const tokens = new Map<string, ItemTokens>();
	const records = new Map<string, IndexRecord>();
	// Beside the output, in its pagefind folder: a build that stops leaves it to prune-output.
	const staging = join(dir, 'pagefind', `.${id}.${process.pid}.tmp`);
	try {
		const { index } = check(await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE }), 'create an index');
		if (!index) throw new Error('search index: Pagefind returned neither an index nor an error');
		// A sliding window, not batches: while Pagefind digests some pages, the next are
		// tokenised, so both this process and Pagefind's stay busy.
		let next = 0;
		const lane = async () => {
			while (next < docs.length) {
				const d = docs[next++];
				// Site-relative: the search page gives Pagefind the site's base (baseUrl).
				const record = 'doc' in d ? indexRecord(d.doc, d.url, INDEX_LANGUAGE) : d.record;
				records.set(d.url, record);
				check(await index.addCustomRecord(record), `index ${d.file}`);
				tokens.set(d.url, 'doc' in d ? itemTokens(d.doc) : d.tokens);
			}
		};
		await Promise.all(Array.from({ length: IN_FLIGHT }, lane));
		await rm(staging, { recursive: true, force: true });
		check(await index.writeFiles({ outputPath: staging }), 'write the index');
	} finally {
		await pagefind.close();
	}
	await Promise.all(UNUSED.map((name) => rm(join(staging, name), { force: true })));
	writeTokenFilters(staging, tokens);
	// Pagefind writes the whole bundle anew; its files with the same bytes as before (most of a
	// shard that gained an edition: a fragment's name is its content's hash) keep their inodes, so
	// that the assembled site, which links them, places only the changed ones again.
	replaceTree(staging, output);
	if (cached) {
		// Written beside, then swapped in: an interrupted build never leaves half a shard cached.
		const fresh = `${cached}.${process.pid}.tmp`;
		await rm(fresh, { recursive: true, force: true });
		linkTree(output, fresh);
		await writeFile(join(fresh, FINGERPRINT), JSON.stringify(fingerprint));
		if (keepPages) {
			const keep = (d: Doc): KeptPage => {
				const its = tokens.get(d.url)!;
				return { bytes: d.bytes, read: d.read, record: records.get(d.url)!, tokens: { t: [...its.t], h: [...its.h] } };
			};
			await writeFile(join(fresh, KEPT_PAGES), JSON.stringify(Object.fromEntries(docs.map((d) => [d.url, keep(d)]))));
		}
		await rm(cached, { recursive: true, force: true });
		await rename(fresh, cached);
	}
	return { id, indexed: docs.length, reused: false };
}
