import { parseArgs } from 'node:util';
import { ImportError } from './errors.ts';

/** The command line, read and checked. */
export interface ImportArgs {
	input: string;
	date?: string;
	page?: number;
	pageName?: string;
	out: string;
	dryRun: boolean;
	json: boolean;
	force: boolean;
	help: boolean;
}

/**
 * Reads `<dump-file-or-folder> --date YYYY-MM-DD --page N [--page-name 名称] [--out DIR]
 * [--dry-run] [--json] [--force]` with node:util parseArgs. Throws an ImportError ('usage')
 * saying which argument is wrong and what it expects.
 */
export function readArgs(argv: string[]): ImportArgs {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			allowPositionals: true,
			strict: true,
			options: {
				date: { type: 'string' },
				page: { type: 'string' },
				'page-name': { type: 'string' },
				out: { type: 'string', default: 'content' },
				'dry-run': { type: 'boolean', default: false },
				json: { type: 'boolean', default: false },
				force: { type: 'boolean', default: false },
				help: { type: 'boolean', short: 'h', default: false },
			},
		});
	} catch (error) {
		throw new ImportError('usage', `${(error as Error).message.split('\n')[0]}. Run with --help for the options.`);
	}
	const { values, positionals } = parsed;
	if (values.help) return { input: '', out: values.out, dryRun: false, json: false, force: false, help: true };
	if (positionals.length !== 1) {
		throw new ImportError(
			'usage',
			`expects one dump file or folder but found ${positionals.length === 0 ? 'none' : `${positionals.length}: ${positionals.join(' ')}`}. Example: npm run import -- content/dumps/2021-06-08/01.txt --date 2021-06-08 --page 1`,
		);
	}
	return {
		input: positionals[0],
		date: values.date === undefined ? undefined : checkDate(values.date, '--date'),
		page: values.page === undefined ? undefined : checkPage(values.page, '--page'),
		pageName: values['page-name']?.trim() || undefined,
		out: values.out,
		dryRun: values['dry-run'],
		json: values.json,
		force: values.force,
		help: false,
	};
}

/**
 * Checks a `YYYY-MM-DD` date that is a real calendar day; `where` names its origin in the message.
 * @example checkDate('2021-06-08', '--date') // '2021-06-08'
 */
export function checkDate(value: string, where: string): string {
	const time = Date.parse(`${value}T00:00:00Z`);
	const real =
		/^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
	if (!real)
		throw new ImportError(
			'usage',
			`${where}: expects a real date written YYYY-MM-DD, like 2021-06-08, but found "${value}".`,
		);
	return value;
}

/**
 * Checks a page number: a whole number from 1 to 999.
 * @example checkPage('05', '--page') // 5
 */
export function checkPage(value: string, where: string): number {
	const page = /^\d{1,3}$/.test(value.trim()) ? Number(value) : Number.NaN;
	if (!(page >= 1))
		throw new ImportError(
			'usage',
			`${where}: expects a page number from 1 to 999, like 1 or 05, but found "${value}".`,
		);
	return page;
}
