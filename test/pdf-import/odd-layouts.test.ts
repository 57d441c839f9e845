import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { readPdfLayout } from '../../src/lib/pdf-import/import-pdf-page.ts';
import { launchBrowser } from '../../scripts/lib/launch-browser.ts';
import type { Browser, Page } from 'playwright-core';

// Pages unlike the corpus generator's: what could send a layout reader into a loop or a
// recursion without end. Each is printed by Chromium and must be read, with its story found.
const STORY = `<div class="h">大漠深处绿意浓</div><div class="by">□本报记者 王立新</div><p>阿拉善盟各个嘎查村推出优化营商环境新举措，梳理形成了一批“一次办”套餐服务，群众的获得感显著增强。</p>`;
const STYLE = `<style>@page { margin: 0; } body { margin: 20px; width: 600px; font-family: 'WenQuanYi Zen Hei', sans-serif; font-size: 12px; }
.h { font-size: 26px; font-weight: bold; } .by { font-size: 10px; } p { margin: 0; text-indent: 2em; }</style>`;
const LAYOUTS: Record<string, string> = {
	'runs spanning columns and a full-width headline': `<div class="h">通栏大标题横跨全部各栏</div><div style="column-count: 4; column-span: all">${STORY.repeat(3)}</div>`,
	'overlapping boxes': `<div style="position: relative; height: 300px">${[0, 30, 60].map((t) => `<div style="position: absolute; top: ${t}px; left: ${t}px; width: 400px; border: 1px solid #000; background: #ddd">${STORY}</div>`).join('')}</div>`,
	'identical coordinates (text printed twice over itself, borders meeting on one line)': `<div style="position: relative; height: 120px">${STORY.replace('<div class="h">', '<div class="h" style="position: absolute; top: 0">')}<div class="h" style="position: absolute; top: 0">大漠深处绿意浓</div></div><div style="display: flex"><div style="flex: 1; border-bottom: 1px solid #000">左</div><div style="flex: 1; border-bottom: 1px solid #000">右</div></div>${STORY}`,
	'rotated and vertical runs': `<div style="display: flex; gap: 12px"><div style="writing-mode: vertical-rl; font-size: 24px; font-weight: bold">竖排标题在这里</div><div style="transform: rotate(90deg); width: 80px">旋转的文字</div><div>${STORY}</div></div><div style="transform: rotate(-30deg); font-size: 20px">斜排的一行字</div>`,
	'zero-size and invisible runs': `<span style="font-size: 0">看不见的字</span><span style="font-size: 0.1px">极小的字</span>${STORY}<span style="color: transparent">透明的字</span>`,
	'many tiny runs, one per character': `<div class="h">${[...'每个字单独一段的标题'].map((c) => `<span style="margin-right: 1px">${c}</span>`).join('')}</div><p>${[...'正文每个字也单独成段落的一部分，一共有不少字，阿拉善盟各个嘎查村推出新举措。'.repeat(8)].map((c) => `<span style="letter-spacing: 0.5px">${c}</span>`).join('')}</p>`,
	'images and a table': `<img style="width: 200px; height: 120px; background: #888" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAAAAABX3VL4AAAADklEQVR4nGNIWMBwwAEABiYCAQ4B/QYAAAAASUVORK5CYII="><div style="font-size: 10px">图为草原上的新课堂。王立新 摄</div>${STORY}<table border="1" style="border-collapse: collapse">${Array.from({ length: 12 }, (_, r) => `<tr>${Array.from({ length: 6 }, (_, c) => `<td>${r}-${c}</td>`).join('')}</tr>`).join('')}</table>`,
	'a table ruled cell by cell (borders of neighbouring cells on one line)': `${STORY}<table border="1">${Array.from({ length: 4 }, (_, r) => `<tr>${Array.from({ length: 4 }, (_, c) => `<td>格${r}${c}</td>`).join('')}</tr>`).join('')}</table>`,
};

let browser: Browser;
let tab: Page;
beforeAll(async () => {
	browser = await launchBrowser();
	tab = await browser.newPage();
}, 60_000);
afterAll(async () => browser?.close());

async function print(body: string): Promise<Uint8Array> {
	await tab.setContent(
		`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">${STYLE}</head><body>${body}</body></html>`,
	);
	return tab.pdf({ width: '640px', height: '900px', printBackground: true });
}

for (const [name, body] of Object.entries(LAYOUTS))
	test(`reads a page PDF with ${name} without failing, and finds its text`, async () => {
		const page = await readPdfLayout(await print(body), 'odd.pdf');
		expect(page.items.length).toBeGreaterThan(0);
		expect(page.items.flatMap((i) => i.paragraphs).join('')).toMatch(/嘎查村/);
	}, 60_000);

test('a layout step that fails unexpectedly becomes an import error naming the file, not a stack trace', async () => {
	const pdf = await print(STORY);
	vi.resetModules();
	vi.doMock('../../src/lib/pdf-import/layout-split.ts', () => ({
		layoutSplit: () => {
			throw new RangeError('Maximum call stack size exceeded');
		},
	}));
	const { readPdfLayout: read } = await import('../../src/lib/pdf-import/import-pdf-page.ts');
	await expect(read(pdf, 'dumps/2021-06-08/03.pdf')).rejects.toMatchObject({
		name: 'ImportError',
		code: 'layout',
		message: expect.stringMatching(
			/^dumps\/2021-06-08\/03\.pdf: expects a page PDF whose layout .* \(Maximum call stack size exceeded\)/,
		),
	});
	vi.doUnmock('../../src/lib/pdf-import/layout-split.ts');
}, 60_000);
