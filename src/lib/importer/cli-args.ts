import { parseArgs } from 'node:util';
import { encodingChoice, type EncodingChoice } from './decode.ts';
import { ImportError } from './errors.ts';

/** The command line, read and checked. */
export interface ImportArgs {
	input: string;
	date?: string;
	page?: number;
	pageName?: string;
	/** The dump's encoding when given; else it is detected. */
	encoding?: EncodingChoice;
	out: string;
	dryRun: boolean;
	json: boolean;
	force: boolean;
	/** Where to write the HTML report of the import (`--report FILE.html`), if asked for. */
	report?: string;
	help: boolean;
}

const OPTIONS = {
	date: { type: 'string' },
	page: { type: 'string' },
	'page-name': { type: 'string' },
	encoding: { type: 'string' },
	out: { type: 'string', default: 'content' },
	'dry-run': { type: 'boolean', default: false },
	json: { type: 'boolean', default: false },
	force: { type: 'boolean', default: false },
	report: { type: 'string' },
	help: { type: 'boolean', short: 'h', default: false },
} as const;

/**
 * Reads `<dump-file-or-folder> --date YYYY-MM-DD --page N [--page-name 名称] [--encoding E]
 * [--out DIR] [--dry-run] [--json] [--force] [--report FILE.html]` with node:util parseArgs. Throws an ImportError ('usage')
 * saying which argument is wrong and what it expects.
 */
export function readArgs(argv: string[]): ImportArgs {
	let parsed;
	try {
		parsed = parseArgs({ args: attachDashValues(argv), allowPositionals: true, strict: true, options: OPTIONS });
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
		encoding: values.encoding === undefined ? undefined : encodingChoice(values.encoding, '--encoding'),
		out: values.out,
		dryRun: values['dry-run'],
		json: values.json,
		force: values.force,
		report: values.report?.trim() || undefined,
		help: false,
	};
}

/**
 * Joins a value that starts with a dash to its option (`--page -1` to `--page=-1`), so the
 * value's own check answers it instead of parseArgs' "argument is ambiguous". A known option
 * (`--page --date …`) is left alone: the value is then missing, and parseArgs says so.
 */
function attachDashValues(argv: string[]): string[] {
	const known = (arg: string) =>
		arg === '-h' || arg === '--' || Object.hasOwn(OPTIONS, arg.replace(/^--/, '').replace(/=.*/s, ''));
	const out: string[] = [];
	for (let i = 0; i < argv.length; i++) {
		if (argv[i] === '--') return [...out, ...argv.slice(i)];
		const name = argv[i].startsWith('--') ? argv[i].slice(2) : '';
		const value = argv[i + 1];
		const takesValue = Object.hasOwn(OPTIONS, name) && OPTIONS[name as keyof typeof OPTIONS].type === 'string';
		if (takesValue && value !== undefined && value.startsWith('-') && !known(value)) {
			out.push(`${argv[i]}=${value}`);
			i++;
		} else out.push(argv[i]);
	}
	return out;
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
