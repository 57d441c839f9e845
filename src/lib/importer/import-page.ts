import { decode, type EncodingChoice } from './decode.ts';
import type { ParsedItem } from './assemble-items.ts';
import type { PageEntry } from './edition-manifest.ts';
import { parsePage, type ParsedPage } from './parse-page.ts';
import { renderItem } from './render-item.ts';
import { reviewReasons, type ReviewReason } from './review-reasons.ts';
import { slugify, uniqueSlugs } from './slug.ts';
import { lineSpan } from './warnings.ts';

/** Which page a dump is, and the path to cite as its source. */
export interface PageOptions {
	date: string;
	page: number;
	pageName?: string;
	/** The dump's encoding, when known; else it is detected. */
	encoding?: EncodingChoice;
	/** The dump's path as it should appear in `source` fields: `content/dumps/2021-06-08/01.txt`. */
	source: string;
}

/** One page imported in memory: the files to write and what was read. */
export interface PageImport {
	/** The page folder relative to the output root: `editions/2021-06-08/01`. */
	dir: string;
	files: { name: string; content: string; order: number }[];
	entry: PageEntry;
	parsed: ParsedPage;
	/** Why each item is marked for review (empty when it is not), in the order of `parsed.items`. */
	reviews: ReviewReason[][];
	/** The decoded dump text, for the HTML report. */
	text: string;
	encoding: string;
	/** Files beside the items that are not text (a PDF page's images and the PDF), by name. */
	assets?: { name: string; content: Uint8Array }[];
}

/** Names every item file `<order>-<slug>.md` and renders it with its review reasons; `span` gives the lines its `source` cites. */
export function itemFiles(
	items: ParsedItem[],
	reviews: ReviewReason[][],
	options: PageOptions,
	span: (item: ParsedItem) => string,
): PageImport['files'] {
	const slugs = uniqueSlugs(items.map((item) => slugify(item.headline)));
	const width = Math.max(2, String(items.length).length);
	return items.map((item, i) => {
		const order = i + 1;
		const content = renderItem(
			item,
			{ date: options.date, page: options.page, order, source: `${options.source}:${span(item)}` },
			reviews[i].map((reason) => reason.text),
		);
		return { name: `${String(order).padStart(width, '0')}-${slugs[i]}.md`, content, order };
	});
}

/**
 * Imports one page dump in memory: decodes and parses it, names every item file
 * `<order>-<slug>.md` and renders it, and prepares the page's manifest entry. Writes nothing.
 * Throws an ImportError for undecodable or empty input.
 */
export function importPage(bytes: Uint8Array, options: PageOptions): PageImport {
	const { text, encoding } = decode(bytes, options.encoding);
	const parsed = parsePage(text);
	const pageNumber = parsed.header.pageNumber;
	if (pageNumber !== undefined && pageNumber !== options.page) {
		parsed.warnings.push({
			code: 'page',
			line: parsed.furniture.find((f) => f.kind === 'page-header')?.line ?? 0,
			message: `the page header says page ${pageNumber} but --page is ${options.page}; check which is right`,
		});
	}
	const nn = String(options.page).padStart(2, '0');
	const reviews = reviewReasons(parsed);
	const files = itemFiles(parsed.items, reviews, options, (item) => lineSpan(item.firstLine, item.lastLine));
	return {
		dir: `editions/${options.date}/${nn}`,
		files,
		entry: {
			number: options.page,
			name: options.pageName ?? parsed.header.pageName,
			banner: parsed.banner?.text,
			source: options.source,
		},
		parsed,
		reviews,
		text,
		encoding,
	};
}
