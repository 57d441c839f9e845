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

test('the generators (dev, held-out, tune, tune2, tune3, tune4, tune5, tune6) import nothing of each other, only the corpus contract', () => {
	const generators = [
		'corpus',
		'corpus-heldout',
		'corpus-tune',
		'corpus-tune2',
		'corpus-tune3',
		'corpus-tune4',
		'corpus-tune5',
		'corpus-tune6',
	];
	for (const folder of generators) {
		const others = generators.filter((other) => other !== folder);
		expect(importsOf(folder).filter((line) => others.some((other) => line.includes(`../${other}/`)))).toEqual([]);
	}
	expect(importsOf('corpus-gold').filter((line) => /\.\.\/corpus(-heldout|-tune[23456]?)?\//.test(line))).toEqual([]);
});
