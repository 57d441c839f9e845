import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { parse } from 'yaml';
import { nodeIo } from '../../scripts/import.ts';
import { main, type ImportIo } from '../../src/lib/importer/index.ts';
import { editionSchema } from '../../src/schemas/edition.ts';
import { launchBrowser } from '../../scripts/lib/launch-browser.ts';

// One page PDF and one of two pages, printed by Chromium from HTML as the corpus generator does.
const PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
@page { margin: 0; } body { margin: 24px; width: 700px; font-family: 'WenQuanYi Zen Hei', 'Noto Sans CJK SC', sans-serif; font-size: 13px; line-height: 1.2; }
header { display: flex; justify-content: space-between; border-bottom: 3px double #000; font-size: 12px; }
.kicker { font-size: 15px; } .headline { font-size: 28px; font-weight: bold; } .byline { font-size: 12px; }
.body { column-count: 2; column-gap: 30px; column-rule: 1px solid #ccc; } p { margin: 0; text-indent: 2em; }
.second { border-top: 1px solid #000; margin-top: 12px; }
</style></head><body>
<header><span>北疆日报</span><span>第03版：经济</span></header>
<div class="kicker">牧区振兴——</div><div class="headline">大漠深处绿意浓</div><div class="byline">□本报记者 王立新</div>
<div class="body">${[1, 2, 3, 4].map((n) => `<p>第${n}段：阿拉善盟各个嘎查村推出优化营商环境新举措，梳理形成了一批“一次办”套餐服务，群众的获得感显著增强，干部队伍进行全面摸排。</p>`).join('')}</div>
<div class="second"><div class="headline">草原上的新课堂</div><div class="byline">□本报记者 孙明</div>
<div class="body"><p>党史学习教育开展以来，各地扎实开展学习，加强顶层设计，聚焦为民服务，不断推动学习教育走深走实，群众纷纷点赞。</p><p>下一步，将持续巩固成果。</p></div></div>
</body></html>`;

let root: string;
let pdf: Uint8Array;
let twoPages: Uint8Array;

beforeAll(async () => {
	root = mkdtempSync(join(tmpdir(), 'pdf-import-'));
	const browser = await launchBrowser();
	try {
		const page = await browser.newPage();
		await page.setContent(PAGE);
		pdf = await page.pdf({ width: '748px', height: '600px', printBackground: true });
		await page.setContent(PAGE.replace('</body>', '<div style="break-before: page">第二页</div></body>'));
		twoPages = await page.pdf({ width: '748px', height: '600px', printBackground: true });
	} finally {
		await browser.close();
	}
}, 120_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

function fresh(): { dir: string; io: ImportIo; out: string[]; err: string[] } {
	const dir = mkdtempSync(join(root, 'run-'));
	mkdirSync(join(dir, 'dumps/2021-06-08'), { recursive: true });
	writeFileSync(join(dir, 'dumps/2021-06-08/03.pdf'), pdf);
	const out: string[] = [];
	const err: string[] = [];
	return { dir, io: { ...nodeIo(dir), stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) }, out, err };
}

const args = ['dumps/2021-06-08/03.pdf', '--date', '2021-06-08', '--page', '3'];
const pageDir = (dir: string) => join(dir, 'content/editions/2021-06-08/03');

test('imports a page PDF: items split from the layout, the page image in three widths, the PDF kept, regions in the manifest', async () => {
	const { dir, io, err } = fresh();
	expect(await main(args, io)).toBe(0);
	expect(err.join('')).toBe('');
	const files = readdirSync(pageDir(dir)).sort();
	expect(files).toEqual([
		'.import.json',
		'01-da-mo-shen-chu-lv-yi-nong.md',
		'02-cao-yuan-shang-de-xin-ke-tang.md',
		'2021-06-08-03.pdf',
		'page-1600.webp',
		'page-480.webp',
		'page-960.webp',
	]);
	const first = readFileSync(join(pageDir(dir), '01-da-mo-shen-chu-lv-yi-nong.md'), 'utf8');
	expect(first).toMatch(/^kicker: 牧区振兴——$/m);
	expect(first).toMatch(/^byline: 本报记者 王立新$/m);
	expect(first).toMatch(/^source: dumps\/2021-06-08\/03\.pdf:\d+-\d+$/m);
	// Four paragraphs, the second and third running on across the column break.
	expect(first.split('\n---\n')[1].trim().split(/\n\n/)).toHaveLength(4);
	expect(readFileSync(join(pageDir(dir), '2021-06-08-03.pdf'))).toEqual(Buffer.from(pdf));
	const big = await sharp(join(pageDir(dir), 'page-1600.webp')).metadata();
	expect(big).toMatchObject({ format: 'webp', width: 1600 });
	expect(statSync(join(pageDir(dir), 'page-1600.webp')).size).toBeLessThan(250_000);
	const manifest = editionSchema.parse(
		parse(readFileSync(join(dir, 'content/editions/2021-06-08/edition.yaml'), 'utf8')),
	);
	const [entry] = manifest.pages;
	expect(entry).toMatchObject({ number: 3, name: '经济', source: 'dumps/2021-06-08/03.pdf' });
	expect(entry.facsimile?.pdf).toBe('2021-06-08-03.pdf');
	expect(entry.facsimile?.images.map((i) => i.width)).toEqual([480, 960, 1600]);
	expect(entry.facsimile?.regions.map((r) => r.order)).toEqual([1, 2]);
	const [one, two] = entry.facsimile!.regions;
	// The first story stands above the second, each inside the page.
	expect(Math.max(...one.boxes.map(([, y, , h]) => y + h))).toBeLessThanOrEqual(
		Math.min(...two.boxes.map(([, y]) => y)),
	);
	for (const [x, y, w, h] of [...one.boxes, ...two.boxes]) {
		expect(x >= 0 && y >= 0 && x + w <= entry.facsimile!.width && y + h <= entry.facsimile!.height).toBe(true);
	}
}, 120_000);

test('a dry run of a PDF reports the items, images and PDF it would write and writes nothing', async () => {
	const { dir, io, out } = fresh();
	expect(await main([...args, '--dry-run', '--json'], io)).toBe(0);
	const report = JSON.parse(out.join(''));
	expect(report.pages[0].items.map((i: { headline: string }) => i.headline)).toEqual([
		'大漠深处绿意浓',
		'草原上的新课堂',
	]);
	expect(report.pages[0].assets.map((a: { action: string }) => a.action)).toEqual(['write', 'write', 'write', 'write']);
	expect(readdirSync(dir)).toEqual(['dumps']);
}, 120_000);

test('a re-import of a PDF keeps an editor’s item and replaced image, and --force backs them up', async () => {
	const { dir, io, err } = fresh();
	expect(await main(args, io)).toBe(0);
	const item = join(pageDir(dir), '02-cao-yuan-shang-de-xin-ke-tang.md');
	const image = join(pageDir(dir), 'page-480.webp');
	writeFileSync(item, readFileSync(item, 'utf8').replace('下一步', '编辑改过：下一步'));
	writeFileSync(image, 'an editor’s own picture');
	expect(await main(args, io)).toBe(0);
	expect(readFileSync(item, 'utf8')).toContain('编辑改过');
	expect(readFileSync(image, 'utf8')).toBe('an editor’s own picture');
	expect(err.join('')).toBe('');
	expect(await main([...args, '--force'], io)).toBe(0);
	expect(readFileSync(item, 'utf8')).not.toContain('编辑改过');
	expect((await sharp(image).metadata()).format).toBe('webp');
	expect(readdirSync(pageDir(dir)).filter((n) => n.endsWith('.bak'))).toHaveLength(2);
}, 120_000);

test('refuses a PDF of two pages, naming it and saying how to split it, before writing anything', async () => {
	const { dir, io, err } = fresh();
	writeFileSync(join(dir, 'dumps/2021-06-08/03.pdf'), twoPages);
	expect(await main(args, io)).toBe(2);
	expect(err.join('')).toMatch(/03\.pdf: expects a PDF of one printed page but found 2 pages\. Split it/);
	expect(readdirSync(dir)).toEqual(['dumps']);
}, 120_000);

test('imports the page PDFs of a folder by their file names', async () => {
	const { io, out } = fresh();
	expect(await main(['dumps/2021-06-08', '--dry-run', '--json'], io)).toBe(0);
	const [page] = JSON.parse(out.join('')).pages;
	expect(page).toMatchObject({ date: '2021-06-08', page: 3, source: 'dumps/2021-06-08/03.pdf', encoding: 'pdf' });
	expect(page.items).toHaveLength(2);
}, 120_000);
