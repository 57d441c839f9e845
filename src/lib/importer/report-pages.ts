import { dirname, relative, resolve, sep } from 'node:path';
import type { DumpTask } from './find-dumps.ts';
import type { PageImport } from './import-page.ts';
import { buildReport, type ReportPage } from './report-html.ts';

/**
 * Gathers the pages of one import for `--report FILE.html`, page by page as they are imported,
 * and builds the one report that covers them all. Item links are relative to the report's
 * folder, so the report opens from wherever it is written.
 */
export function reportPages(cwd: string, out: string, reportPath: string) {
	const pages: ReportPage[] = [];
	const from = dirname(resolve(cwd, reportPath));
	return {
		/** Adds one imported page; `source` is the dump's path as cited in `source` fields. */
		add(page: PageImport, source: string, task: DumpTask): void {
			pages.push({
				date: task.date,
				page: task.page,
				pageName: page.entry.name,
				source,
				encoding: page.encoding,
				text: page.text,
				parsed: page.parsed,
				reviews: page.reviews,
				files: page.files.map((file) => ({
					name: file.name,
					href: hrefOf(from, resolve(cwd, out, page.dir, file.name)),
				})),
			});
		},
		/** The report's HTML, naming the dumps that could not be imported. */
		html(errors: { source: string; message: string }[]): string {
			return buildReport(pages, errors);
		},
	};
}

function hrefOf(from: string, to: string): string {
	return relative(from, to).split(sep).map(encodeURIComponent).join('/');
}
