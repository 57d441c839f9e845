import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { root } from '../support/site.ts';

/** The relative imports of every module in a folder of src/lib, as `file: specifier`. */
function importsOf(folder: string): string[] {
	const dir = join(root, 'src/lib', folder);
	return readdirSync(dir)
		.filter((name) => name.endsWith('.ts'))
		.flatMap((name) =>
			[...readFileSync(join(dir, name), 'utf8').matchAll(/from '(\.[^']+)'/g)].map((m) => `${name}: ${m[1]}`),
		);
}

test('the held-out and the development generators import nothing of each other, only the corpus contract', () => {
	expect(importsOf('corpus-heldout').filter((line) => line.includes('../corpus/'))).toEqual([]);
	expect(importsOf('corpus').filter((line) => line.includes('../corpus-heldout/'))).toEqual([]);
	expect(importsOf('corpus-gold').filter((line) => /\.\.\/corpus(-heldout)?\//.test(line))).toEqual([]);
});
