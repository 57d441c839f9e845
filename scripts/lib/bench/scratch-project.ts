import { cpSync, existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { GeneratedEdition } from '../../../src/lib/bench/generate-edition.ts';

/**
 * A benchmark's scratch project in `site`: the site's code and config copied from `root`,
 * node_modules linked entry by entry. Astro and Vite keep caches in node_modules/.astro and .vite
 * (the incremental build's manifest among them): a real folder of links keeps them per scratch
 * project, away from the repo's.
 */
export function scaffoldProject(root: string, site: string): void {
	mkdirSync(join(site, 'content/editions'), { recursive: true });
	for (const path of [
		'src',
		'public',
		'astro.config.mjs',
		'publication.config.ts',
		'tsconfig.json',
		'package.json',
		'package-lock.json',
	]) {
		if (existsSync(join(root, path))) cpSync(join(root, path), join(site, path), { recursive: true });
	}
	mkdirSync(join(site, 'node_modules'));
	for (const entry of readdirSync(join(root, 'node_modules'))) {
		if (entry === '.astro' || entry === '.vite' || entry === '.cache') continue;
		symlinkSync(join(root, 'node_modules', entry), join(site, 'node_modules', entry));
	}
}

/** Writes one generated edition under the scratch project's content/editions. */
export function writeEdition(site: string, edition: GeneratedEdition): void {
	for (const file of edition.files) {
		const path = join(site, 'content/editions', file.path);
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, file.text);
	}
}
