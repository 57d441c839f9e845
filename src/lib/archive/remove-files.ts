import { readdirSync, rmdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** What removeFiles removed. */
export interface RemovedFiles {
	/** The removed files, relative to the folder, in the order they were met. */
	removed: string[];
	/** Folders removed because removing files left them empty. */
	folders: number;
}

/**
 * Removes every file under `dir` for which `remove(path, name)` holds (`name` relative to `dir`,
 * with `/`), then every folder that leaves empty; `dir` itself stays, and so does `.git` at its top.
 * Synchronous: one call per file of a large site, far cheaper without a promise each.
 */
export function removeFiles(dir: string, remove: (path: string, name: string) => boolean): RemovedFiles {
	const removed: string[] = [];
	let folders = 0;
	const walk = (folder: string, relative: string): boolean => {
		const entries = readdirSync(folder, { withFileTypes: true });
		let left = entries.length;
		for (const entry of entries) {
			const path = join(folder, entry.name);
			const name = relative ? `${relative}/${entry.name}` : entry.name;
			if (entry.isDirectory()) {
				if (!relative && entry.name === '.git') continue;
				if (walk(path, name)) {
					rmdirSync(path);
					folders++;
					left--;
				}
				continue;
			}
			if (!remove(path, name)) continue;
			rmSync(path, { force: true });
			removed.push(name);
			left--;
		}
		return left === 0 && relative !== '';
	};
	walk(dir, '');
	return { removed, folders };
}
