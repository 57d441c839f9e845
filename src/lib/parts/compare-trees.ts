import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** How two site folders differ: the files of either, and those missing from one or with other bytes. */
export interface TreeComparison {
	/** Files in either folder. */
	files: number;
	/** Paths (relative, `/`-separated) present in only one folder or with different bytes, sorted. */
	differing: string[];
}

/** Every file under `dir`, as relative `/`-separated paths, sorted. */
export function listFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort();
}

/** Compares two site folders byte for byte; there are no exceptions: equal means the same files with the same bytes. */
export function compareTrees(a: string, b: string): TreeComparison {
	const left = new Set(listFiles(a));
	const right = new Set(listFiles(b));
	const all = [...new Set([...left, ...right])].sort();
	const differing = all.filter(
		(path) => !left.has(path) || !right.has(path) || !readFileSync(join(a, path)).equals(readFileSync(join(b, path))),
	);
	return { files: all.length, differing };
}

/** Every file under `dir` by its relative path, with its size and a digest of its bytes. */
export function treeDigests(dir: string): Map<string, { size: number; digest: string }> {
	return new Map(
		listFiles(dir).map((path) => {
			const bytes = readFileSync(join(dir, path));
			return [path, { size: bytes.length, digest: createHash('sha256').update(bytes).digest('hex') }];
		}),
	);
}

/** What a sync of a site folder to a bucket uploads after a change: the new or changed files and their bytes, and the files it deletes. */
export function uploadDelta(
	before: Map<string, { size: number; digest: string }>,
	after: Map<string, { size: number; digest: string }>,
): { files: number; bytes: number; removed: number } {
	let files = 0;
	let bytes = 0;
	for (const [path, file] of after)
		if (before.get(path)?.digest !== file.digest) {
			files++;
			bytes += file.size;
		}
	const removed = [...before.keys()].filter((path) => !after.has(path)).length;
	return { files, bytes, removed };
}
