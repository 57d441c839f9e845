import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Bytes of all files under a folder (apparent size). */
export function folderBytes(dir: string): number {
	let total = 0;
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }))
		if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
	return total;
}
