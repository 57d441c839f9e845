import type { TestProject } from 'vitest/node';
import { buildSite } from './site.ts';

/**
 * Builds the real site twice before the site and browser tests: at the root, and under the
 * sub-path /paper/ as a host with a base path would serve it. Tests read `inject('sites')`.
 */
export default function setup(project: TestProject) {
	const started = Date.now();
	const rootSite = buildSite({ name: 'site-root' });
	const paperSite = buildSite({ name: 'site-paper', base: '/paper/' });
	console.log(`built the sample site twice in ${((Date.now() - started) / 1000).toFixed(1)} s`);
	project.provide('sites', { root: rootSite.outDir, paper: paperSite.outDir });
}

declare module 'vitest' {
	export interface ProvidedContext {
		sites: { root: string; paper: string };
	}
}
