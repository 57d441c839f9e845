/**
 * Files the items' tokens into a Pagefind bundle as filters (`t0` … `t255`, `h0` … `h255`, see
 * src/lib/search/token-filters.ts), in the format Pagefind 1.6 writes its own filters: the search
 * page looks them up with Pagefind's own `search(null, { filters })`, as if Pagefind had indexed
 * them. Pagefind is given each item without its tokens and indexes everything else (page filters,
 * meta, sort); these files are then added to the bundle it wrote.
 *
 * Why not let Pagefind file them: it copies a page's filters into the page's fragment, JSON
 * gzipped at the highest level, one file a page, and our tokens, hundreds an item, would be most
 * of every fragment and most of Pagefind's time over a shard, all for data the search page never
 * reads. Filing the same tokens here is a few maps of page numbers, a few hundred files per shard.
 *
 * The format, as Pagefind 1.6 writes it (CBOR, each file gzipped after the signature
 * `pagefind_dcd`), of which only what is read and written here is relied on:
 * - `pagefind-entry.json`: `languages.<language>.hash` names the meta file,
 *   `pagefind.<hash>.pf_meta`;
 * - the meta file: an array whose second item lists the pages `[fragment hash, word count, …]` in
 *   page-number order, and whose fourth lists the filters `[name, file hash]`, sorted by name;
 * - `fragment/<hash>.pf_fragment`: the page's JSON, with its `url`;
 * - `filter/<hash>.pf_filter`: `[name, [[value, [page number, …]], …]]`.
 * Anything else found there fails with a message that names the file, rather than guess.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync, constants } from 'node:zlib';
import { decode, encode } from 'cbor2';
import { bucketIndex, bucketName, TOKEN_BUCKETS, type TokenField } from '../lib/search/token-filters.ts';

/** The tokens of one item, by field (`t`: anywhere in it, `h`: in its headline). */
export type ItemTokens = Record<TokenField, Iterable<string>>;

const SIGNATURE = Buffer.from('pagefind_dcd');
const FIELDS: TokenField[] = ['t', 'h'];

const fail = (file: string, what: string) =>
	new Error(`search index: expects Pagefind's ${file} to ${what}; has Pagefind's format changed?`);

/** Reads one of Pagefind's files: gunzipped, its signature checked and cut. */
function readPagefindFile(file: string): Buffer {
	const data = gunzipSync(readFileSync(file));
	if (!data.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw fail(file, `start with "${SIGNATURE}"`);
	return data.subarray(SIGNATURE.length);
}

/** Writes a file as Pagefind does: the signature, then the data, gzipped at the highest level. */
function pagefindFile(data: Uint8Array): Buffer {
	return gzipSync(Buffer.concat([SIGNATURE, data]), { level: constants.Z_BEST_COMPRESSION });
}

/** A file's name in the bundle: the language, then a digest of its data (as Pagefind names its own). */
function hashName(language: string, data: Uint8Array, length: number): string {
	return `${language}_${createHash('sha256').update(data).digest('hex').slice(0, length)}`;
}

/**
 * Adds the token filters of the items to the Pagefind bundle in `bundle`, which Pagefind wrote
 * with one language and without token filters. `tokens` maps each page's URL, as given to
 * Pagefind, to its item's tokens; every page of the bundle must have an entry.
 */
export function writeTokenFilters(bundle: string, tokens: Map<string, ItemTokens>): void {
	const entryFile = join(bundle, 'pagefind-entry.json');
	const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages?: Record<string, { hash?: unknown }> };
	const languages = Object.entries(entry.languages ?? {});
	if (languages.length !== 1 || typeof languages[0][1].hash !== 'string')
		throw fail(entryFile, 'name one language and its meta file');
	const [language, about] = languages[0];
	const metaFile = join(bundle, `pagefind.${about.hash}.pf_meta`);
	const meta = decode(readPagefindFile(metaFile)) as unknown[];
	const pages = meta?.[1];
	const filters = meta?.[3];
	if (!Array.isArray(pages) || !pages.every((page) => Array.isArray(page) && typeof page[0] === 'string'))
		throw fail(metaFile, 'list its pages second');
	if (
		!Array.isArray(filters) ||
		!filters.every((filter) => Array.isArray(filter) && typeof filter[0] === 'string' && typeof filter[1] === 'string')
	)
		throw fail(metaFile, 'list its filters fourth');

	// Page numbers are places in the meta file's list; the fragments tell which URL each one is.
	const postings: Record<TokenField, Map<string, number[]>[]> = { t: [], h: [] };
	for (const field of FIELDS) for (let i = 0; i < TOKEN_BUCKETS; i++) postings[field].push(new Map());
	pages.forEach(([hash], number) => {
		const file = join(bundle, 'fragment', `${hash}.pf_fragment`);
		const fragment = readPagefindFile(file).toString('utf8');
		let url: unknown;
		try {
			url = JSON.parse(fragment).url;
		} catch (error) {
			throw fail(file, `be JSON (${error instanceof Error ? error.message : error})`);
		}
		const item = typeof url === 'string' ? tokens.get(url) : undefined;
		if (!item)
			throw new Error(`search index: Pagefind's page ${String(url)} (${file}) is not one of the items indexed`);
		for (const field of FIELDS) {
			const buckets = postings[field];
			for (const token of item[field]) {
				const bucket = buckets[bucketIndex(token)];
				const list = bucket.get(token);
				if (list) list.push(number);
				else bucket.set(token, [number]);
			}
		}
	});

	mkdirSync(join(bundle, 'filter'), { recursive: true });
	const named = new Set(filters.map(([name]) => name));
	for (const field of FIELDS) {
		postings[field].forEach((bucket, index) => {
			if (bucket.size === 0) return;
			const name = bucketName(index, field);
			if (named.has(name)) throw fail(metaFile, `have no filter named "${name}" yet`);
			const data = encode([name, [...bucket]]);
			const hash = hashName(language, data, 7);
			const file = join(bundle, 'filter', `${hash}.pf_filter`);
			try {
				// `wx`: never over a file already there, Pagefind's or ours.
				writeFileSync(file, pagefindFile(data), { flag: 'wx' });
			} catch (error) {
				if ((error as NodeJS.ErrnoException).code === 'EEXIST')
					throw new Error(`search index: two filter files would be named ${file}`, { cause: error });
				throw error;
			}
			filters.push([name, hash]);
		});
	}
	filters.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

	const data = encode(meta);
	const hash = hashName(language, data, 11);
	writeFileSync(join(bundle, `pagefind.${hash}.pf_meta`), pagefindFile(data));
	if (hash !== about.hash) rmSync(metaFile);
	about.hash = hash;
	writeFileSync(entryFile, JSON.stringify(entry));
}
