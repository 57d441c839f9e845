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
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
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
	sources: Record<string, SourceRecord>;
}

/** What a sync took from one source folder: its files, of which `shared` another source placed. */
export interface SourceRecord {
	stamp: string;
	files: string[];
	shared: string[];
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
	 * A folder on the same file system to move the files and folders the sync removes into, for
	 * the caller to empty later, off the build's path (removeLater): on a file system that frees a
	 * file's blocks as it unlinks it (ext4 with `discard`), removing a few hundred files of a shard
	 * takes seconds, and moving them takes milliseconds.
	 */
	trash?: string;
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
	// Who owns each path: the index in `from` of the source that placed it (-1: the caller's own).
	// A source taken whole from the last record (below) is not entered path by path.
	const owner = new Map<string, number>(keep.map((path) => [path, -1]));
	const record: SyncRecord = { to, sources: {} };
	const last = existsSync(to) && options.last?.to === to ? options.last : undefined;
	/** Sources taken whole from the last record, in order, with the paths they own (read when first asked). */
	const whole: { index: number; entry: SourceRecord; owned?: Set<string> }[] = [];
	/** Whether a source taken whole has a path: its folder is as the last sync found it (its stamp says so). */
	const wholeHas = (name: string) =>
		whole.some(({ index }) => lstatSync(join(from[index], name), { throwIfNoEntry: false })?.isFile() === true);
	/** The source that owns a path so far: one placed in this sync, or one taken whole. */
	const ownerOf = (name: string): number | undefined => {
		const placed = owner.get(name);
		if (placed !== undefined) return placed;
		for (const source of whole) {
			source.owned ??= new Set(without(source.entry.files, source.entry.shared));
			if (source.owned.has(name)) return source.index;
		}
		return undefined;
	};
	let placed = 0;
	let trashed = 0;
	/** Removes a file, or a folder (empty, unless `folder` is 'any'): into the trash when there is one on the same file system. */
	const remove = (path: string, folder: boolean | 'any') => {
		if (options.trash !== undefined) {
			if (trashed === 0) mkdirSync(options.trash, { recursive: true });
			try {
				renameSync(path, join(options.trash, String(trashed++)));
				return;
			} catch {
				// Another file system: removed in place.
			}
		}
		if (folder === true) rmdirSync(path);
		else rmSync(path, { recursive: true, force: true });
	};
	/** Places one file of source `index`; false when another source has it (the same bytes). */
	const place = (index: number, relative: string): boolean => {
		const source = join(from[index], relative);
		const target = join(to, relative);
		const first = ownerOf(relative);
		if (first !== undefined) {
			const other = first === -1 ? target : join(from[first], relative);
			if (first === -1 || !readFileSync(source).equals(readFileSync(other)))
				throw new Error(
					`${source}: differs from ${other}, which another part or the join wrote; build all parts with the same code`,
				);
			return false;
		}
		owner.set(relative, index);
		const have = lstatSync(target, { throwIfNoEntry: false });
		const want = statSync(source);
		if (have?.isFile()) {
			if (have.ino === want.ino && have.dev === want.dev) return true;
			if (have.nlink === 1 && have.size === want.size && have.mtimeMs === want.mtimeMs) return true;
			remove(target, false);
		} else if (have) remove(target, 'any');
		try {
			linkSync(source, target);
		} catch {
			copyFileSync(source, target);
			utimesSync(target, want.atime, want.mtime);
		}
		placed++;
		return true;
	};
	// Sources whose files may differ from the last sync's; and the paths they gained or lost since,
	// the only ones whose owner may have changed. A source the last sync had and this one has not
	// lost all its files.
	const changed = new Set(last ? Object.keys(last.sources).filter((source) => !from.includes(source)) : []);
	const moved = new Set([...changed].flatMap((source) => last!.sources[source].files));
	const gainedOrLost = (source: string, files: string[]) => {
		const before = last?.sources[source]?.files ?? [];
		for (const name of without(files, before)) moved.add(name);
		for (const name of without(before, files)) moved.add(name);
	};
	from.forEach((source, index) => {
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
				else take(name, place(index, name));
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
				if (inPlace.has(name) && !written.has(name) && ownerOf(name) === undefined) {
					owner.set(name, index);
					take(name, true);
				} else {
					mkdirSync(join(to, name, '..'), { recursive: true });
					take(name, place(index, name));
				}
		} else if (known?.stamp === stamp) {
			// Its files are the last sync's. Unless a source before it gained or lost one of its
			// paths (its owner may differ now), it is taken whole: neither walked nor entered path
			// by path, so that a closed part costs the same whatever its size.
			if (![...moved].some((name) => lstatSync(join(source, name), { throwIfNoEntry: false })?.isFile())) {
				whole.push({ index, entry: known });
				record.sources[source] = known;
				return;
			}
			const before = new Set(known.shared);
			for (const name of known.files)
				if (!before.has(name) && ownerOf(name) === undefined) {
					owner.set(name, index);
					take(name, true);
				} else take(name, place(index, name));
		} else walk(source, to, '');
		if (!(known?.stamp === stamp)) changed.add(source);
		gainedOrLost(source, files);
		record.sources[source] = { stamp, files, shared };
	});
	const kept = whole.reduce((n, { entry }) => n + ownedCount(entry), 0);
	const removed = last
		? removeStale(to, last, changed, (name) => owner.has(name) || wholeHas(name), remove)
		: removeFiles(to, (_, name) => !owner.has(name)).removed.length;
	return { files: owner.size + kept - keep.length, placed, removed, record };
}

/** How many files a source owns, read from a stored record without reading its file list (readRecord). */
const OWNED = Symbol('owned');

const ownedCount = (entry: SourceRecord) =>
	(entry as { [OWNED]?: number })[OWNED] ?? entry.files.length - entry.shared.length;

/**
 * Writes a sync's record to `file`, and each source's file list beside it (`<file minus .json>/<n>.json`),
 * so that the next sync reads the list of a source only when it looks at that source: a closed part,
 * taken whole, is not read. A source's list read back from there and kept as it was is not written again.
 */
export function writeRecord(file: string, record: SyncRecord): void {
	const dir = file.replace(/\.json$/, '');
	mkdirSync(dir, { recursive: true });
	const sources: Record<string, { stamp: string; list: string; owned: number }> = {};
	const used = new Set<string>();
	for (const [source, entry] of Object.entries(record.sources)) {
		const stored = stores.get(entry);
		const list = stored?.dir === dir ? stored.list : `${randomUUID()}.json`;
		if (stored?.dir !== dir)
			writeFileSync(join(dir, list), JSON.stringify({ files: entry.files, shared: entry.shared }));
		sources[source] = { stamp: entry.stamp, list, owned: ownedCount(entry) };
		used.add(list);
	}
	for (const name of readdirSync(dir)) if (!used.has(name)) rmSync(join(dir, name), { force: true });
	writeFileSync(file, JSON.stringify({ to: record.to, sources }));
}

/** The records read by readRecord, with the list file each came from. */
const stores = new WeakMap<SourceRecord, { dir: string; list: string }>();

/** Reads what writeRecord wrote; a source's file list is read when first asked for. None when missing or unreadable. */
export function readRecord(file: string): SyncRecord | undefined {
	const dir = file.replace(/\.json$/, '');
	let main: { to: string; sources: Record<string, { stamp: string; list: string; owned: number }> };
	try {
		main = JSON.parse(readFileSync(file, 'utf8'));
		if (typeof main?.to !== 'string' || !Object.values(main.sources ?? {}).every((s) => typeof s?.list === 'string'))
			return undefined;
	} catch {
		return undefined;
	}
	const record: SyncRecord = { to: main.to, sources: {} };
	for (const [source, { stamp, list, owned }] of Object.entries(main.sources)) {
		let lists: { files: string[]; shared: string[] } | undefined;
		const read = () =>
			(lists ??= JSON.parse(readFileSync(join(dir, list), 'utf8')) as { files: string[]; shared: string[] });
		const entry = {
			stamp,
			get files() {
				return read().files;
			},
			get shared() {
				return read().shared;
			},
			[OWNED]: owned,
		};
		stores.set(entry, { dir, list });
		record.sources[source] = entry;
	}
	return record;
}

/** The names of `list` that are not in `minus`. */
function without(list: string[], minus: string[]): string[] {
	if (minus.length === 0) return list;
	const drop = new Set(minus);
	return list.filter((name) => !drop.has(name));
}

/**
 * Removes from `to` the files the last sync placed from the `changed` sources that no source
 * `has` now, and the folders that leaves empty, without walking `to`: it holds what the last sync
 * placed, and a source taken whole still has all its files. Returns how many went.
 */
function removeStale(
	to: string,
	last: SyncRecord,
	changed: Set<string>,
	has: (name: string) => boolean,
	remove: (path: string, folder: boolean) => void,
): number {
	const stale = new Set<string>();
	for (const source of changed) for (const name of last.sources[source]?.files ?? []) if (!has(name)) stale.add(name);
	const folders = new Set<string>();
	for (const name of stale) {
		// A file of the last sync may be a folder of this one's now.
		if (lstatSync(join(to, name), { throwIfNoEntry: false })?.isDirectory() === false) remove(join(to, name), false);
		for (let at = name.lastIndexOf('/'); at > 0; at = name.lastIndexOf('/', at - 1)) folders.add(name.slice(0, at));
	}
	// Deepest first, so that a folder emptied by its emptied subfolders goes too.
	for (const folder of [...folders].sort((a, b) => b.length - a.length))
		if (existsSync(join(to, folder)) && readdirSync(join(to, folder)).length === 0) remove(join(to, folder), true);
	return stale.size;
}

/**
 * Empties trash folders (SyncOptions.trash) in a process of its own that outlives this one, so
 * that the build is done without waiting for the file system to free their files: `folders`, and
 * any folder left beside them whose name starts with `prefix` (a removal cut short).
 */
export function removeLater(parent: string, prefix: string): void {
	const folders = existsSync(parent)
		? readdirSync(parent)
				.filter((name) => name.startsWith(prefix))
				.map((name) => join(parent, name))
		: [];
	if (folders.length === 0) return;
	const script = `for (const f of JSON.parse(process.argv[1])) require('node:fs').rmSync(f, { recursive: true, force: true });`;
	spawn(process.execPath, ['-e', script, JSON.stringify(folders)], { detached: true, stdio: 'ignore' }).unref();
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
