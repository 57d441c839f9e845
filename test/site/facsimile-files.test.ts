import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { parse } from 'yaml';
import { FACSIMILE_DATE } from '../../scripts/lib/facsimile-content.ts';
import { buildSite, root, tmpDir, type BuildResult } from '../support/site.ts';

// The facsimile fixture (scripts/lib/facsimile-content.ts): FACSIMILE_DATE's page 1 imported from a page PDF.
const sites = inject('sites');
const pageFolder = join(root, sites.facsimileContent, `editions/${FACSIMILE_DATE}/01`);
const facsimile = parse(
	readFileSync(join(root, sites.facsimileContent, `editions/${FACSIMILE_DATE}/edition.yaml`), 'utf8'),
).pages[0].facsimile as { pdf: string; images: { file: string }[] };
const files = [facsimile.pdf, ...facsimile.images.map((i) => i.file)];

describe('the files of a page imported from its PDF', () => {
	test('are published beside its page view as they were imported, byte for byte', () => {
		expect(files.length).toBeGreaterThanOrEqual(4);
		for (const file of files) {
			const published = readFileSync(join(sites.facsimile, `${FACSIMILE_DATE}/01`, file));
			expect(published.equals(readFileSync(join(pageFolder, file))), file).toBe(true);
		}
	});

	describe('in a rebuild that keeps the output folder', () => {
		const env = {
			CONTENT_DIR: sites.facsimileContent,
			ASTRO_CACHE_DIR: join(tmpDir, 'facsimile-rebuild-cache'),
			SEARCH_INDEX: 'off',
		};
		let second: BuildResult;
		let before: Map<string, number>;
		const times = (dir: string) =>
			new Map(files.map((f) => [f, statSync(join(dir, `${FACSIMILE_DATE}/01`, f)).mtimeMs]));

		beforeAll(() => {
			rmSync(env.ASTRO_CACHE_DIR, { recursive: true, force: true });
			before = times(buildSite({ name: 'facsimile-rebuild', env }).outDir);
			second = buildSite({ name: 'facsimile-rebuild', env, keep: true });
		});
		afterAll(() => {
			rmSync(env.ASTRO_CACHE_DIR, { recursive: true, force: true });
			rmSync(second.outDir, { recursive: true, force: true });
		});

		test('are reused where they are, neither read nor written again', () => {
			for (const file of files)
				expect(stripVTControlCharacters(second.output), file).toMatch(
					new RegExp(`/01/${file.replace('.', '\\.')}/? \\(cached\\)`),
				);
			expect(times(second.outDir)).toEqual(before);
		});
	});
});
