import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { facsimileContent } from '../../scripts/lib/facsimile-content.ts';
import { buildSite, root } from './site.ts';

/** The facsimile fixture's content folder, relative to the project (CONTENT_DIR). */
const FACSIMILE_CONTENT = '.tmp/facsimile-content';

/**
 * Builds the real site before the site and browser tests: the sample at the root and under the
 * sub-path /paper/ (as a host with a base path serves it), and a small fixture archive of two
 * editions with several pages each (test/fixtures/archive) for page-to-page navigation, its search
 * index cut into one shard a month (SEARCH_SHARD_ITEMS=11: 3 items in May, 11 in June), its
 * author's list into numbered pages of four items (LIST_PAGE_SIZE=4); and the sample with an edition
 * imported from a page PDF (scripts/lib/facsimile-content.ts), without its search index.
 * Tests read the output folders with `inject('sites')`.
 */
export default async function setup(project: TestProject) {
	const started = Date.now();
	const rootSite = buildSite({ name: 'site-root' });
	const paperSite = buildSite({ name: 'site-paper', base: '/paper/' });
	const multiSite = buildSite({
		name: 'site-multi',
		env: { CONTENT_DIR: 'test/fixtures/archive', SEARCH_SHARD_ITEMS: '11', LIST_PAGE_SIZE: '4' },
	});
	await facsimileContent(join(root, FACSIMILE_CONTENT));
	const facsimileSite = buildSite({
		name: 'site-facsimile',
		env: { CONTENT_DIR: FACSIMILE_CONTENT, SEARCH_INDEX: 'off' },
	});
	console.log(
		`built the sample site twice, the multi-edition fixture and the facsimile fixture in ${((Date.now() - started) / 1000).toFixed(1)} s`,
	);
	project.provide('sites', {
		root: rootSite.outDir,
		paper: paperSite.outDir,
		multi: multiSite.outDir,
		facsimile: facsimileSite.outDir,
		facsimileContent: FACSIMILE_CONTENT,
	});
}

declare module 'vitest' {
	export interface ProvidedContext {
		sites: {
			root: string;
			paper: string;
			multi: string;
			/** The facsimile fixture's build, and its content folder (relative to the project). */
			facsimile: string;
			facsimileContent: string;
		};
	}
}
