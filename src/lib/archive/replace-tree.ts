import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, utimesSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { removeFiles } from './remove-files.ts';

/** What replaceTree did, by file (relative paths, with `/`). */
export interface ReplacedTree {
	/** Files `to` already held with the same bytes: kept as they were (the same inode), touched. */
	kept: number;
	/** Files moved in from `from`: new, or with other bytes than before. */
	moved: number;
	/** Files `to` held that `from` has not: removed. */
	removed: number;
}

/** The files under `dir`, as paths relative to it (with `/`). */
function listFiles(dir: string, relative = ''): string[] {
	return readdirSync(join(dir, relative), { withFileTypes: true }).flatMap((entry) => {
		const name = relative ? `${relative}/${entry.name}` : entry.name;
		return entry.isDirectory() ? listFiles(dir, name) : [name];
	});
}

/**
 * Makes the folder `to` hold exactly the files of the folder `from`, which is used up: a file of
 * `to` with the same bytes as its counterpart stays as it is (the same inode, its times set to now
 * so that it counts as written by this build: prune-output.ts), any other is replaced by the one
 * moved from `from` (renamed over it, never written through), and files `from` has not are
 * removed, with the folders that leaves empty. A file kept keeps every hard link to it (the
 * assembled site's: src/lib/parts/assemble-site.ts), so a shard written again whose files are
 * mostly the same as before needs only its changed files placed anew.
 */
export function replaceTree(from: string, to: string): ReplacedTree {
	const incoming = listFiles(from);
	mkdirSync(to, { recursive: true });
	const now = new Date();
	let kept = 0;
	let moved = 0;
	for (const name of incoming) {
		const source = join(from, name);
		const target = join(to, name);
		const have = lstatSync(target, { throwIfNoEntry: false });
		if (have?.isFile() && have.size === lstatSync(source).size && readFileSync(target).equals(readFileSync(source))) {
			utimesSync(target, now, now);
			kept++;
			continue;
		}
		if (have && !have.isFile()) rmSync(target, { recursive: true, force: true });
		mkdirSync(dirname(target), { recursive: true });
		renameSync(source, target);
		moved++;
	}
	const wanted = new Set(incoming);
	const { removed } = removeFiles(to, (_, name) => !wanted.has(name));
	rmSync(from, { recursive: true, force: true });
	return { kept, moved, removed: removed.length };
}
