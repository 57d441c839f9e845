import {
	copyFileSync,
	existsSync,
	linkSync,
	lstatSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmdirSync,
	rmSync,
	statSync,
	utimesSync,
	writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { SHARD_MANIFEST, shardManifestText, type PlannedShard, type ShardManifest } from '../search/shards.ts';
import { rendersDate, type BuildScope } from './build-scope.ts';
import { SUMMARY_FILE, SUMMARY_ROUTE } from './summary.ts';
import { openDataMonthPath } from '../archive/open-data.ts';
import { removeFiles } from '../archive/remove-files.ts';
import { parseSitemapName } from '../archive/sitemaps.ts';

/** Where a part keeps its pages (its summary and shard list sit beside). */
export const PART_SITE = 'site';

/**
 * Trims a part build's output (`<part>/site`) to what the part owns: its editions' folders, the
 * built assets (`_astro/`), its search shards, its months' sitemaps and open data. Its summary and shard list move beside it; the
 * pages that list across years, which it rendered for its own years only, are removed: the join
 * makes them.
 */
export function trimPart(part: string, scope: BuildScope & { role: 'part' }): void {
	const site = join(part, PART_SITE);
	renameSync(join(site, `${SUMMARY_ROUTE}.json`), join(part, SUMMARY_FILE));
	const manifest = join(site, 'pagefind', SHARD_MANIFEST);
	const shards = existsSync(manifest) ? readShards(manifest).shards.map((s) => s.id) : [];
	if (existsSync(manifest)) renameSync(manifest, join(part, SHARD_MANIFEST));
	else rmSync(join(part, SHARD_MANIFEST), { force: true });
	for (const entry of readdirSync(site)) {
		if (entry === '_astro' || (/^\d{4}-\d{2}-\d{2}$/.test(entry) && rendersDate(scope, entry))) continue;
		const sitemap = parseSitemapName(entry)?.group;
		if (sitemap !== undefined && sitemap !== 'lists' && rendersDate(scope, sitemap)) continue;
		if (entry === 'data') {
			// Its months' open data (data/editions/<month>.json) is the part's; the index is the join's.
			const own = (file: string) => {
				const month = /^data\/editions\/(\d{4}-\d{2})\.json$/.exec(file)?.[1];
				return month !== undefined && file === openDataMonthPath(month) && rendersDate(scope, month);
			};
			for (const file of listFiles(join(site, entry), 'data'))
				if (!own(file)) rmSync(join(site, file), { force: true });
			removeEmptyFolders(join(site, entry));
			continue;
		}
		if (entry === 'pagefind') {
			for (const shard of readdirSync(join(site, entry)))
				if (!shards.includes(shard)) rmSync(join(site, entry, shard), { recursive: true, force: true });
			continue;
		}
		rmSync(join(site, entry), { recursive: true, force: true });
	}
}

/** The files under `dir`, as paths relative to its parent's (`prefix/…`, with `/`). */
function listFiles(dir: string, prefix: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? listFiles(join(dir, entry.name), `${prefix}/${entry.name}`) : [`${prefix}/${entry.name}`],
	);
}

/** Removes the folders under `dir` (and `dir`) that hold no file. Returns whether `dir` went. */
function removeEmptyFolders(dir: string): boolean {
	const entries = readdirSync(dir, { withFileTypes: true });
	const left = entries.filter((e) => !(e.isDirectory() && removeEmptyFolders(join(dir, e.name))));
	if (left.length > 0) return false;
	rmdirSync(dir);
	return true;
}

/** Reads a `pagefind/shards.json`, naming the file when it is not one. */
export function readShards(file: string): ShardManifest {
	try {
		const manifest = JSON.parse(readFileSync(file, 'utf8'));
		if (Array.isArray(manifest?.shards)) return manifest;
	} catch {
		// named below
	}
	throw new Error(`${file}: not a search shard list ({"shards":[…]}); rebuild the part with npm run build:part`);
}

/** The parts' shard lists as one, newest first as a single build writes it; a shard in two parts is an error. */
export function joinShards(lists: { file: string; manifest: ShardManifest }[]): string {
	const seen = new Map<string, string>();
	const all: PlannedShard[] = [];
	for (const { file, manifest } of lists)
		for (const shard of manifest.shards) {
			const other = seen.get(shard.id);
			if (other) throw new Error(`${file}: search shard "${shard.id}" is also in ${other}; parts must not share years`);
			seen.set(shard.id, file);
			all.push({ ...shard, pathnames: [] });
		}
	all.sort((a, b) => (a.from < b.from ? 1 : a.from > b.from ? -1 : 0));
	return shardManifestText(all);
}

/** What `syncSite` did: files in the site, files it linked or copied anew, files it removed. */
export interface SyncResult {
	files: number;
	placed: number;
	removed: number;
	/** What this sync placed, for the next sync to trust (`SyncOptions.last`). */
	record: SyncRecord;
}

/** The files a sync took from each source folder, with the stamp its caller gave the folder. */
export interface SyncRecord {
	to: string;
	sources: Record<string, { stamp: string; files: string[]; shared: string[] }>;
}

/** How a sync may skip sources that did not change since the last. */
export interface SyncOptions {
	/** Paths (relative, with `/`) the caller writes itself. */
	keep?: string[];
	/** A stamp per source folder that changes whenever any of its files may have (a part's summary: a part build writes it anew). */
	stamps?: Record<string, string>;
	/** The record of the last sync into the same folder. */
	last?: SyncRecord;
	/**
	 * Source folders whose files the caller knows without a walk (the join's own build: its
	 * prune-output listing), each with the files it wrote since the last sync; a file it did not
	 * write, placed by the last sync from the same folder, is taken as in place.
	 */
	listed?: Record<string, { files: string[]; written: string[] }>;
}

/**
 * Makes `to` hold exactly the files of the folders `from` (the join's pages and every part's),
 * each as a hard link to its source where the file system allows, as a copy where it does not.
 * A file already linked to its source (or a copy of the same size and time) is left as it is, so
 * a join after one part changed touches only that part's new and replaced files; files no source
 * has any more are removed, with the folders that leaves empty. A path two sources both have
 * (the parts' shared `_astro/` assets) must be the same bytes: two different files for one path
 * is an error that names both. A source whose stamp is the one recorded at the last sync into
 * `to` is not walked: the files it placed then are taken as in place (a closed year's part); and
 * with that record, `to` is not walked either: the files to remove are those the last sync
 * placed that no source has now.
 */
export function syncSite(from: string[], to: string, options: SyncOptions = {}): SyncResult {
	const keep = options.keep ?? [];
	const owner = new Map<string, string>(keep.map((path) => [path, '']));
	const record: SyncRecord = { to, sources: {} };
	const last = existsSync(to) && options.last?.to === to ? options.last : undefined;
	let placed = 0;
	/** Places one file; false when another source has it (the same bytes). */
	const place = (source: string, target: string, relative: string): boolean => {
		const first = owner.get(relative);
		if (first !== undefined) {
			if (first === '' || !readFileSync(source).equals(readFileSync(first)))
				throw new Error(
					`${source}: differs from ${first || target}, which another part or the join wrote; build all parts with the same code`,
				);
			return false;
		}
		owner.set(relative, source);
		const have = lstatSync(target, { throwIfNoEntry: false });
		const want = statSync(source);
		if (have?.isFile()) {
			if (have.ino === want.ino && have.dev === want.dev) return true;
			if (have.nlink === 1 && have.size === want.size && have.mtimeMs === want.mtimeMs) return true;
			rmSync(target);
		} else if (have) rmSync(target, { recursive: true, force: true });
		try {
			linkSync(source, target);
		} catch {
			copyFileSync(source, target);
			utimesSync(target, want.atime, want.mtime);
		}
		placed++;
		return true;
	};
	for (const source of from) {
		const files: string[] = [];
		const shared: string[] = [];
		const take = (relative: string, owned: boolean) => {
			files.push(relative);
			if (!owned) shared.push(relative);
		};
		const walk = (dir: string, target: string, relative: string) => {
			const have = lstatSync(target, { throwIfNoEntry: false });
			if (have && !have.isDirectory()) rmSync(target);
			if (!have?.isDirectory()) mkdirSync(target, { recursive: true });
			for (const entry of readdirSync(dir, { withFileTypes: true })) {
				const name = relative ? `${relative}/${entry.name}` : entry.name;
				if (entry.isDirectory()) walk(join(dir, entry.name), join(target, entry.name), name);
				else take(name, place(join(dir, entry.name), join(target, entry.name), name));
			}
		};
		const stamp = options.stamps?.[source] ?? '';
		const known = stamp !== '' ? last?.sources[source] : undefined;
		const listed = options.listed?.[source];
		if (listed) {
			const written = new Set(listed.written);
			const before = last?.sources[source];
			const shared = new Set(before?.shared);
			const inPlace = new Set(before?.files.filter((name) => !shared.has(name)));
			for (const name of listed.files)
				if (inPlace.has(name) && !written.has(name) && !owner.has(name)) {
					owner.set(name, join(source, name));
					take(name, true);
				} else {
					mkdirSync(join(to, name, '..'), { recursive: true });
					take(name, place(join(source, name), join(to, name), name));
				}
		} else if (known?.stamp === stamp) {
			const before = new Set(known.shared);
			for (const name of known.files)
				if (!before.has(name) && !owner.has(name)) {
					owner.set(name, join(source, name));
					take(name, true);
				} else take(name, place(join(source, name), join(to, name), name));
		} else walk(source, to, '');
		record.sources[source] = { stamp, files, shared };
	}
	const removed = last ? removeStale(to, last, owner) : removeFiles(to, (_, name) => !owner.has(name)).removed.length;
	return { files: owner.size - keep.length, placed, removed, record };
}

/**
 * Removes from `to` the files the last sync placed that no source has now, and the folders that
 * leaves empty, without walking `to`: it holds what the last sync placed. Returns how many went.
 */
function removeStale(to: string, last: SyncRecord, owner: Map<string, string>): number {
	const stale = new Set(Object.values(last.sources).flatMap((source) => source.files));
	for (const name of owner.keys()) stale.delete(name);
	const folders = new Set<string>();
	for (const name of stale) {
		// A file of the last sync may be a folder of this one's now.
		if (lstatSync(join(to, name), { throwIfNoEntry: false })?.isDirectory() === false) rmSync(join(to, name));
		for (let at = name.lastIndexOf('/'); at > 0; at = name.lastIndexOf('/', at - 1)) folders.add(name.slice(0, at));
	}
	// Deepest first, so that a folder emptied by its emptied subfolders goes too.
	for (const folder of [...folders].sort((a, b) => b.length - a.length))
		if (existsSync(join(to, folder)) && readdirSync(join(to, folder)).length === 0) rmdirSync(join(to, folder));
	return stale.size;
}

/**
 * Writes a file, creating its folder; a file already there is replaced, never written through (it
 * may be a link into a part). A file of its own that already holds `text` is left as it is, so that
 * a join which changed nothing there touches nothing (a host or CDN sync sees no new file).
 */
export function writeInto(file: string, text: string): void {
	const have = lstatSync(file, { throwIfNoEntry: false });
	if (have?.isFile() && have.nlink === 1 && readFileSync(file).equals(Buffer.from(text))) return;
	mkdirSync(join(file, '..'), { recursive: true });
	rmSync(file, { force: true });
	writeFileSync(file, text);
}
