import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import pLimit from 'p-limit';
import type { EncodingChoice } from './decode.ts';
import { readPageFields, updateManifest } from './edition-manifest.ts';
import { ImportError, isFsError } from './errors.ts';
import type { DumpTask } from './find-dumps.ts';
import { TEMP_FILE, type ImportIo } from './import-io.ts';
import { importPage, type PageImport } from './import-page.ts';
import { isPdfPath } from '../pdf-import/pdf-path.ts';
import { planAssets, sha256Bytes } from './plan-assets.ts';
import { nextRecord, planFiles, sha256, type FileAction, type ImportRecord } from './import-record.ts';
import { planManifest, type FieldAction } from './plan-manifest.ts';
import type { Warning } from './warnings.ts';

/** What importing one page did (or, in a dry run, would do). */
export interface PageReport {
	source: string;
	date: string;
	page: number;
	dir: string;
	encoding: string;
	banner?: string;
	items: {
		file: string;
		order: number;
		headline: string;
		kind: string;
		lines: string;
		action: FileAction['action'];
		/** For a write: what it replaces; `edit` is an editor's change, kept in a backup. */
		replaces?: 'nothing' | 'import' | 'edit';
	}[];
	/** This page's entry in edition.yaml: whether the file is written, and each field's fate. */
	manifest: { path: string; action: 'write' | 'unchanged'; fields: FieldAction[] };
	skipped: { file: string; reason: string }[];
	removed: string[];
	/** A PDF page's binary files beside the items (page images, the PDF) and what happened to each. */
	assets: { file: string; action: 'write' | 'unchanged' | 'skip' }[];
	/** Temporary files of an import that was cut short, removed. */
	leftovers: string[];
	backups: string[];
	warnings: Warning[];
	furniture: { kind: string; line: number; text: string }[];
}

const RECORD = '.import.json';
// Enough writes in flight to keep the disk busy, few enough for any open-file limit.
const WRITES_AT_ONCE = 16;
const decoder = new TextDecoder();

/**
 * Imports one dump and writes its page: leftovers of an interrupted import removed, the record
 * with the hashes about to be written, backups, item files, the manifest, then the final record.
 * The first record lets the next import recognise files of an import cut short as its own. A
 * write that fails throws an ImportError ('write') listing every change made before it.
 */
export async function writePage(
	io: ImportIo,
	task: DumpTask,
	options: {
		out: string;
		pageName?: string;
		encoding?: EncodingChoice;
		dryRun: boolean;
		force: boolean;
		/** Called with the page as imported in memory (for the HTML report). */
		collect?: (page: PageImport, source: string) => void;
	},
): Promise<PageReport> {
	const bytes = await io.readFile(task.path);
	if (!bytes)
		throw new ImportError('missing', `${task.path}: expects a dump file but found nothing there. Check the path.`);
	// Cite the dump relative to the project when it lives inside it, else by its absolute path.
	const inProject = relative(io.cwd, resolve(io.cwd, task.path));
	const source = (inProject.startsWith('..') || isAbsolute(inProject) ? resolve(io.cwd, task.path) : inProject)
		.split('\\')
		.join('/');
	const pageOptions = {
		date: task.date,
		page: task.page,
		pageName: options.pageName,
		encoding: options.encoding,
		source,
	};
	const result: PageImport = isPdfPath(task.path)
		? await (await import('../pdf-import/import-pdf-page.ts')).importPdfPage(bytes, pageOptions)
		: importPage(bytes, pageOptions);
	options.collect?.(result, source);
	const assetNames = new Set((result.assets ?? []).map((a) => a.name));
	const existingAssets = new Map<string, Uint8Array>();
	const dir = join(options.out, result.dir);
	const existing = new Map<string, string>();
	const leftovers: string[] = [];
	let record: ImportRecord | undefined;
	for (const name of await io.list(dir)) {
		if (TEMP_FILE.test(name)) leftovers.push(join(dir, name));
		else if (name === RECORD) record = readRecord(await readText(io, join(dir, name)));
		else if (/\.mdx?$/.test(name)) existing.set(name, await readText(io, join(dir, name)));
		else if (assetNames.has(name)) existingAssets.set(name, (await io.readFile(join(dir, name))) ?? new Uint8Array());
	}
	const actions = planFiles(result.files, existing, record, options.force);
	const assetHashes = new Map([...existingAssets].map(([name, bytes]) => [name, sha256Bytes(bytes)]));
	const assetActions = planAssets(result.assets ?? [], assetHashes, record?.assets, options.force);
	const manifestPath = join(options.out, 'editions', task.date, 'edition.yaml');
	for (const name of await io.list(dirname(manifestPath)))
		if (TEMP_FILE.test(name) && name.startsWith(`.${basename(manifestPath)}.`))
			leftovers.push(join(dirname(manifestPath), name));
	const manifestBytes = await io.readFile(manifestPath);
	const manifestText = manifestBytes && decoder.decode(manifestBytes);
	const fields = planManifest(
		result.entry,
		readPageFields(manifestText, task.page, manifestPath),
		record?.manifest,
		record?.pendingManifest,
		options.force,
	);
	const manifest = updateManifest(
		manifestText,
		task.date,
		{ number: result.entry.number, ...fields.set },
		manifestPath,
	);
	const contents = new Map(result.files.map((f) => [f.name, f.content]));
	// Every overwrite of an editor's change keeps the old text beside it, stamped with the time.
	const stamp = io.now().toISOString().replace(/[:.]/g, '-');
	const backups: { path: string; content: string | Uint8Array }[] = [
		...actions.flatMap((a) =>
			a.action === 'write' && a.replaces === 'edit'
				? [{ path: `${join(dir, a.name)}.${stamp}.bak`, content: existing.get(a.name) ?? '' }]
				: [],
		),
		...assetActions.flatMap((a) =>
			a.action === 'write' && a.replaces === 'edit'
				? [{ path: `${join(dir, a.name)}.${stamp}.bak`, content: existingAssets.get(a.name)! }]
				: [],
		),
		...(fields.actions.some((a) => a.action === 'write' && a.replaces === 'edit')
			? [{ path: `${manifestPath}.${stamp}.bak`, content: manifestText ?? '' }]
			: []),
	];
	if (!options.dryRun) {
		const done: string[] = [];
		const step = async (what: string, path: string, run: () => Promise<void>) => {
			await run();
			done.push(`${what} ${path}`);
		};
		try {
			for (const path of leftovers) await step('removed', path, () => io.remove(path));
			const pending = Object.fromEntries(
				actions.flatMap((a) => (a.action === 'write' ? [[a.name, sha256(a.content)]] : [])),
			);
			const writtenAssets = Object.fromEntries(
				assetActions.flatMap((a) => (a.action === 'write' ? [[a.name, sha256Bytes(a.content)]] : [])),
			);
			const first = {
				...(record ?? { source, files: {} }),
				pending,
				pendingManifest: fields.set,
				...(assetActions.length > 0 && { assets: { ...record?.assets, ...writtenAssets } }),
			};
			await step('wrote', join(dir, RECORD), () => io.writeAtomic(join(dir, RECORD), json(first)));
			await limited(backups, (b) => step('backup', b.path, () => io.writeAtomic(b.path, b.content)));
			await limited(assetActions, async (action) => {
				const path = join(dir, action.name);
				if (action.action === 'write') await step('wrote', path, () => io.writeAtomic(path, action.content));
			});
			await limited(actions, async (action) => {
				const path = join(dir, action.name);
				if (action.action === 'write') await step('wrote', path, () => io.writeAtomic(path, action.content));
				else if (action.action === 'remove') await step('removed', path, () => io.remove(path));
			});
			if (manifest !== manifestText) await step('wrote', manifestPath, () => io.writeAtomic(manifestPath, manifest));
			const last = {
				...nextRecord(actions, record, source, result.parsed.furniture, contents),
				manifest: fields.record,
				...(assetActions.length > 0 && {
					assets: Object.fromEntries(
						assetActions.flatMap((a) =>
							a.action === 'write'
								? [[a.name, sha256Bytes(a.content)]]
								: a.action === 'unchanged'
									? [[a.name, assetHashes.get(a.name)!]]
									: record?.assets?.[a.name]
										? [[a.name, record.assets[a.name]]]
										: [],
						),
					),
				}),
			};
			await step('wrote', join(dir, RECORD), () => io.writeAtomic(join(dir, RECORD), json(last)));
		} catch (error) {
			throw isFsError(error) ? writeFailed(error, done) : error;
		}
	}
	const warnings = [...result.parsed.warnings];
	const recorded = new Set(Object.keys(record?.files ?? {}));
	const strangers = [...existing.keys()].filter((name) => !contents.has(name) && !recorded.has(name));
	if (strangers.length > 0) {
		warnings.push({
			code: 'skipped',
			line: 0,
			message: `${dir} also holds ${strangers.join(', ')}, not written by the importer; left as they are (remove them if this import replaces them)`,
		});
	}
	const byName = new Map(actions.map((a) => [a.name, a]));
	return {
		source,
		date: task.date,
		page: task.page,
		dir,
		encoding: result.encoding,
		banner: result.entry.banner,
		items: result.files.map((file, i) => {
			const item = result.parsed.items[i];
			const action = byName.get(file.name);
			return {
				file: file.name,
				order: file.order,
				headline: item.headline,
				kind: item.kind,
				lines: `${item.firstLine}-${item.lastLine}`,
				action: action?.action ?? 'write',
				...(action?.action === 'write' && { replaces: action.replaces }),
			};
		}),
		manifest: { path: manifestPath, action: manifest === manifestText ? 'unchanged' : 'write', fields: fields.actions },
		skipped: [
			...[...actions, ...assetActions].flatMap((a) =>
				a.action === 'skip' ? [{ file: a.name, reason: a.reason }] : [],
			),
			...fields.actions.flatMap((a) =>
				a.action === 'skip' ? [{ file: `${manifestPath} (page ${task.page}, ${a.field})`, reason: a.reason }] : [],
			),
		],
		removed: actions.flatMap((a) => (a.action === 'remove' ? [a.name] : [])),
		assets: assetActions.map((a) => ({ file: a.name, action: a.action })),
		leftovers,
		backups: backups.map((b) => b.path),
		warnings,
		furniture: result.parsed.furniture,
	};
}

/** Runs `run` on every item, WRITES_AT_ONCE at a time; after a failure starts no more, waits for the rest, and rethrows. */
async function limited<T>(list: T[], run: (item: T) => Promise<void>): Promise<void> {
	const limit = pLimit(WRITES_AT_ONCE);
	let failure: { error: unknown } | undefined;
	await Promise.all(
		list.map((item) =>
			limit(async () => {
				if (failure) return;
				try {
					await run(item);
				} catch (error) {
					failure ??= { error };
				}
			}),
		),
	);
	if (failure) throw failure.error;
}

// An import cut short is not rolled back: each file is whole (atomic writes) and the record
// already lists what was being written, so the next import takes it as its own. The message
// lists every change made, so nobody is told "nothing happened" when something did.
function writeFailed(error: NodeJS.ErrnoException, done: string[]): ImportError {
	const what =
		done.length === 0
			? 'Nothing was written.'
			: `${done.length} change${done.length === 1 ? ' was' : 's were'} made before it stopped (listed below); the next import finishes the page and takes them as its own.`;
	return new ImportError(
		'write',
		`${error.path ?? 'a file'}: could not write (${error.code}). Check permissions and free disk space, then import again. ${what}`,
		done,
	);
}

async function readText(io: ImportIo, path: string): Promise<string> {
	return decoder.decode((await io.readFile(path)) ?? new Uint8Array());
}

function readRecord(text: string): ImportRecord | undefined {
	try {
		const value = JSON.parse(text) as ImportRecord;
		return value && typeof value.files === 'object' ? value : undefined;
	} catch {
		// A broken record protects nothing: every existing file then counts as an editor's.
		return undefined;
	}
}

function json(value: unknown): string {
	return `${JSON.stringify(value, null, '\t')}\n`;
}
