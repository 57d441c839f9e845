import { readdirSync } from 'node:fs';
import { buildScope, checkedDates, type BuildScope } from './build-scope.ts';

/** The editions folder's date names: `2021-06-08`. */
const DATE_FOLDER = /^\d{4}-\d{2}-\d{2}$/;

/**
 * What a preview (`npm run dev`) loads, fixed when it starts: the edition dates it chose, and for
 * the newest editions, every date after them too, so that an edition added while it runs shows.
 */
export interface PreviewWindow {
	scope: BuildScope & { role: 'preview' };
	dates: Set<string>;
	/** Dates after this one load as they appear (the newest-editions preview only). */
	after?: string;
}

/** The edition folders' names (dates) under `dir`, unsorted; none if it is not there. Reads no file. */
export function editionDates(dir: string): string[] {
	try {
		return readdirSync(dir).filter((name) => DATE_FOLDER.test(name));
	} catch {
		return [];
	}
}

/** The preview's window over the archive's edition dates; none outside a preview. */
export function previewWindow(scope: BuildScope, dates: string[]): PreviewWindow | undefined {
	if (scope.role !== 'preview') return undefined;
	const chosen = checkedDates(scope, dates);
	if ('years' in scope) return { scope, dates: chosen };
	return { scope, dates: chosen, after: [...chosen].sort().at(-1) ?? '' };
}

/** Whether the preview loads the edition of `date` (a folder name). */
export function inWindow(window: PreviewWindow, date: string): boolean {
	return window.dates.has(date) || (window.after !== undefined && date > window.after);
}

/**
 * The folder part of the loader's glob pattern for the window: its dates, and for the
 * newest-editions preview every later date (the rest of the month, the later months, the next
 * hundred years), so that Astro's loader under `astro dev` neither lists nor reads another folder.
 * @example windowGlob({ dates: new Set(['2024-12-30']), after: '2024-12-30', … }) // '{2024-12-30,2024-12-31,2025-*,…}'
 */
export function windowGlob(window: PreviewWindow): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	const folders = [...window.dates].sort();
	if (window.after !== undefined) {
		if (window.after === '') return '*';
		const [year, month, day] = window.after.split('-').map(Number);
		for (let d = day + 1; d <= 31; d++) folders.push(`${year}-${pad(month)}-${pad(d)}`);
		for (let m = month + 1; m <= 12; m++) folders.push(`${year}-${pad(m)}-*`);
		for (let y = year + 1; y <= year + 100; y++) folders.push(`${y}-*`);
	}
	if (folders.length === 0) return '0000-00-00';
	return folders.length === 1 ? folders[0] : `{${folders.join(',')}}`;
}

/**
 * The line every preview page shows: what it loaded, what it did not, and how to load the rest.
 * `present` are the edition folders there now, `loaded` those of them the preview holds.
 */
export function previewLine(window: PreviewWindow | undefined, present: string[]): string {
	const count = (n: number) => n.toLocaleString('en-US');
	if (!window) return `预览：载入全部 ${count(present.length)} 期。`;
	const loaded = present.filter((date) => inWindow(window, date)).sort();
	const rest = present.length - loaded.length;
	const span = loaded.length > 0 ? `（${loaded[0]} 至 ${loaded.at(-1)}）` : '';
	if (rest === 0) return `预览：载入全部 ${count(loaded.length)} 期${span}。`;
	if ('years' in window.scope)
		return `预览：只载入 ${window.scope.label} 年的 ${count(loaded.length)} 期${span}；其他年份的 ${count(rest)} 期未载入（npm run dev -- --all 载入全部）。`;
	return `预览：只载入最新的 ${count(loaded.length)} 期${span}；更早的 ${count(rest)} 期未载入（npm run dev -- --years 2019 载入某年，--all 载入全部）。`;
}

/**
 * For the dev server's file watcher: whether `path` lies in an edition folder of `editionsDir`
 * (absolute) that the preview does not load, so that the watcher neither lists nor watches it.
 */
export function outsideWindow(window: PreviewWindow, editionsDir: string): (path: string) => boolean {
	const prefix = `${editionsDir.replace(/\/+$/, '')}/`;
	return (path) => {
		if (!path.startsWith(prefix)) return false;
		const folder = path.slice(prefix.length).split('/')[0];
		return DATE_FOLDER.test(folder) && !inWindow(window, folder);
	};
}

/** The window of the preview this process runs (`npm run dev`), read from the environment; none outside a preview. */
export function currentWindow(editionsDir: string, env = process.env): PreviewWindow | undefined {
	const scope = buildScope(env);
	return scope.role === 'preview' ? previewWindow(scope, editionDates(editionsDir)) : undefined;
}
