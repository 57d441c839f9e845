#!/usr/bin/env node
/**
 * npm run new -- --date YYYY-MM-DD --page N [--kind article|commentary|photo]
 *                [--headline 标题] [--slug pinyin-slug] [--mdx] [--root <dir>]
 *
 * Creates one item file, content/editions/<date>/<NN>/<order>-<slug>.md(x) (under CONTENT_DIR
 * when set, as the build reads it), with valid
 * frontmatter, the next free order on the page and `待填写` placeholders that `npm run check`
 * will not let through; creates the edition manifest or adds the page to it when missing.
 * Prints the new file's path on stdout (notes go to stderr). Never overwrites a file.
 *
 * Exit codes:
 *   0  created
 *   1  refused: the edition manifest has problems (listed as file:line) or the file exists
 *   2  bad arguments
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { ITEM_KINDS } from '../src/schemas/item.ts';
import { itemFields } from '../src/schemas/item.ts';
import { isoDate } from '../src/schemas/iso-date.ts';
import { pad2 } from '../src/lib/archive/paths.ts';
import { slugFromFile } from '../src/lib/archive/slug-from-file.ts';
import { slugify, uniqueSlugs } from '../src/lib/importer/slug.ts';
import { updateManifest } from '../src/lib/importer/edition-manifest.ts';
import { checkEdition } from '../src/lib/content/check-edition.ts';
import { closestWord } from '../src/lib/content/closest-word.ts';
import { newItemFileName, newItemText } from '../src/lib/content/new-item.ts';
import { nextOrder, type ExistingItem } from '../src/lib/content/next-order.ts';
import { formatProblem } from '../src/lib/content/problem.ts';
import { readFrontmatter } from '../src/lib/content/read-frontmatter.ts';
import { resolveSettings, type Settings } from '../src/lib/settings/resolve-settings.ts';
import { settings } from '../src/settings.ts';
import { parseCommandLine } from './lib/command-line.ts';

/** Where the command writes its output and reads files against. */
export interface NewIo {
	cwd: string;
	out(text: string): void;
	err(text: string): void;
	/** The environment's settings (CONTENT_DIR); the defaults when absent. */
	settings?: Settings;
}

const USAGE =
	'用法：npm run new -- --date 2021-06-08 --page 1 [--kind article|commentary|photo] [--headline 标题] [--slug 网址名] [--mdx]';

/** Creates a new item file; returns the exit code documented above. */
export function main(argv: string[], io: NewIo): number {
	const parsed = parseCommandLine({
		args: argv,
		strict: true,
		options: {
			date: { type: 'string' },
			page: { type: 'string' },
			kind: { type: 'string', default: 'article' },
			headline: { type: 'string' },
			slug: { type: 'string' },
			mdx: { type: 'boolean' },
			root: { type: 'string' },
			help: { type: 'boolean', short: 'h' },
		},
	});
	if (typeof parsed === 'string') {
		return usage(io, `${parsed}。`);
	}
	const { values } = parsed;
	if (values.help) {
		io.out(`${USAGE}\n`);
		return 0;
	}
	const date = isoDate.safeParse(values.date);
	if (values.date === undefined)
		return usage(io, '缺少 --date（这期报纸的日期）。', '加上 --date 2021-06-08 这样的日期。');
	if (!date.success)
		return usage(
			io,
			`--date 是“${values.date}”，不是有效的日期。`,
			'写成 YYYY-MM-DD，月和日都写两位，例如 --date 2021-06-08。',
		);
	if (values.page === undefined) return usage(io, '缺少 --page（版次）。', '加上 --page 1 这样的版次数字。');
	const page = /^\d+$/.test(String(values.page)) ? Number(values.page) : NaN;
	if (!(page > 0)) return usage(io, `--page 是“${values.page}”，应是从 1 开始的版次数字。`, '例如第01版写 --page 1。');
	const kind = String(values.kind);
	if (!(ITEM_KINDS as readonly string[]).includes(kind)) {
		const guess = closestWord(kind, ITEM_KINDS);
		return usage(
			io,
			`--kind 是“${kind}”，只能是 ${ITEM_KINDS.join('、')} 之一。`,
			`${guess ? `是不是想写 ${guess}？` : ''}article 是消息和通讯，commentary 是署名评论，photo 是图片稿。`,
		);
	}
	const headline = typeof values.headline === 'string' && values.headline.trim() ? values.headline.trim() : undefined;
	if (values.slug !== undefined && !itemFields.slug.safeParse(values.slug).success) {
		return usage(
			io,
			`--slug 是“${values.slug}”，只能用小写拼音字母、数字和单个短横线。`,
			'例如 --slug xue-dang-shi；不写 --slug 就用标题的拼音。',
		);
	}

	const root = resolve(io.cwd, String(values.root ?? '.'));
	const show = (path: string) => relative(io.cwd, path).split(sep).join('/');
	const editionsDir = (io.settings ?? resolveSettings({})).editionsDir(root);
	const editionDir = join(root, editionsDir, date.data);
	const pageDir = join(editionDir, pad2(page));
	const manifestPath = join(editionDir, 'edition.yaml');
	const manifestShown = `${editionsDir}/${date.data}/edition.yaml`;

	// The manifest first: refuse before writing anything if it is broken.
	const manifestText = existsSync(manifestPath) ? readFileSync(manifestPath, 'utf8') : undefined;
	let note: string | undefined;
	if (manifestText !== undefined) {
		const checked = checkEdition(manifestShown, manifestText, date.data);
		if (checked.problems.length) {
			io.err(`${checked.problems.map(formatProblem).join('\n')}\n没有新建稿件：请先改好版面清单。\n`);
			return 1;
		}
		if (!checked.pages?.has(page))
			note = `已在版面清单 ${show(manifestPath)} 里加上第 ${pad2(page)} 版，请补上版名（name）。`;
	} else {
		note = `这一期还没有版面清单，已新建 ${show(manifestPath)}，请补上第 ${pad2(page)} 版的版名（name）。`;
	}

	const existing: (ExistingItem & { slug: string })[] = (existsSync(pageDir) ? readdirSync(pageDir) : [])
		.filter((name) => /\.mdx?$/i.test(name))
		.map((fileName) => {
			const front = readFrontmatter(readFileSync(join(pageDir, fileName), 'utf8'));
			const data = front.ok ? (front.doc.data as Record<string, unknown>) : {};
			return {
				fileName,
				order: typeof data.order === 'number' ? data.order : undefined,
				slug: typeof data.slug === 'string' ? data.slug : slugFromFile(fileName),
			};
		});
	const order = nextOrder(existing);
	const wanted = String(values.slug ?? slugify(headline ?? ''));
	const slug = uniqueSlugs([...existing.map((e) => e.slug), wanted]).pop()!;
	const fileName = newItemFileName({ order, slug, mdx: values.mdx === true });
	const target = join(pageDir, fileName);

	mkdirSync(pageDir, { recursive: true });
	try {
		writeFileSync(
			target,
			newItemText({
				date: date.data,
				page,
				order,
				kind: kind as (typeof ITEM_KINDS)[number],
				slug,
				headline,
				mdx: values.mdx === true,
			}),
			{ flag: 'wx' },
		);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		io.err(`${show(target)}:1: 文件已经存在，没有覆盖。提示：换一个 --slug，或直接编辑这个文件。\n`);
		return 1;
	}
	if (note) writeFileSync(manifestPath, updateManifest(manifestText, date.data, { number: page }, manifestShown));
	io.out(`${show(target)}\n`);
	if (note) io.err(`${note}\n`);
	io.err(`已新建第 ${pad2(page)} 版第 ${order} 篇。打开文件，把“待填写”换成内容；npm run check 会指出还没填的地方。\n`);
	return 0;
}

function usage(io: NewIo, message: string, hint?: string): number {
	io.err(`${message}${hint ? `提示：${hint}` : ''}\n${USAGE}\n`);
	return 2;
}

if (import.meta.main) {
	process.exitCode = main(process.argv.slice(2), {
		cwd: process.cwd(),
		settings,
		out: (t) => process.stdout.write(t),
		err: (t) => process.stderr.write(t),
	});
}
