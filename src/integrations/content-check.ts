import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent, type ContentFile, type ItemCheckCache } from '../lib/content/check-content.ts';
import { fileStamp } from '../lib/content/file-stamp.ts';
import { checkedDates } from '../lib/parts/build-scope.ts';
import { editionDates, inWindow, previewWindow } from '../lib/parts/preview-window.ts';
import { settings } from '../settings.ts';
import { errorsOf, formatProblem, type Problem } from '../lib/content/problem.ts';

/** The file under Astro's cache folder where the build keeps its item checks between builds. */
export const CHECK_CACHE_FILE = 'content-check.json';

/**
 * Names the checker, so that checks kept by another version are not used: a digest of its
 * sources (the content checks, the schemas, the Markdown rules and the archive and importer helpers they use) and of the project's
 * lockfile (the YAML parser and zod).
 */
function checkerVersion(root: string): string {
	const hash = createHash('sha256');
	const src = fileURLToPath(new URL('../', import.meta.url));
	for (const dir of ['lib/content', 'lib/archive', 'lib/markdown', 'lib/importer', 'schemas']) {
		const files = readdirSync(join(src, dir), { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
		for (const file of files.map((e) => join(e.parentPath, e.name)).sort())
			hash.update(relative(src, file)).update(readFileSync(file));
	}
	const lockfile = join(root, 'package-lock.json');
	if (existsSync(lockfile)) hash.update(readFileSync(lockfile));
	return hash.digest('hex');
}

/** The kept checks in `file`, or an empty cache when there are none from this checker (or they are unreadable). */
function loadCheckCache(file: string, version: string): ItemCheckCache {
	try {
		const cache = JSON.parse(readFileSync(file, 'utf8')) as ItemCheckCache;
		if (cache.version === version && cache.items && typeof cache.items === 'object') return cache;
	} catch {
		// No cache yet, or a damaged one: check everything.
	}
	return { version, items: {} };
}

/**
 * Reads every file under the editions folder of the project at `root` (texts of Markdown, MDX
 * and YAML only) and checks them. Shared by `npm run check` and the build, so both report the
 * same problems in the same words. With `cacheFile`, the checks of unchanged items are reused from
 * it and it is rewritten (written beside, then renamed, so an interrupted run never leaves half a file).
 * With `only`, just the date folders it accepts are listed and checked.
 */
export function checkContentDir(
	root: string,
	editionsDir = settings.editionsDir(root),
	cacheFile?: string,
	only?: (date: string) => boolean,
): Problem[] {
	const dir = join(root, editionsDir);
	if (!existsSync(dir)) return [];
	const now = Date.now();
	// A part or a preview checks its own edition folders and lists no other (checkedDates).
	const entries = only
		? readdirSync(dir, { withFileTypes: true })
				.filter((entry) => entry.isDirectory() && only(entry.name))
				.flatMap((entry) => readdirSync(join(dir, entry.name), { recursive: true, withFileTypes: true }))
		: readdirSync(dir, { recursive: true, withFileTypes: true });
	const files: ContentFile[] = entries
		.filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
		.map((entry) => {
			const full = join(entry.parentPath, entry.name);
			const path = relative(root, full).split(sep).join('/');
			if (!/\.(mdx?|ya?ml)$/i.test(entry.name)) return { path };
			// With a cache, an item or a manifest is read only if its size or time changed since
			// its check was kept, as make and git tell changed files: reading and parsing every file
			// of a large archive is most of a rebuild's check.
			if (cacheFile && /\.(mdx?|ya?ml)$/i.test(entry.name)) {
				return { path, stamp: fileStamp(full, now), read: () => readFileSync(full, 'utf8') };
			}
			return { path, text: readFileSync(full, 'utf8') };
		});
	const exists = (path: string) => existsSync(join(root, path));
	if (!cacheFile) return checkContent(files, exists, editionsDir);
	const cache = loadCheckCache(cacheFile, checkerVersion(root));
	const problems = checkContent(files, exists, editionsDir, cache);
	mkdirSync(dirname(cacheFile), { recursive: true });
	const fresh = `${cacheFile}.${process.pid}.tmp`;
	writeFileSync(fresh, JSON.stringify(cache));
	renameSync(fresh, cacheFile);
	return problems;
}

/** The error that stops a build over bad content: its message is the list, with no stack to read past. */
class ContentError extends Error {
	hint: string;
	constructor(problems: Problem[]) {
		super(`内容有 ${problems.length} 处问题，网站没有生成：\n\n${problems.map(formatProblem).join('\n')}\n`);
		this.name = 'ContentError';
		this.hint = '改好列出的文件后再运行 npm run build；npm run check 只检查内容，更快。';
		// Editors act on the list; a stack trace into the checker would only bury it (Astro prints none when empty).
		this.stack = '';
	}
}

/**
 * The edition folders a part or a preview checks (src/lib/parts/build-scope.ts), fixed when it
 * starts; none (every folder) for the whole site.
 */
function scopedDates(root: string): ((date: string) => boolean) | undefined {
	const { scope } = settings;
	if (scope.role !== 'part' && scope.role !== 'preview') return undefined;
	const present = editionDates(join(root, settings.editionsDir(root)));
	const preview = previewWindow(scope, present);
	if (preview) return (date) => inWindow(preview, date);
	const dates = checkedDates(scope, present);
	return (date) => dates.has(date);
}

/**
 * Runs the content checks of `npm run check` when Astro starts. A build with problems stops
 * before rendering and prints one `file:line: message` line per problem; the dev server prints
 * them as warnings and keeps serving, so an editor sees the page and the list together.
 */
export default function contentCheck(): AstroIntegration {
	return {
		name: 'content-check',
		hooks: {
			'astro:config:setup': ({ command, config, logger }) => {
				if (command !== 'build' && command !== 'dev') return;
				// The join reads the parts' summaries, whose builds checked their content.
				if (settings.scope.role === 'join') return;
				// The build keeps its item checks in Astro's cache folder: a rebuild parses only changed items.
				const problems = checkContentDir(
					fileURLToPath(config.root),
					undefined,
					command === 'build' ? join(fileURLToPath(config.cacheDir), CHECK_CACHE_FILE) : undefined,
					scopedDates(fileURLToPath(config.root)),
				);
				if (problems.length === 0) return;
				const errors = errorsOf(problems);
				// Warnings (what publishing removes) are printed; only problems stop a build.
				if (command === 'dev' || errors.length === 0) {
					for (const line of problems.map(formatProblem)) logger.warn(line);
					return;
				}
				throw new ContentError(errors);
			},
			'astro:server:setup': ({ server, logger }) => {
				// Re-check after each saved content file, so problems show while editing too.
				const root = server.config.root;
				let hadProblems = false;
				let timer: ReturnType<typeof setTimeout> | undefined;
				const only = scopedDates(root);
				const recheck = () => {
					const problems = checkContentDir(root, undefined, undefined, only);
					for (const line of problems.map(formatProblem)) logger.warn(line);
					if (hadProblems && problems.length === 0) logger.info('内容问题都已改好。');
					hadProblems = problems.length > 0;
				};
				const onEvent = (file: string) => {
					if (
						!relative(root, file)
							.split(sep)
							.join('/')
							.startsWith(`${settings.editionsDir(root)}/`)
					)
						return;
					// A save can arrive as several events (truncate, write); check once it has settled,
					// or a half-written file would be reported and the finished one missed.
					clearTimeout(timer);
					timer = setTimeout(recheck, 200);
				};
				for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, onEvent);
			},
		},
	};
}
