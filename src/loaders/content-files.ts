import { readFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ContentEntryType } from 'astro';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { glob as listFiles } from 'tinyglobby';
import { contentYamlLimit } from '../lib/content/content-yaml-limit.ts';
import { fileStamp } from '../lib/content/file-stamp.ts';

/** Where the loader keeps, in its collection's meta store, each file's stamp at the last sync. */
const STAMPS = 'file-stamps';

/**
 * An entry's id: its file's path under the collection's folder without the extension.
 * @example entryId('2021-06-08/01/01-da-chu-wei-min.md') // '2021-06-08/01/01-da-chu-wei-min'
 */
export function entryId(file: string): string {
	return file.replace(/\.[^./]+$/, '');
}

export interface ContentFilesOptions {
	/** The files, as a glob pattern relative to `base`: `*\/*\/*.{md,mdx}`. */
	pattern: string;
	/** Their folder, relative to the project's root. */
	base: string;
	/** Which of the files (paths relative to `base`) the build loads; all when absent (src/lib/parts/build-scope.ts). */
	include?: (file: string) => boolean;
}

/**
 * The archive's collections' loader: Astro's `glob()` loader with two differences that matter
 * for an archive of many thousands of files.
 *
 * - **An entry's id is its file's path** (entryId), never the frontmatter's `slug` as the glob
 *   loader takes it. There, two items of different editions with the same `slug` (a column's
 *   recurring name, which the permalink's date and page tell apart) would be one entry: one of
 *   them would vanish from the site without a word.
 * - **A build reads only the files whose stamp (size and time) changed** since the last sync; the
 *   glob loader reads and parses every file at every build, the largest part of a rebuild
 *   (docs/scale.md). A file with a new stamp but the same text is kept as it was, as
 *   the glob loader keeps it. `astro build --force` clears the stored entries, and so reads all.
 *
 * Under `astro dev` it is the glob loader itself, with the same ids, which also watches the files.
 */
export function contentFiles({ pattern, base, include }: ContentFilesOptions): Loader {
	const watching = glob({ pattern, base, generateId: ({ entry }) => entryId(entry) });
	return {
		name: 'content-files',
		load: async (context) => {
			const guarded = withYamlLimits(context as GlobContext);
			if (context.watcher) return watching.load(guarded);
			await syncChanged(guarded, pattern, base, include);
		},
	};
}

/** The error that stops the loader over a file its YAML limits refuse: the message names file and line, with no stack to read past. */
class YamlLimitError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'YamlLimitError';
		this.stack = '';
	}
}

/**
 * The loader context with every content type's reader guarded by the YAML limits
 * (content-yaml-limit.ts): Astro's YAML parser expands aliases without bound, so a few lines of
 * anchors (an "alias bomb") would exhaust the build's memory. A file over a limit stops the load
 * with `file:line: message` instead, in the build and under `astro dev` alike.
 */
function withYamlLimits(context: GlobContext): GlobContext {
	const { entryTypes } = context;
	if (!entryTypes) return context;
	const root = fileURLToPath(context.config.root);
	const guarded = new Map<string, ContentEntryType>();
	for (const [ext, type] of entryTypes) {
		guarded.set(ext, {
			...type,
			getEntryInfo: (params) => {
				const file = relative(root, fileURLToPath(params.fileUrl)).split(sep).join('/');
				const refused = contentYamlLimit(file, params.contents);
				if (refused) throw new YamlLimitError(refused);
				return type.getEntryInfo(params);
			},
		});
	}
	return { ...context, entryTypes: guarded } as GlobContext;
}

/** The loader context Astro hands its own glob loader: with the content entry types by extension. */
type GlobContext = LoaderContext & { entryTypes?: Map<string, ContentEntryType> };

type Stored = NonNullable<ReturnType<LoaderContext['store']['get']>>;

/**
 * Brings the collection's store in line with the files: unchanged files by their stamp, changed
 * and new ones read, parsed, validated and rendered as the glob loader does, entries of removed
 * files deleted.
 */
async function syncChanged(
	context: GlobContext,
	pattern: string,
	base: string,
	include: (file: string) => boolean = () => true,
): Promise<void> {
	const { config, store, meta, parseData, generateDigest, entryTypes, collection } = context;
	if (!entryTypes)
		throw new Error(
			`content-files: expects Astro to hand loaders its content entry types, as it hands its glob loader (collection "${collection}"); has Astro changed?`,
		);
	const root = fileURLToPath(config.root);
	const dir = fileURLToPath(new URL(base.replace(/\/*$/, '/'), config.root));
	const now = Date.now();
	const files = (await listFiles(pattern, { cwd: dir, expandDirectories: false })).filter(include).sort();
	const before = readStamps(meta.get(STAMPS));
	const stamps: Record<string, string> = {};
	const ids = new Set<string>();
	const renderers = new Map<
		ContentEntryType,
		Awaited<ReturnType<NonNullable<ContentEntryType['getRenderFunction']>>>
	>();

	// What the glob loader does for an entry it keeps: its module and pictures stay in the build.
	// (Astro 7 also rebuilds both lists from every entry whenever it writes them.)
	const imports = store as typeof store & { addAssetImports?: (assets: string[], filePath?: string) => void };
	const keep = (entry: Stored) => {
		if (entry.deferredRender) store.addModuleImport(entry.filePath!);
		if (entry.assetImports?.length) imports.addAssetImports?.(entry.assetImports, entry.filePath);
	};

	for (const file of files) {
		const id = entryId(file);
		ids.add(id);
		const full = join(dir, file);
		const filePath = relative(root, full).split(sep).join('/');
		// None for a file modified just now: it is read again next time (file-stamp.ts).
		const stamp = fileStamp(full, now);
		if (stamp) stamps[file] = stamp;
		const existing = store.get(id);
		if (stamp && existing?.filePath === filePath && before[file] === stamp) {
			keep(existing);
			continue;
		}
		const entryType = entryTypes.get(extname(file));
		if (!entryType) throw new Error(`${filePath}: no content type reads "${extname(file)}" files`);
		const contents = readFileSync(full, 'utf8');
		const digest = generateDigest(contents);
		if (existing?.filePath === filePath && existing.digest === digest) {
			keep(existing);
			continue;
		}
		const { body, data } = await entryType.getEntryInfo({ contents, fileUrl: pathToFileURL(full) });
		const parsed = await parseData({ id, data, filePath: full });
		if (entryType.getRenderFunction) {
			let render = renderers.get(entryType);
			if (!render) renderers.set(entryType, (render = await entryType.getRenderFunction(config)));
			let rendered;
			try {
				rendered = await render({ id, data, body, filePath: full, digest });
			} catch (error) {
				throw new Error(`${filePath}: could not be rendered: ${(error as Error).message}`, { cause: error });
			}
			store.set({ id, data: parsed, body, filePath, digest, rendered, assetImports: rendered?.metadata?.imagePaths });
		} else if ('contentModuleTypes' in entryType) {
			// MDX: rendered when a page imports it.
			store.set({ id, data: parsed, body, filePath, digest, deferredRender: true });
		} else {
			store.set({ id, data: parsed, body, filePath, digest });
		}
	}
	for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
	// Set only when they changed: any change has Astro write the whole store back.
	const kept = JSON.stringify(stamps);
	if (kept !== meta.get(STAMPS)) meta.set(STAMPS, kept);
}

/** The stamps kept by the last sync, or none if there are none (or they are not what we write). */
function readStamps(kept: string | undefined): Record<string, string> {
	try {
		const stamps = JSON.parse(kept ?? '{}');
		return stamps && typeof stamps === 'object' ? stamps : {};
	} catch {
		return {};
	}
}
