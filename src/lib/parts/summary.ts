import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A part's summary file, beside its `site/` folder (scripts/build-part.ts). */
export const SUMMARY_FILE = 'summary.json';

/** The route a part build writes its summary to, moved out of the site by scripts/build-part.ts. */
export const SUMMARY_ROUTE = 'part-summary';

/** One item as the pages that list across years see it: its entry without the body. */
export interface SummaryItem {
	/** The content entry's id, `2021-06-08/01/01-da-chu-wei-min`. */
	id: string;
	/** The content file's project-relative path, from which the permalink slug comes. */
	filePath?: string;
	/** The validated frontmatter: headline, date, page, section, authors, kind… (src/schemas/item.ts). */
	data: Record<string, unknown>;
	/** The item's site path, `2021-06-08/01/slug/`. */
	path: string;
	/** Its content entry's digest, which changes with its file (the daily build's list keys take it: summary-entries.ts). */
	digest?: string;
	/** The body, kept only for the part's newest items, which the feed may show. */
	body?: string;
	/** Their rendered text as rehype-excerpt found it (src/data/rendered-text.ts), for the feed's excerpts. */
	text?: { excerpt: string; textLength: number };
}

/** What a part holds, enough for the join's pages without reading any item body. */
export interface PartSummary {
	format: 2;
	/** The years and months the part was built for (BUILD_YEARS): `2019`, `2024-12` (parsePeriods). */
	periods: string[];
	/** The archive's newest month when the part was built (`2024-11`): its search shards were planned from it (checkParts). */
	newest?: string;
	/** The validated edition manifests of its editions (src/schemas/edition.ts), by id. */
	editions: { id: string; filePath?: string; data: Record<string, unknown>; digest?: string }[];
	/** Its items in reading order: newest edition first, then page, then order. */
	items: SummaryItem[];
}

/** Reads `<part>/summary.json`; a missing or foreign file is an error that names it. */
export function readSummary(part: string): PartSummary {
	const file = join(part, SUMMARY_FILE);
	let summary: PartSummary;
	try {
		summary = JSON.parse(readFileSync(file, 'utf8'));
	} catch (error) {
		throw new Error(
			`${file}: cannot read the part's summary (${(error as Error).message}); build the part first with npm run build:part`,
			{ cause: error },
		);
	}
	if (summary?.format !== 2 || !Array.isArray(summary.items))
		throw new Error(`${file}: not a part summary of this version (format 2); rebuild the part with npm run build:part`);
	return summary;
}
