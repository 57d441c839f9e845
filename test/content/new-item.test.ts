import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { main } from '../../scripts/new.ts';
import { checkContentDir } from '../../src/integrations/content-check.ts';
import { formatProblem } from '../../src/lib/content/problem.ts';
import { nextOrder } from '../../src/lib/content/next-order.ts';
import { resolveSettings } from '../../src/lib/settings/resolve-settings.ts';

let cwd: string;
beforeEach(() => {
	cwd = mkdtempSync(join(tmpdir(), 'paper-new-'));
});
afterEach(() => rmSync(cwd, { recursive: true, force: true }));

function run(...argv: string[]) {
	return runWith({}, ...argv);
}

function runWith(env: Record<string, string>, ...argv: string[]) {
	let out = '';
	let err = '';
	const settings = resolveSettings(env);
	const code = main(argv, { cwd, settings, out: (t) => void (out += t), err: (t) => void (err += t) });
	return { code, out, err };
}

const page1 = 'content/editions/2021-06-08/01';
const item = (order: number) => `---\nheadline: 旧稿\nauthors: []\ndate: 2021-06-08\npage: 1\norder: ${order}\n---\n\n正文。\n`;

describe('npm run new', () => {
	test('creates an article in its page folder, prints only its path, and creates the edition manifest', () => {
		const { code, out, err } = run('--date', '2021-06-08', '--page', '1');
		expect(code).toBe(0);
		expect(out).toBe(`${page1}/01-item.md\n`);
		expect(err).toContain('已新建 content/editions/2021-06-08/edition.yaml');
		expect(readFileSync(join(cwd, 'content/editions/2021-06-08/edition.yaml'), 'utf8')).toBe('date: 2021-06-08\npages:\n  - number: 1\n');
		const text = readFileSync(join(cwd, page1, '01-item.md'), 'utf8');
		expect(text).toMatch(/^---\nheadline: 待填写：主标题\n/);
		expect(text).toContain('kind: article\ndate: 2021-06-08\npage: 1\norder: 1\n---\n');
	});

	test('writes under CONTENT_DIR when it points the build at another archive', () => {
		const { code, out, err } = runWith({ CONTENT_DIR: 'other' }, '--date', '2021-06-08', '--page', '2');
		expect(code).toBe(0);
		expect(out).toBe('other/editions/2021-06-08/02/01-item.md\n');
		expect(err).toContain('other/editions/2021-06-08/edition.yaml');
		expect(existsSync(join(cwd, 'other/editions/2021-06-08/edition.yaml'))).toBe(true);
		expect(existsSync(join(cwd, 'content'))).toBe(false);
	});

	test('reads CONTENT_DIR from the environment when run as npm run new', () => {
		const bin = join(import.meta.dirname, '../../scripts/new.ts');
		const out = execFileSync(process.execPath, [bin, '--date', '2021-06-08', '--page', '1'], {
			cwd,
			env: { ...process.env, CONTENT_DIR: 'elsewhere' },
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
		});
		expect(out).toBe('elsewhere/editions/2021-06-08/01/01-item.md\n');
		expect(existsSync(join(cwd, out.trim()))).toBe(true);
	});

	test('takes the next free order after both order fields and file-name prefixes', () => {
		mkdirSync(join(cwd, page1), { recursive: true });
		writeFileSync(join(cwd, page1, '01-a.md'), item(1));
		writeFileSync(join(cwd, page1, '02-b.md'), item(7));
		writeFileSync(join(cwd, page1, '.import.json'), '{}');
		const { out } = run('--date', '2021-06-08', '--page', '1', '--headline', '学党史 办实事');
		expect(out).toBe(`${page1}/08-xue-dang-shi-ban-shi-shi.md\n`);
		expect(readFileSync(join(cwd, page1, '08-xue-dang-shi-ban-shi-shi.md'), 'utf8')).toContain('headline: 学党史 办实事\n');
		expect(nextOrder([{ fileName: '09-c.md' }, { fileName: 'x.md', order: 3 }])).toBe(10);
	});

	test('gives a second item with the same headline a different slug instead of overwriting', () => {
		run('--date', '2021-06-08', '--page', '1', '--headline', '传承红色精神');
		const { out } = run('--date', '2021-06-08', '--page', '1', '--headline', '传承红色精神', '--mdx');
		expect(out).toBe(`${page1}/02-chuan-cheng-hong-se-jing-shen-2.mdx\n`);
		const mdx = readFileSync(join(cwd, page1, '02-chuan-cheng-hong-se-jing-shen-2.mdx'), 'utf8');
		// The content components need no import, and the MDX policy allows none.
		expect(mdx).toContain('{/* 引语框的写法：<PullQuote>要突出的一句话</PullQuote> */}');
		expect(mdx).not.toContain('import');
	});

	test('adds a missing page to an existing manifest, keeping what the editor wrote', () => {
		mkdirSync(join(cwd, 'content/editions/2021-06-08'), { recursive: true });
		writeFileSync(join(cwd, 'content/editions/2021-06-08/edition.yaml'), '# 六月八日\ndate: 2021-06-08\npages:\n  - number: 1\n    name: 党建\n');
		const { code, err } = run('--date', '2021-06-08', '--page', '3', '--kind', 'photo');
		expect(code).toBe(0);
		expect(err).toContain('已在版面清单 content/editions/2021-06-08/edition.yaml 里加上第 03 版');
		expect(readFileSync(join(cwd, 'content/editions/2021-06-08/edition.yaml'), 'utf8')).toBe('# 六月八日\ndate: 2021-06-08\npages:\n  - number: 1\n    name: 党建\n  - number: 3\n');
		expect(readFileSync(join(cwd, 'content/editions/2021-06-08/03/01-item.md'), 'utf8')).toContain('kind: photo\n');
	});

	test('refuses a bad date, page or kind with a plain message and exit code 2, writing nothing', () => {
		const date = run('--date', '2021-6-8', '--page', '1');
		expect(date.code).toBe(2);
		expect(date.err).toContain('--date 是“2021-6-8”，不是有效的日期。提示：写成 YYYY-MM-DD');
		expect(run('--date', '2021-02-30', '--page', '1').code).toBe(2);
		const page = run('--date', '2021-06-08', '--page', '第一版');
		expect(page.err).toContain('--page 是“第一版”，应是从 1 开始的版次数字。');
		const kind = run('--date', '2021-06-08', '--page', '1', '--kind', 'foto');
		expect(kind.err).toContain('--kind 是“foto”，只能是 article、commentary、photo 之一。提示：是不是想写 photo？');
		expect(run('--page', '1').err).toContain('缺少 --date');
		expect(existsSync(join(cwd, 'content'))).toBe(false);
	});

	test('refuses to add to a broken manifest, pointing at its line', () => {
		mkdirSync(join(cwd, 'content/editions/2021-06-08'), { recursive: true });
		writeFileSync(join(cwd, 'content/editions/2021-06-08/edition.yaml'), 'date: 2021-06-09\npages: []\n');
		const { code, err } = run('--date', '2021-06-08', '--page', '1');
		expect(code).toBe(1);
		expect(err).toContain('content/editions/2021-06-08/edition.yaml:1: “date”是 2021-06-09，但版面清单在 2021-06-08 文件夹中。');
		expect(existsSync(join(cwd, page1))).toBe(false);
	});

	test('writes a file the check rejects until every placeholder is filled, and accepts once it is', () => {
		const path = run('--date', '2021-06-08', '--page', '1', '--kind', 'commentary', '--headline', '把小事办成暖心事').out.trim();
		const before = checkContentDir(cwd).map(formatProblem);
		expect(before).toEqual([
			`${path}:5: “byline”（署名）还是 npm run new 留下的“待填写”。提示：填上真实内容；这篇稿件没有这一项就删掉这一行。`,
			`${path}:14: 正文这一行还是 npm run new 留下的“待填写”。提示：换成真正的正文（图片稿写图片说明）。`,
		]);
		const file = join(cwd, path);
		writeFileSync(file, readFileSync(file, 'utf8').replace(/^byline: .*$/m, 'byline: 张文').replace(/^待填写.*$/m, '群众身边的小事，往往是最难办的事。'));
		expect(checkContentDir(cwd).map(formatProblem)).toEqual([]);
	});

	test('catches an optional field uncommented but left unfilled', () => {
		const path = run('--date', '2021-06-08', '--page', '1', '--headline', '把小事办成暖心事').out.trim();
		const file = join(cwd, path);
		writeFileSync(file, readFileSync(file, 'utf8').replace('# section:', 'section:').replace(/^byline: .*$/m, 'byline: 张文').replace(/^待填写.*$/m, '正文。'));
		expect(checkContentDir(cwd).map(formatProblem)).toEqual([`${path}:7: “section”（栏目）还是 npm run new 留下的“待填写”。提示：填上真实内容；这篇稿件没有这一项就删掉这一行。`]);
	});
});
