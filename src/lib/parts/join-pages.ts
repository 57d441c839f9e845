import type { BuildScope } from './build-scope.ts';
import { readSummary } from './summary.ts';

/**
 * The parts' page URLs, for the join's sitemap, which lists the pages the parts built as a single
 * build's sitemap does (absolute, with the base path); none outside the join.
 */
export function partPageUrls(site: string | undefined, base: string, scope: BuildScope): string[] | undefined {
	if (scope.role !== 'join' || !site) return undefined;
	const root = new URL(base.endsWith('/') ? base : `${base}/`, site);
	return scope.parts.flatMap((part) => readSummary(part).pages.map((path) => new URL(root.pathname + path, root).href));
}
