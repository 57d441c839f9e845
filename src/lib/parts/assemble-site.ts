import {
	copyFileSync,
	existsSync,
	linkSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { SHARD_MANIFEST, shardManifestText, type PlannedShard, type ShardManifest } from '../search/shards.ts';
import { rendersDate, type BuildScope } from './build-scope.ts';
import { SUMMARY_FILE, SUMMARY_ROUTE } from './summary.ts';

/** Where a part keeps its pages (its summary and shard list sit beside). */
export const PART_SITE = 'site';

/**
 * Trims a part build's output (`<part>/site`) to what the part owns: its editions' folders, the
 * built assets (`_astro/`) and its search shards. Its summary and shard list move beside it; the
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
		if (entry === 'pagefind') {
			for (const shard of readdirSync(join(site, entry)))
				if (!shards.includes(shard)) rmSync(join(site, entry, shard), { recursive: true, force: true });
			continue;
		}
		rmSync(join(site, entry), { recursive: true, force: true });
	}
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

/**
 * Adds the folder `from` into `to`, file by file as hard links where the file system allows (no
 * bytes copied), as copies where it does not. A file already there must have the same bytes (the
 * parts' shared assets): two different files for one path is an error that names both.
 */
export function linkInto(from: string, to: string): number {
	mkdirSync(to, { recursive: true });
	let files = 0;
	for (const entry of readdirSync(from, { withFileTypes: true })) {
		const source = join(from, entry.name);
		const target = join(to, entry.name);
		if (entry.isDirectory()) {
			files += linkInto(source, target);
			continue;
		}
		if (existsSync(target)) {
			if (!readFileSync(source).equals(readFileSync(target)))
				throw new Error(
					`${source}: differs from ${target}, which another part or the join wrote; build all parts with the same code`,
				);
			continue;
		}
		try {
			linkSync(source, target);
		} catch {
			copyFileSync(source, target);
		}
		files++;
	}
	return files;
}

/** Writes a file, creating its folder. */
export function writeInto(file: string, text: string): void {
	mkdirSync(join(file, '..'), { recursive: true });
	writeFileSync(file, text);
}
