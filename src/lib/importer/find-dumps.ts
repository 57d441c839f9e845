import { basename, join, relative } from 'node:path';
import { checkDate, checkPage } from './cli-args.ts';
import { ImportError } from './errors.ts';
import type { ImportIo } from './import-io.ts';

/** One dump to import, with the date and page it stands for. */
export interface DumpTask {
	path: string;
	date: string;
	page: number;
}

const DATE_DIR = /^\d{4}-\d{2}-\d{2}$/;
const PAGE_FILE = /^(\d{1,3})(?:[^\d].*)?\.(?:txt|pdf)$/i;

/**
 * The dumps a folder holds: `<date>/<page>.txt` files and page PDFs (`<page>.pdf`), the date from the folder's name (or
 * `date` when given), the page from the file's leading digits; a folder of date folders is
 * walked one level down. Sorted by date, then page. Throws an ImportError for a misnamed dump or
 * for two dumps of one page.
 */
export async function findDumps(io: ImportIo, dir: string, date: string | undefined): Promise<DumpTask[]> {
	const names = (await io.list(dir)).sort();
	const tasks: DumpTask[] = [];
	const folderDate = DATE_DIR.test(basename(dir)) ? checkDate(basename(dir), dir) : date;
	for (const name of names) {
		const path = join(dir, name);
		if (DATE_DIR.test(name) && (await io.kind(path)) === 'dir') {
			tasks.push(...(await findDumps(io, path, undefined)));
			continue;
		}
		if (!/\.(?:txt|pdf)$/i.test(name)) continue;
		const page = PAGE_FILE.exec(name);
		if (!page)
			throw new ImportError(
				'usage',
				`${path}: expects a dump or page PDF named by its page number, like 01.txt or 01.pdf, but found "${name}". Rename it, or import it alone with --page.`,
			);
		if (!folderDate)
			throw new ImportError(
				'usage',
				`${dir}: expects a folder named by its date, like 2021-06-08, or --date, but found "${basename(dir)}".`,
			);
		tasks.push({ path, date: folderDate, page: checkPage(page[1], path) });
	}
	refuseTwins(dir, tasks);
	return tasks;
}

// Two dumps for one page (`01.txt` and `01 副本.txt`) would write the same page folder, the
// later silently replacing the earlier: refused before anything is written.
function refuseTwins(dir: string, tasks: DumpTask[]): void {
	const byPage = Map.groupBy(tasks, (task) => `${task.date}/${task.page}`);
	for (const twins of byPage.values()) {
		if (twins.length < 2) continue;
		const names = twins.map((task) => relative(dir, task.path));
		throw new ImportError(
			'duplicate',
			`${dir}: expects one dump per page but found ${twins.length} for page ${twins[0].page} of ${twins[0].date}: ${names.slice(0, -1).join(', ')} and ${names.at(-1)}. Remove or rename all but one, then import again.`,
		);
	}
}
