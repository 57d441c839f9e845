import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { joinedParts, type BuildScope } from './build-scope.ts';
import { summaryStamp } from './summary-loader.ts';
import { readSummary } from './summary.ts';

/** Each part's page URLs as the last join listed them, under the stamp of the summary they came from. */
type KeptPages = Record<string, { stamp: string; root: string; urls: string[] }>;

/** Where the join keeps its parts' page URLs, in its Astro cache folder. */
export const PART_PAGES_FILE = 'part-pages.json';

function readKept(file: string): KeptPages {
	try {
		return JSON.parse(readFileSync(file, 'utf8')) as KeptPages;
	} catch {
		return {};
	}
}

/**
 * The parts' page URLs, for the join's sitemap, which lists the pages the parts built as a single
 * build's sitemap does (absolute, with the base path); for the daily build's, the other parts'
 * (build-scope.ts, joinedParts); none outside them. With `cacheDir`
 * (the join's Astro cache), a part whose summary is the one the last join read (its stamp: a part
 * build writes a new file) is not read again: its URLs are kept in `<cacheDir>/part-pages.json`,
 * so a daily join reads the rebuilt part's summary only.
 */
export function partPageUrls(
	site: string | undefined,
	base: string,
	scope: BuildScope,
	cacheDir?: string,
): string[] | undefined {
	const parts = joinedParts(scope);
	if (!parts || !site) return undefined;
	const root = new URL(base.endsWith('/') ? base : `${base}/`, site);
	const file = cacheDir && resolve(cacheDir, PART_PAGES_FILE);
	const kept = file ? readKept(file) : {};
	const now: KeptPages = {};
	for (const part of parts) {
		const stamp = summaryStamp(part);
		const last = kept[part];
		now[part] =
			stamp !== '' && last?.stamp === stamp && last.root === root.href
				? last
				: {
						stamp,
						root: root.href,
						urls: readSummary(part).pages.map((path) => new URL(root.pathname + path, root).href),
					};
	}
	if (file && parts.some((part) => now[part] !== kept[part])) {
		mkdirSync(dirname(file), { recursive: true });
		const fresh = `${file}.${process.pid}.tmp`;
		writeFileSync(fresh, JSON.stringify(now));
		renameSync(fresh, file);
	}
	return parts.flatMap((part) => now[part].urls);
}
