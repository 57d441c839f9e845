import { isAbsolute, join, relative, resolve } from 'node:path';
import type { EncodingChoice } from './decode.ts';
import { updateManifest } from './edition-manifest.ts';
import type { ImportIo } from './import-io.ts';
import { importPage, type PageImport } from './import-page.ts';
import { nextRecord, planFiles, sha256, type FileAction, type ImportRecord } from './import-record.ts';
import { ImportError } from './errors.ts';
import type { DumpTask } from './find-dumps.ts';
import type { Warning } from './warnings.ts';

/** What importing one page did (or, in a dry run, would do). */
export interface PageReport {
	source: string;
	date: string;
	page: number;
	dir: string;
	encoding: string;
	banner?: string;
	items: { file: string; order: number; headline: string; kind: string; lines: string; action: FileAction['action'] }[];
	skipped: { file: string; reason: string }[];
	removed: string[];
	backups: string[];
	warnings: Warning[];
	furniture: { kind: string; line: number; text: string }[];
}

const RECORD = '.import.json';
const decoder = new TextDecoder();

/**
 * Imports one dump and writes its page: item files, then the manifest entry, then the record.
 * The record first lists the hashes about to be written, so an import cut short leaves files
 * the next import still recognises as its own.
 */
export async function writePage(
	io: ImportIo,
	task: DumpTask,
	options: { out: string; pageName?: string; encoding?: EncodingChoice; dryRun: boolean; force: boolean },
): Promise<PageReport> {
	const bytes = await io.readFile(task.path);
	if (!bytes)
		throw new ImportError('missing', `${task.path}: expects a dump file but found nothing there. Check the path.`);
	// Cite the dump relative to the project when it lives inside it, else by its absolute path.
	const inProject = relative(io.cwd, resolve(io.cwd, task.path));
	const source = (inProject.startsWith('..') || isAbsolute(inProject) ? resolve(io.cwd, task.path) : inProject)
		.split('\\')
		.join('/');
	const result: PageImport = importPage(bytes, {
		date: task.date,
		page: task.page,
		pageName: options.pageName,
		encoding: options.encoding,
		source,
	});
	const dir = join(options.out, result.dir);
	const existing = new Map<string, string>();
	let record: ImportRecord | undefined;
	for (const name of await io.list(dir)) {
		const text = decoder.decode((await io.readFile(join(dir, name))) ?? new Uint8Array());
		if (name === RECORD) record = readRecord(text);
		else if (/\.mdx?$/.test(name)) existing.set(name, text);
	}
	const actions = planFiles(result.files, existing, record, options.force);
	const manifestPath = join(options.out, 'editions', task.date, 'edition.yaml');
	const manifestBytes = await io.readFile(manifestPath);
	const manifest = updateManifest(
		manifestBytes && decoder.decode(manifestBytes),
		task.date,
		result.entry,
		manifestPath,
	);
	const contents = new Map(result.files.map((f) => [f.name, f.content]));
	const backups: string[] = [];
	if (!options.dryRun) {
		const pending = Object.fromEntries(
			actions.flatMap((a) => (a.action === 'write' ? [[a.name, sha256(a.content)]] : [])),
		);
		await io.writeAtomic(join(dir, RECORD), json({ ...(record ?? { source, files: {} }), pending }));
		// Files of one page are independent: write them side by side, so the disk, not the wait
		// for each rename, sets the pace.
		await Promise.all(
			actions.map(async (action) => {
				const path = join(dir, action.name);
				if (action.action === 'write') {
					if (action.replaces === 'edit') {
						const backup = `${path}.${io.now().toISOString().replace(/[:.]/g, '-')}.bak`;
						await io.writeAtomic(backup, existing.get(action.name) ?? '');
						backups.push(backup);
					}
					await io.writeAtomic(path, action.content);
				} else if (action.action === 'remove') await io.remove(path);
			}),
		);
		await io.writeAtomic(manifestPath, manifest);
		await io.writeAtomic(
			join(dir, RECORD),
			json(nextRecord(actions, record, source, result.parsed.furniture, contents)),
		);
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
			return {
				file: file.name,
				order: file.order,
				headline: item.headline,
				kind: item.kind,
				lines: `${item.firstLine}-${item.lastLine}`,
				action: byName.get(file.name)?.action ?? 'write',
			};
		}),
		skipped: actions.flatMap((a) => (a.action === 'skip' ? [{ file: a.name, reason: a.reason }] : [])),
		removed: actions.flatMap((a) => (a.action === 'remove' ? [a.name] : [])),
		backups,
		warnings,
		furniture: result.parsed.furniture,
	};
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
