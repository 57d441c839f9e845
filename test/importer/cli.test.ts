import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { main, type ImportIo } from '../../src/lib/importer/index.ts';
import { nodeIo } from '../../scripts/import.ts';

const sample = join(import.meta.dirname, 'fixtures/imports-the-sample-party-building-page/input.txt');
let dir: string;
let out: string[];
let err: string[];

/** The real file system in a temporary folder, with stdout and stderr captured. */
function io(overrides: Partial<ImportIo> = {}): ImportIo {
	return {
		...nodeIo(dir),
		stdout: (t) => void out.push(t),
		stderr: (t) => void err.push(t),
		progress: undefined,
		...overrides,
	};
}
const run = (args: string[], custom?: Partial<ImportIo>) => main(args, io(custom));
const page = () => join(dir, 'content/editions/2021-06-08/01');
const args = ['dumps/2021-06-08/01.txt', '--date', '2021-06-08', '--page', '1', '--page-name', '党建'];

/** Every file under a folder, relative to it. */
function tree(root: string): string[] {
	return existsSync(root)
		? readdirSync(root, { recursive: true, withFileTypes: true })
				.filter((e) => e.isFile())
				.map((e) => join(e.parentPath, e.name).slice(root.length + 1))
				.sort()
		: [];
}

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'import-'));
	mkdirSync(join(dir, 'dumps/2021-06-08'), { recursive: true });
	cpSync(sample, join(dir, 'dumps/2021-06-08/01.txt'));
	out = [];
	err = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('imports the sample page into eight item files, the manifest and the record', async () => {
	expect(await run(args)).toBe(0);
	const files = tree(join(dir, 'content'));
	expect(files.filter((f) => f.endsWith('.md'))).toHaveLength(8);
	expect(files.filter((f) => !f.endsWith('.md'))).toEqual([
		'editions/2021-06-08/01/.import.json',
		'editions/2021-06-08/edition.yaml',
	]);
	expect(readFileSync(join(dir, 'content/editions/2021-06-08/edition.yaml'), 'utf8')).toContain(
		'banner: 五化协同 大抓基层',
	);
	expect(readFileSync(join(page(), '01-da-chu-wei-min-ban-shi-zu-he-quan.md'), 'utf8')).toContain(
		'source: dumps/2021-06-08/01.txt:2-58',
	);
});

test('a dry run writes nothing and shows what it would write', async () => {
	expect(await run([...args, '--dry-run'])).toBe(0);
	expect(tree(dir)).toEqual(['dumps/2021-06-08/01.txt']);
	expect(out.join('')).toContain('would write 08-dian-liang-xi-wang.md');
});

test('--json prints the items and warnings as JSON', async () => {
	expect(await run([...args, '--json'])).toBe(0);
	const report = JSON.parse(out.join(''));
	expect(report.pages[0].items.map((i: { headline: string }) => i.headline)).toHaveLength(8);
	expect(report.pages[0].warnings.map((w: { code: string }) => w.code)).toEqual(['banner', 'junk']);
});

test('--help explains the command and its exit codes', async () => {
	expect(await run(['--help'])).toBe(0);
	expect(out.join('')).toMatch(/--dry-run[\s\S]*Exit codes/);
});

test('a second import of an unchanged page changes nothing', async () => {
	await run(args);
	out = [];
	expect(await run(args)).toBe(0);
	// The eight items and the manifest entry.
	expect(out.join('').match(/unchanged/g)).toHaveLength(9);
	expect(out.join('')).toContain('unchanged   content/editions/2021-06-08/edition.yaml (page 1)');
});

test('a re-import skips a file an editor changed and says so', async () => {
	await run(args);
	const file = join(page(), '03-xue-dang-shi-jian-xing-dong-ting-min-yi-ban-shi.md');
	const edited = readFileSync(file, 'utf8').replace('学党史践行动 听民意办实事', '学党史 践行动 听民意 办实事');
	writeFileSync(file, edited);
	out = [];
	expect(await run(args)).toBe(0);
	expect(readFileSync(file, 'utf8')).toBe(edited);
	expect(out.join('')).toMatch(
		/skipped\s+03-xue-dang-shi-jian-xing-dong-ting-min-yi-ban-shi\.md: changed since the last import/,
	);
	// Still the editor's after yet another import.
	await run(args);
	expect(readFileSync(file, 'utf8')).toBe(edited);
});

test('--force replaces an edited file and keeps a backup of the edit', async () => {
	await run(args);
	const file = join(page(), '01-da-chu-wei-min-ban-shi-zu-he-quan.md');
	const original = readFileSync(file, 'utf8');
	writeFileSync(file, `${original}编辑加的一段。\n`);
	expect(await run([...args, '--force'])).toBe(0);
	expect(readFileSync(file, 'utf8')).toBe(original);
	const backups = readdirSync(page()).filter((f) => f.endsWith('.bak'));
	expect(backups).toHaveLength(1);
	expect(readFileSync(join(page(), backups[0]), 'utf8')).toContain('编辑加的一段。');
});

test('a re-import keeps the other pages and the fields an editor added to the manifest', async () => {
	mkdirSync(join(dir, 'content/editions/2021-06-08'), { recursive: true });
	writeFileSync(
		join(dir, 'content/editions/2021-06-08/edition.yaml'),
		'date: 2021-06-08\nnumber: 12345\npages:\n  - number: 1\n    name: 旧名\n    note: 编辑备注\n  - number: 2\n    name: 要闻\n',
	);
	expect(await run(args)).toBe(0);
	const manifest = readFileSync(join(dir, 'content/editions/2021-06-08/edition.yaml'), 'utf8');
	expect(manifest).toContain('number: 12345');
	expect(manifest).toContain('note: 编辑备注');
	expect(manifest).toContain('name: 要闻');
	expect(manifest).toContain('banner: 五化协同 大抓基层');
	// A name the importer did not write is an editor's, even against --page-name.
	expect(manifest).toContain('name: 旧名');
	expect(out.join('')).toContain(
		'skipped     content/editions/2021-06-08/edition.yaml (page 1, name): not written by the importer (use --force',
	);
});

const manifestPath = () => join(dir, 'content/editions/2021-06-08/edition.yaml');

test('a re-import keeps the manifest fields an editor changed and reports them as skipped', async () => {
	await run(args);
	const edited = readFileSync(manifestPath(), 'utf8')
		.replace('banner: 五化协同 大抓基层', 'banner: 五化协同，大抓基层')
		.replace('name: 党建', 'name: 党建专刊');
	writeFileSync(manifestPath(), edited);
	out = [];
	expect(await run(args)).toBe(0);
	expect(readFileSync(manifestPath(), 'utf8')).toBe(edited);
	expect(out.join('')).toMatch(
		/skipped +content\/editions\/2021-06-08\/edition\.yaml \(page 1, name\): changed since the last import/,
	);
	expect(out.join('')).toMatch(
		/skipped +content\/editions\/2021-06-08\/edition\.yaml \(page 1, banner\): changed since the last import/,
	);
	// Still the editor's after yet another import, while unedited fields stay the importer's.
	writeFileSync(join(dir, 'dumps/2021-06-08/01.txt'), readFileSync(sample, 'utf8').replace('大抓基层', '大抓基础'));
	out = [];
	expect(await run([...args.slice(0, -2), '--page-name', '党建版'])).toBe(0);
	expect(readFileSync(manifestPath(), 'utf8')).toBe(edited);
	expect(readdirSync(join(dir, 'content/editions/2021-06-08')).filter((f) => f.endsWith('.bak'))).toEqual([]);
});

test('a re-import replaces manifest fields nobody edited', async () => {
	await run(args);
	writeFileSync(join(dir, 'dumps/2021-06-08/01.txt'), readFileSync(sample, 'utf8').replace('大抓基层', '大抓基础'));
	out = [];
	expect(await run([...args.slice(0, -2), '--page-name', '党建版'])).toBe(0);
	const manifest = readFileSync(manifestPath(), 'utf8');
	expect(manifest).toContain('banner: 五化协同 大抓基础');
	expect(manifest).toContain('name: 党建版');
	expect(out.join('')).toContain('wrote       content/editions/2021-06-08/edition.yaml (page 1: name, banner)');
	expect(out.join('')).not.toMatch(/skipped/);
});

test('--dry-run --force shows an edited item as an overwrite, with the backup it would keep', async () => {
	await run(args);
	const file = join(page(), '01-da-chu-wei-min-ban-shi-zu-he-quan.md');
	writeFileSync(file, `${readFileSync(file, 'utf8')}编辑加的一段。\n`);
	out = [];
	expect(await run([...args, '--force', '--dry-run'])).toBe(0);
	expect(out.join('')).toContain(
		'would overwrite 01-da-chu-wei-min-ban-shi-zu-he-quan.md  article, lines 2-58 (an editor had changed it)',
	);
	expect(out.join('')).toMatch(
		/would back up content\/editions\/2021-06-08\/01\/01-da-chu-wei-min-ban-shi-zu-he-quan\.md\.[\dTZ-]+\.bak/,
	);
	expect(out.join('')).not.toMatch(/would write +01-/);
	expect(readdirSync(page()).filter((f) => f.endsWith('.bak'))).toEqual([]);
});

test('--force replaces edited manifest fields and keeps a backup of edition.yaml; --dry-run shows both first', async () => {
	await run(args);
	const edited = readFileSync(manifestPath(), 'utf8').replace('banner: 五化协同 大抓基层', 'banner: 编辑改的通栏');
	writeFileSync(manifestPath(), edited);
	out = [];
	expect(await run([...args, '--force', '--dry-run'])).toBe(0);
	expect(readFileSync(manifestPath(), 'utf8')).toBe(edited);
	expect(out.join('')).toMatch(
		/would overwrite content\/editions\/2021-06-08\/edition\.yaml \(page 1: banner\) \(an editor had changed banner\)/,
	);
	expect(out.join('')).toMatch(/would back up content\/editions\/2021-06-08\/edition\.yaml\.[\dTZ-]+\.bak/);
	out = [];
	expect(await run([...args, '--force'])).toBe(0);
	expect(readFileSync(manifestPath(), 'utf8')).toContain('banner: 五化协同 大抓基层');
	const backups = readdirSync(join(dir, 'content/editions/2021-06-08')).filter((f) => f.endsWith('.bak'));
	expect(backups).toHaveLength(1);
	expect(readFileSync(join(dir, 'content/editions/2021-06-08', backups[0]), 'utf8')).toBe(edited);
	expect(out.join('')).toContain(`backup      content/editions/2021-06-08/${backups[0]}`);
});

test('a folder imports every dump, dating it by the folder and numbering it by the file', async () => {
	cpSync(sample, join(dir, 'dumps/2021-06-08/02.txt'));
	expect(await run(['dumps'])).toBe(0);
	expect(
		tree(join(dir, 'content/editions/2021-06-08'))
			.filter((f) => f.endsWith('.md'))
			.map((f) => f.slice(0, 2)),
	).toEqual([...Array(8).fill('01'), ...Array(8).fill('02')]);
});

test('two dumps for one page stop the import, naming both, before anything is written', async () => {
	cpSync(sample, join(dir, 'dumps/2021-06-08/01 副本.txt'));
	cpSync(sample, join(dir, 'dumps/2021-06-08/02.txt'));
	expect(await run(['dumps'])).toBe(3);
	expect(err.join('')).toBe(
		'dumps/2021-06-08: expects one dump per page but found 2 for page 1 of 2021-06-08: 01 副本.txt and 01.txt. Remove or rename all but one, then import again.\n',
	);
	expect(existsSync(join(dir, 'content'))).toBe(false);
});

test.each([
	[
		'a missing path',
		() => 'dumps/none.txt',
		/dumps\/none\.txt: expects a dump file or a folder of dumps but found nothing there/,
	],
	['an empty file', () => write(''), /empty\.txt: expects a page dump with text but found an empty file/],
	['a blank file', () => write(' \n\r\n\u3000\n'), /expects a page dump with text but found only blank lines/],
	[
		'a binary file',
		() => write(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])),
		/expects a text dump but found binary data/,
	],
	[
		'an undecodable file',
		() => write(Buffer.from(Array.from({ length: 64 }, (_, i) => (i % 2 ? 0xff : 0x80)))),
		/expects UTF-8, UTF-16 with BOM, GB18030\/GBK, Big5 or Shift_JIS text but found bytes that decode as none/,
	],
])('%s gives exit 3, a one-line message and writes nothing', async (_, make, message) => {
	const path = make();
	expect(await run([path, '--date', '2021-06-08', '--page', '1'])).toBe(3);
	expect(err.join('')).toMatch(message);
	expect(err.join('').trim().split('\n')).toHaveLength(1);
	expect(existsSync(join(dir, 'content'))).toBe(false);
});

function write(content: string | Buffer): string {
	writeFileSync(join(dir, 'dumps/empty.txt'), content);
	return 'dumps/empty.txt';
}

test.each([
	['--date', '2021-13-01', /--date: expects a real date written YYYY-MM-DD, like 2021-06-08, but found "2021-13-01"/],
	['--date', '2021-6-8', /--date: expects a real date/],
	['--page', '0', /--page: expects a page number from 1 to 999/],
	['--page', 'one', /--page: expects a page number/],
	['--page', '-1', /--page: expects a page number from 1 to 999, like 1 or 05, but found "-1"/],
	['--date', '-x', /--date: expects a real date written YYYY-MM-DD, like 2021-06-08, but found "-x"/],
	['--encoding', 'latin9', /--encoding: expects one of utf-8, utf-16, .* but found "latin9"/],
])('a bad %s %s gives exit 2 and says what it expects', async (flag, value, message) => {
	const rest = flag === '--date' ? ['--page', '1'] : flag === '--page' ? ['--date', '2021-06-08'] : args.slice(1);
	expect(await run(['dumps/2021-06-08/01.txt', flag, value, ...rest])).toBe(2);
	expect(err.join('')).toMatch(message);
});

test('a Big5 dump imports as Big5 text, and --encoding overrides the guess', async () => {
	const traditional = OpenCC.Converter({ from: 'cn', to: 'tw' })(
		readFileSync(sample, 'utf8').replace(/[\u{100000}-\u{10FFFD}]/gu, ''),
	);
	writeFileSync(join(dir, 'dumps/2021-06-08/01.txt'), iconv.encode(traditional, 'big5'));
	expect(await run(args)).toBe(0);
	expect(out.join('')).toMatch(/\(\d+ items, big5\)/);
	expect(readFileSync(join(page(), '01-da-chu-wei-min-ban-shi-zu-he-quan.md'), 'utf8')).toContain(
		'打出為民辦事“組合拳”',
	);
	expect(readFileSync(join(dir, 'content/editions/2021-06-08/edition.yaml'), 'utf8')).toContain(
		'banner: 五化協同 大抓基層',
	);
	err = [];
	expect(await run([...args, '--encoding', 'gb18030', '--dry-run'])).toBe(3);
	expect(err.join('')).toMatch(
		/01\.txt: expects GB18030 text \(--encoding\) but found bytes that decode as none of them/,
	);
});

test('an import that fails mid-way leaves no temporary or half-written file', async () => {
	let writes = 0;
	const failing = nodeIo(dir);
	const code = await run(args, {
		writeAtomic: async (path, content) => {
			if (++writes === 4)
				throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC', syscall: 'write', path });
			await failing.writeAtomic(path, content);
		},
	});
	expect(code).toBe(4);
	expect(err.join('')).toMatch(/could not write \(ENOSPC\)/);
	expect(tree(join(dir, 'content')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
	// What was written is whole, and the next import finishes the page without skipping anything.
	err = [];
	out = [];
	expect(await run(args)).toBe(0);
	expect(out.join('')).not.toMatch(/skipped/);
	expect(tree(page()).filter((f) => f.endsWith('.md'))).toHaveLength(8);
});

test('an atomic write that cannot rename removes its temporary file', async () => {
	mkdirSync(join(dir, 'target.md'));
	await expect(nodeIo(dir).writeAtomic('target.md', 'x')).rejects.toThrow();
	expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
});

test('temporary files of an interrupted import are removed by the next import of the page, and ignored by git', async () => {
	await run(args);
	const leftovers = [
		join(page(), '.01-da-chu-wei-min-ban-shi-zu-he-quan.md.a1b2c3d4e5f6.tmp'),
		join(page(), '..import.json.0123456789ab.tmp'),
		join(dir, 'content/editions/2021-06-08/.edition.yaml.abcdef012345.tmp'),
	];
	for (const path of leftovers) writeFileSync(path, 'half');
	out = [];
	expect(await run([...args, '--dry-run'])).toBe(0);
	expect(out.join('').match(/would remove +\S+\.tmp: left by an interrupted import/g)).toHaveLength(3);
	expect(leftovers.filter((path) => existsSync(path))).toHaveLength(3);
	out = [];
	expect(await run(args)).toBe(0);
	expect(out.join('').match(/removed +\S+\.tmp: left by an interrupted import/g)).toHaveLength(3);
	expect(tree(join(dir, 'content')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
	const repo = join(import.meta.dirname, '../..');
	const ignored = (path: string) => {
		try {
			execFileSync('git', ['check-ignore', '--no-index', '-q', path], { cwd: repo });
			return true;
		} catch {
			return false;
		}
	};
	expect(ignored('content/editions/2021-06-08/01/.01-da-chu.md.a1b2c3d4e5f6.tmp')).toBe(true);
	expect(ignored('content/editions/2021-06-08/.edition.yaml.abcdef012345.tmp')).toBe(true);
	expect(ignored('content/editions/2021-06-08/01/01-da-chu.md')).toBe(false);
});

test('a page of more items than the open-file limit allows at once imports completely', () => {
	// 400 items under a limit of 128 open files: writing every file at once fails (EMFILE).
	const items = Array.from({ length: 400 }, (_, i) => [
		'□本报记者 宋爽',
		'',
		`本报讯 第${i + 1}次会议在市里召开，与会人员讨论了多项议题，并作出了安排。`,
		'',
		`第${i + 1}次会议召开`,
		'',
	]);
	writeFileSync(join(dir, 'dumps/2021-06-08/01.txt'), items.flat().join('\n'));
	const bin = join(import.meta.dirname, '../../scripts/import.ts');
	const command = `ulimit -n 128 && exec "$0" "$1" dumps/2021-06-08/01.txt --date 2021-06-08 --page 1 --json`;
	const stdout = execFileSync('sh', ['-c', command, process.execPath, bin], { cwd: dir, encoding: 'utf8' });
	expect(JSON.parse(stdout).pages[0].items).toHaveLength(400);
	expect(tree(page()).filter((f) => f.endsWith('.md'))).toHaveLength(400);
});

test('npm run import (scripts/import.mjs) imports a dump, and exits 2 on a bad argument', () => {
	const bin = join(import.meta.dirname, '../../scripts/import.mjs');
	const stdout = execFileSync(process.execPath, [bin, ...args, '--json'], { cwd: dir, encoding: 'utf8' });
	expect(JSON.parse(stdout).pages[0].items).toHaveLength(8);
	expect(() => execFileSync(process.execPath, [bin, ...args, '--bogus'], { cwd: dir, stdio: 'pipe' })).toThrow(
		expect.objectContaining({ status: 2 }),
	);
});

test('a write that fails part-way lists exactly the changes it made, and the next import finishes the page', async () => {
	// The date folder read-only, the page folder writable: items go in, edition.yaml does not.
	const real = nodeIo(dir);
	const dateDir = join('content', 'editions', '2021-06-08');
	const code = await run(args, {
		writeAtomic: async (path, content) => {
			if (join(path, '..') === dateDir)
				throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), {
					code: 'EACCES',
					syscall: 'open',
					path: join(dir, path),
				});
			await real.writeAtomic(path, content);
		},
	});
	expect(code).toBe(4);
	const [message, ...listed] = err.join('').trimEnd().split('\n');
	expect(message).toMatch(
		/edition\.yaml: could not write \(EACCES\)\. .* 9 changes were made before it stopped \(listed below\); the next import finishes the page/,
	);
	expect(listed.map((line) => line.replace(/^ {2}wrote content\//, '')).sort()).toEqual(tree(join(dir, 'content')));
	expect(existsSync(manifestPath())).toBe(false);
	err = [];
	out = [];
	expect(await run(args)).toBe(0);
	expect(out.join('')).not.toMatch(/skipped/);
	expect(readFileSync(manifestPath(), 'utf8')).toContain('banner: 五化协同 大抓基层');
});
