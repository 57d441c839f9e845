import type { TestProject } from 'vitest/node';
import { buildSite } from './site.ts';

/**
 * Builds the real site before the site and browser tests: the sample at the root and under the
 * sub-path /paper/ (as a host with a base path serves it), and a small fixture archive of two
 * editions with several pages each (test/fixtures/archive) for page-to-page navigation, its search
 * index cut into one shard a month (SEARCH_SHARD_ITEMS=11: 3 items in May, 11 in June), its
 * author's list into numbered pages of four items (LIST_PAGE_SIZE=4).
 * Tests read the output folders with `inject('sites')`.
 */
export default function setup(project: TestProject) {
	const started = Date.now();
	const rootSite = buildSite({ name: 'site-root' });
	const paperSite = buildSite({ name: 'site-paper', base: '/paper/' });
	const multiSite = buildSite({
		name: 'site-multi',
		env: { CONTENT_DIR: 'test/fixtures/archive', SEARCH_SHARD_ITEMS: '11', LIST_PAGE_SIZE: '4' },
	});
	console.log(
		`built the sample site twice and the multi-edition fixture in ${((Date.now() - started) / 1000).toFixed(1)} s`,
	);
	project.provide('sites', { root: rootSite.outDir, paper: paperSite.outDir, multi: multiSite.outDir });
}

declare module 'vitest' {
	export interface ProvidedContext {
		sites: { root: string; paper: string; multi: string };
	}
}
