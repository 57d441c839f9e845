#!/usr/bin/env node
/**
 * npm run check [-- --content-only] [--root <dir>]
 *
 * Checks the archive before publishing: every file under content/editions/ (the same zod
 * schemas the build uses, plus dates and pages against their folders, duplicate order or slug
 * on a page, editions without a manifest, missing pictures, Markdown outside the layout), then
 * Astro's type check (`astro check`) unless --content-only. Like the build, it reads
 * `$CONTENT_DIR/editions` when CONTENT_DIR is set (src/content.config.ts). Each problem is one line,
 * `file:line: message 提示：hint`, in plain Chinese. Items marked for review by the importer (a
 * `review` field) are listed first, as `file:line: 待核对：reasons`; they are not problems.
 *
 * Exit codes:
 *   0  no problems (warnings, such as HTML that publishing removes, are printed but do not count)
 *   1  content problems (listed); the type check is skipped until they are fixed
 *   2  bad arguments
 *   3  content is fine but `astro check` found errors (its own report is printed above)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { checkContentDir } from '../src/integrations/content-check.ts';
import { errorsOf, formatProblem } from '../src/lib/content/problem.ts';
import { formatReviewMark, reviewMarkOf, type ReviewMark } from '../src/lib/content/review-marks.ts';
import { resolveSettings, type Settings } from '../src/lib/settings/resolve-settings.ts';
import { settings } from '../src/settings.ts';
import { parseCommandLine } from './lib/command-line.ts';

/** What the command line touches besides its arguments; tests pass fakes. */
export interface CheckIo {
	cwd: string;
	out(text: string): void;
	err(text: string): void;
	/** Runs `astro check` in `root`, its output going straight to the terminal; returns its exit code. */
	astroCheck(root: string): number;
	/** The environment's settings (CONTENT_DIR); the defaults when absent. */
	settings?: Settings;
}

const USAGE = '用法：npm run check [-- --content-only] [--root <项目目录>]';

/** Checks the content (and types) of the project; returns the exit code documented above. */
export function main(argv: string[], io: CheckIo): number {
	const parsed = parseCommandLine({
		args: argv,
		options: { 'content-only': { type: 'boolean' }, root: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
		strict: true,
	});
	if (typeof parsed === 'string') {
		io.err(`${parsed}\n${USAGE}\n`);
		return 2;
	}
	const { values } = parsed;
	if (values.help) {
		io.out(`${USAGE}\n`);
		return 0;
	}
	const root = resolve(io.cwd, values.root ?? '.');
	const editionsDir = (io.settings ?? resolveSettings({})).editionsDir(root);
	const marks = reviewMarksIn(root, editionsDir);
	if (marks.length) {
		io.out(
			`${marks.map(formatReviewMark).join('\n')}\n\n${marks.length} 篇稿件待核对：导入程序对它们的拆分没有把握（不算错误，网站照常生成）。核对改好后删掉 review 一行。\n\n`,
		);
	}
	const problems = checkContentDir(root, editionsDir);
	const errors = errorsOf(problems);
	if (errors.length) {
		io.err(
			`${problems.map(formatProblem).join('\n')}\n\n内容有 ${errors.length} 处问题，请按提示改正后再运行 npm run check。${values['content-only'] ? '' : '（内容改好后才会做类型检查。）'}\n`,
		);
		return 1;
	}
	if (problems.length)
		io.err(
			`${problems.map(formatProblem).join('\n')}\n\n有 ${problems.length} 处警告：网站会照常生成，但警告里说的内容不会发布。\n`,
		);
	io.out(problems.length ? '内容检查通过（有警告，见上）。\n' : '内容检查通过：没有发现问题。\n');
	if (values['content-only']) return 0;
	io.out('正在运行 astro check（类型检查）……\n');
	if (io.astroCheck(root) !== 0) {
		io.err('astro check 发现了代码错误（见上）。这通常不是稿件的问题，请转给网站维护人员。\n');
		return 3;
	}
	io.out('类型检查通过。\n');
	return 0;
}

/** Every item under the editions folder of the project at `root` that carries a review mark, in path order. */
function reviewMarksIn(root: string, editionsDir: string): ReviewMark[] {
	const dir = join(root, editionsDir);
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && !entry.name.startsWith('.') && /\.mdx?$/i.test(entry.name))
		.map((entry) => join(entry.parentPath, entry.name))
		.sort()
		.flatMap((full) => reviewMarkOf(relative(root, full).split(sep).join('/'), readFileSync(full, 'utf8')) ?? []);
}

if (import.meta.main) {
	const astroBin = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
	process.exitCode = main(process.argv.slice(2), {
		cwd: process.cwd(),
		settings,
		out: (text) => process.stdout.write(text),
		err: (text) => process.stderr.write(text),
		astroCheck: (root) => spawnSync(process.execPath, [astroBin, 'check'], { cwd: root, stdio: 'inherit' }).status ?? 1,
	});
}
