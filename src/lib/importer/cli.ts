/**
 * The importer's command line: `main(argv, io) -> exit code`.
 *
 * Exit codes:
 *   0  imported (warnings and skipped files are reported, not errors)
 *   1  internal error (a bug)
 *   2  bad arguments (--date, --page, unknown option, no dump given)
 *   3  bad input (missing path, empty, blank, binary or undecodable dump, two dumps for one
 *      page, broken manifest)
 *   4  could not write; every file is whole, and the message lists each change made before
 *      the failure (the next import finishes the page)
 */
import { readArgs, type ImportArgs } from './cli-args.ts';
import { HELP } from './cli-help.ts';
import { formatPage } from './cli-report.ts';
import { ImportError, isFsError, isImportError, type ImportErrorCode } from './errors.ts';
import { findDumps, type DumpTask } from './find-dumps.ts';
import type { ImportIo } from './import-io.ts';
import { writePage, type PageReport } from './write-page.ts';

/** The exit codes, by name. */
export const EXIT = { ok: 0, internal: 1, usage: 2, input: 3, write: 4 } as const;

const EXIT_OF: Record<ImportErrorCode, number> = {
	usage: 2,
	missing: 3,
	empty: 3,
	blank: 3,
	binary: 3,
	undecodable: 3,
	layout: 3,
	duplicate: 3,
	manifest: 3,
	write: 4,
};

// Below this many dumps a progress bar is more noise than help.
const PROGRESS_FROM = 20;

export type { ImportIo } from './import-io.ts';

/**
 * Runs `npm run import -- <dump-file-or-folder> --date YYYY-MM-DD --page N [--page-name 名称]
 * [--encoding E] [--out DIR] [--dry-run] [--json] [--force] [--report FILE.html]` and returns the
 * exit code. Bad input gives a one-line message (what, where, what to do) on stderr, never a stack trace.
 */
export async function main(argv: string[], io: ImportIo): Promise<number> {
	let args: ImportArgs;
	let tasks: DumpTask[];
	try {
		args = readArgs(argv);
		if (args.help) {
			io.stdout(HELP);
			return EXIT.ok;
		}
		tasks = await tasksOf(io, args);
	} catch (error) {
		return fail(io, error);
	}
	const reports: PageReport[] = [];
	const errors: { source: string; message: string; code: number; done?: string[] }[] = [];
	// The progress bar and the report's HTML modules are loaded only when used: loading them costs a
	// one-page import more CPU than writing its files.
	const progress =
		tasks.length >= PROGRESS_FROM && io.progress && !args.json ? (await import('cli-progress')).default : undefined;
	const bar =
		progress &&
		new progress.SingleBar(
			{ stream: io.progress, format: 'importing {bar} {value}/{total} dumps', hideCursor: true },
			progress.Presets.shades_classic,
		);
	bar?.start(tasks.length, 0);
	const collector =
		args.report === undefined
			? undefined
			: (await import('./report-pages.ts')).reportPages(io.cwd, args.out, args.report);
	for (const task of tasks) {
		try {
			reports.push(
				await writePage(io, task, {
					...args,
					collect: collector && ((page, source) => collector.add(page, source, task)),
				}),
			);
		} catch (error) {
			if (!isImportError(error) && !isFsError(error)) {
				bar?.stop();
				throw error;
			}
			const code = isImportError(error) ? EXIT_OF[error.code] : EXIT.write;
			const done = isImportError(error) ? error.done : undefined;
			errors.push({ source: task.path, message: oneLine(error, task.path), code, ...(done && { done }) });
		}
		bar?.increment();
	}
	bar?.stop();
	if (args.json) io.stdout(`${JSON.stringify({ dryRun: args.dryRun, pages: reports, errors }, null, 2)}\n`);
	else if (tasks.length < PROGRESS_FROM) for (const report of reports) io.stdout(formatPage(report, args.dryRun));
	else
		io.stdout(
			`imported ${reports.length} of ${tasks.length} dumps, ${reports.reduce((n, r) => n + r.items.length, 0)} items, ${reports.reduce((n, r) => n + r.warnings.filter((w) => w.code !== 'banner' && w.code !== 'junk').length, 0)} warnings${args.dryRun ? ' (dry run: nothing written)' : ''}\n`,
		);
	for (const error of errors)
		io.stderr(`${[error.message, ...(error.done ?? []).map((line) => `  ${line}`)].join('\n')}\n`);
	if (collector && args.report) {
		// Written in a dry run too: it shows the split before anything is written.
		try {
			await io.writeAtomic(args.report, collector.html(errors));
		} catch (error) {
			return Math.max(fail(io, error), ...errors.map((e) => e.code));
		}
		if (!args.json) io.stdout(`report: ${args.report}\n`);
	}
	return errors.length === 0 ? EXIT.ok : Math.max(...errors.map((e) => e.code));
}

async function tasksOf(io: ImportIo, args: ImportArgs): Promise<DumpTask[]> {
	const kind = await io.kind(args.input);
	if (kind === undefined)
		throw new ImportError(
			'missing',
			`${args.input}: expects a dump file or a folder of dumps but found nothing there. Check the path.`,
		);
	if (kind === 'dir') {
		if (args.page !== undefined)
			throw new ImportError(
				'usage',
				`--page: expects a single dump file but found the folder ${args.input}; a folder takes page numbers from file names (01.txt).`,
			);
		const tasks = await findDumps(io, args.input, args.date);
		if (tasks.length === 0)
			throw new ImportError(
				'missing',
				`${args.input}: expects page dumps named like 01.txt but found none. Check the folder.`,
			);
		return tasks;
	}
	if (!args.date)
		throw new ImportError(
			'usage',
			`--date: expects the edition date of ${args.input}, like --date 2021-06-08, but found none.`,
		);
	if (args.page === undefined)
		throw new ImportError('usage', `--page: expects the page number of ${args.input}, like --page 1, but found none.`);
	return [{ path: args.input, date: args.date, page: args.page }];
}

function fail(io: ImportIo, error: unknown): number {
	if (!isImportError(error) && !isFsError(error)) throw error;
	io.stderr(`${oneLine(error, '')}\n`);
	return isImportError(error) ? EXIT_OF[error.code] : EXIT.write;
}

function oneLine(error: Error, where: string): string {
	const message = error.message.split('\n')[0];
	if (isImportError(error))
		return message.startsWith(where) || where === '' || /^(--|\S+: )/.test(message) ? message : `${where}: ${message}`;
	const fsError = error as NodeJS.ErrnoException;
	// Writes report their own failures (writePage); this is a read or a listing that failed.
	return `${fsError.path ?? where}: could not read (${fsError.code}). Check permissions; nothing of this page was written.`;
}
