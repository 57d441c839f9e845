import { createHash } from 'node:crypto';
import { checkEdition, type CheckedEdition } from './check-edition.ts';
import { checkItem, type CheckedItem } from './check-item.ts';
import { checkPage } from './check-page.ts';
import { classifyContentPath, EDITIONS_DIR } from './content-path.ts';
import { sortProblems, type Problem } from './problem.ts';

/**
 * One file under the editions folder: its project-relative path, and its text if it is Markdown,
 * MDX or YAML. An item or a manifest may instead come with `read`, to be called only when its text is needed,
 * and a `stamp` (its size and modification time): a cached check with the same stamp is reused
 * without reading the file.
 */
export interface ContentFile {
	path: string;
	text?: string;
	read?: () => string;
	stamp?: string;
}

/**
 * Item checks kept from the last run (the build keeps them in its cache folder): an item's
 * result is reused when its text is the same and every path its check asked about (a picture, an
 * MDX import) still exists or not as before. `version` names the checker that wrote them.
 */
export interface ItemCheckCache {
	version: string;
	items: Record<string, { digest: string; stamp?: string; asked: [path: string, exists: boolean][]; result: CheckedItem }>;
	/** Edition manifests' checks, by the same rule (a manifest asks about no path: its facsimile files are looked up at every run). */
	editions?: Record<string, { digest: string; stamp?: string; result: KeptEdition }>;
}

/** A manifest's check as kept in JSON: its page numbers as a list. */
type KeptEdition = Omit<CheckedEdition, 'pages'> & { pages?: number[] };

/**
 * Every problem in the archive's content, in file and line order: each file on its own, then
 * pages (duplicate order or slug) and editions (items without a manifest, pages missing from
 * it). `exists` answers for project-relative paths outside the list (MDX imports, pictures);
 * `editionsDir` is the project-relative editions folder the build reads.
 * Used by `npm run check` and by the build (src/integrations/content-check.ts). With `cache`,
 * unchanged items are not parsed again, and `cache.items` is replaced by this run's items.
 */
export function checkContent(files: ContentFile[], exists: (path: string) => boolean, editionsDir = EDITIONS_DIR, cache?: ItemCheckCache): Problem[] {
	const problems: Problem[] = [];
	const manifests = new Map<string, CheckedEdition>();
	const pages = new Map<string, { date: string; page: number; folder: string; items: CheckedItem[] }>();
	const present = new Set(files.map((f) => f.path));
	const has = (path: string) => present.has(path) || exists(path);
	const kept: ItemCheckCache['items'] = {};
	const keptEditions: NonNullable<ItemCheckCache['editions']> = {};
	for (const file of files) {
		const { path } = file;
		if (!path.startsWith(`${editionsDir}/`)) continue;
		const textOf = () => file.text ?? file.read?.() ?? '';
		const place = classifyContentPath(path, editionsDir);
		if (place.kind === 'misplaced') problems.push({ file: path, line: 1, message: place.message, hint: place.hint });
		if (place.kind === 'manifest') {
			const checked = cache
				? cachedCheckEdition(cache, keptEditions, file, textOf, place.date)
				: checkEdition(path, textOf(), place.date);
			manifests.set(place.date, checked);
			problems.push(...checked.problems);
			for (const { page, file: name, line } of checked.facsimileFiles) {
				const folder = `${editionsDir}/${place.date}/${String(page).padStart(2, '0')}`;
				if (!has(`${folder}/${name}`))
					problems.push({ file: path, line, message: `第 ${page} 版的原版文件 ${name} 不在 ${folder}/ 里。`, hint: '重新导入这一版的 PDF（npm run import），或删掉这一版的 facsimile 一项。' });
			}
		}
		if (place.kind === 'item') {
			const checked = cache ? cachedCheckItem(cache, kept, file, textOf, place, has) : checkItem(path, textOf(), place, has);
			problems.push(...checked.problems);
			const key = `${place.date}/${place.pageFolder}`;
			const page = pages.get(key) ?? { date: place.date, page: place.page, folder: place.pageFolder, items: [] };
			page.items.push(checked);
			pages.set(key, page);
		}
	}
	const reported = new Set<string>();
	for (const page of pages.values()) {
		problems.push(...checkPage(page.items));
		const manifest = manifests.get(page.date);
		const manifestPath = `${editionsDir}/${page.date}/edition.yaml`;
		if (!manifest) {
			for (const item of page.items) {
				problems.push({ file: item.file, line: 1, message: `${page.date} 这一期没有版面清单 ${manifestPath}，这篇稿件无法归到版面。`, hint: `新建 ${manifestPath}，写上 date: ${page.date} 和 pages（见编辑指南）；用 npm run new 新建稿件时会自动建好。` });
			}
		} else if (manifest.pages && !manifest.pages.has(page.page) && !reported.has(`${page.date}/${page.page}`)) {
			reported.add(`${page.date}/${page.page}`);
			problems.push({ file: manifest.file, line: manifest.pagesLine, message: `版面清单的 pages 里没有第 ${page.page} 版，但 ${page.folder} 文件夹里有 ${page.items.length} 篇稿件。`, hint: `在 pages 下加两行：“  - number: ${page.page}”和“    name: 版名”。` });
		}
	}
	if (cache) {
		cache.items = kept;
		cache.editions = keptEditions;
	}
	return sortProblems(problems);
}

/**
 * checkEdition, or its result from the cache while the manifest is the same: by its stamp (size
 * and time, without reading it), or else by its text. A daily build reads and parses only the
 * new edition's manifest, not the year's.
 */
function cachedCheckEdition(
	cache: ItemCheckCache,
	kept: NonNullable<ItemCheckCache['editions']>,
	file: ContentFile,
	textOf: () => string,
	folderDate: string,
): CheckedEdition {
	const { path, stamp } = file;
	const before = cache.editions?.[path];
	const restore = (result: KeptEdition): CheckedEdition => ({
		...result,
		pages: result.pages ? new Set(result.pages) : undefined,
	});
	if (before && stamp !== undefined && before.stamp === stamp) {
		kept[path] = before;
		return restore(before.result);
	}
	const text = textOf();
	const digest = createHash('sha1').update(text).digest('base64');
	if (before?.digest === digest) {
		kept[path] = { ...before, stamp };
		return restore(before.result);
	}
	const result = checkEdition(path, text, folderDate);
	kept[path] = { digest, stamp, result: { ...result, pages: result.pages ? [...result.pages] : undefined } };
	return result;
}

/**
 * checkItem, or its result from the cache when every path it asked about exists or not as before
 * and the file is the same: by its stamp (size and time, without reading it), or else by its text.
 */
function cachedCheckItem(cache: ItemCheckCache, kept: ItemCheckCache['items'], file: ContentFile, textOf: () => string, place: Parameters<typeof checkItem>[2], has: (path: string) => boolean): CheckedItem {
	const { path, stamp } = file;
	const before = cache.items[path];
	const askedAsBefore = before !== undefined && before.asked.every(([asked, existed]) => has(asked) === existed);
	if (askedAsBefore && stamp !== undefined && before.stamp === stamp) {
		kept[path] = before;
		return before.result;
	}
	const text = textOf();
	const digest = createHash('sha1').update(text).digest('base64');
	if (askedAsBefore && before.digest === digest) {
		kept[path] = { ...before, stamp };
		return before.result;
	}
	const asked: [string, boolean][] = [];
	const result = checkItem(path, text, place, (p) => {
		const answer = has(p);
		asked.push([p, answer]);
		return answer;
	});
	kept[path] = { digest, stamp, asked, result };
	return result;
}
