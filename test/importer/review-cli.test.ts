import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { main as check } from '../../scripts/check.ts';
import { nodeIo } from '../../scripts/import.ts';
import { main } from '../../src/lib/importer/index.ts';

const fixtures = join(import.meta.dirname, 'fixtures');
let dir: string;
let out: string[];

async function importer(args: string[]): Promise<number> {
	return main(args, {
		...nodeIo(dir),
		stdout: (t) => void out.push(t),
		stderr: (t) => void out.push(t),
		progress: undefined,
	});
}
function checker(): { code: number; out: string } {
	let text = '';
	const code = check(['--root', dir, '--content-only'], {
		cwd: dir,
		out: (t) => void (text += t),
		err: (t) => void (text += t),
		astroCheck: () => 0,
	});
	return { code, out: text };
}

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'import-review-'));
	mkdirSync(join(dir, 'dumps/2021-06-08'), { recursive: true });
	cpSync(join(fixtures, 'imports-the-sample-party-building-page/input.txt'), join(dir, 'dumps/2021-06-08/01.txt'));
	cpSync(
		join(fixtures, 'reads-a-top-down-page-with-briefs-under-datelines/input.txt'),
		join(dir, 'dumps/2021-06-08/03.txt'),
	);
	out = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const briefs = ['dumps/2021-06-08/03.txt', '--date', '2021-06-08', '--page', '3'];
const untitled = () => join(dir, 'content/editions/2021-06-08/03/02-wu-biao-ti.md');

test('an item the importer is unsure of is marked for review; npm run check lists it and fails only on its placeholder headline', async () => {
	expect(await importer(briefs)).toBe(0);
	const file = readFileSync(untitled(), 'utf8');
	const line = file.split('\n').indexOf('review: [没有找到标题]') + 1;
	expect(line).toBeGreaterThan(1);
	const mark = `content/editions/2021-06-08/03/02-wu-biao-ti.md:${line}: 待核对：没有找到标题\n`;
	// The placeholder （无标题） is a problem to fix; the review mark alone is not.
	const untitledCheck = checker();
	expect(untitledCheck.code).toBe(1);
	expect(untitledCheck.out).toContain(mark);
	writeFileSync(untitled(), file.replace('headline: （无标题）', 'headline: 数说夏粮'));
	const { code, out: text } = checker();
	expect(code).toBe(0);
	expect(text).toContain(mark);
	expect(text).toContain('1 篇稿件待核对');
	expect(text).toContain('内容检查通过');
});

test('an editor removing the review field counts as an edit: a re-import leaves the file alone', async () => {
	await importer(briefs);
	const checked = readFileSync(untitled(), 'utf8')
		.replace('headline: （无标题）', 'headline: 数说夏粮')
		.replace('review: [没有找到标题]\n', '');
	writeFileSync(untitled(), checked);
	expect(checker().out).not.toContain('待核对');
	out = [];
	expect(await importer(briefs)).toBe(0);
	expect(readFileSync(untitled(), 'utf8')).toBe(checked);
	expect(out.join('')).toMatch(/skipped\s+02-wu-biao-ti\.md: changed since the last import/);
});

test('--report writes one self-contained page for every page of a folder, even in a dry run', async () => {
	expect(await importer(['dumps', '--dry-run', '--report', 'reports/import.html'])).toBe(0);
	expect(existsSync(join(dir, 'content'))).toBe(false);
	const html = readFileSync(join(dir, 'reports/import.html'), 'utf8');
	expect(html).toContain('2021-06-08 第01版');
	expect(html).toContain('2021-06-08 第03版 要闻');
	expect(html).toContain('href="../content/editions/2021-06-08/03/02-wu-biao-ti.md"');
	expect(html).toContain('13 篇稿件');
	expect(out.join('')).toContain('report: reports/import.html');
});

test('--report names the dumps that could not be imported, and the exit code still says so', async () => {
	writeFileSync(join(dir, 'dumps/2021-06-08/04.txt'), '');
	expect(await importer(['dumps', '--report', 'import.html'])).toBe(3);
	const html = readFileSync(join(dir, 'import.html'), 'utf8');
	expect(html).toContain('未能导入');
	expect(html).toContain('dumps/2021-06-08/04.txt');
});
