import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A file of the repository, as text. @example repoFile('docs/search.md') */
export function repoFile(path: string): string {
	return readFileSync(join(import.meta.dirname, '../..', path), 'utf8');
}
