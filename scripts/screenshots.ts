#!/usr/bin/env node
/**
 * npm run screenshots [-- --out DIR]
 *
 * Builds an archive of several editions (the sample, the editors' guide examples and the test
 * fixture archive, copied into .tmp/screenshots/content, and a page of the development corpus
 * imported from its PDF as 2021-06-07) and photographs every kind of view at a
 * phone's width (375 px) and a desktop's (1280 px) with Debian's Chromium, into `screenshots/`
 * (ignored by git): home, edition, page view, article, commentary, photo, archive, authors,
 * section and search, and the page imported from its PDF (its page view, the zoomable view open,
 * an item). Prints one line per picture.
 *
 * Exit codes:
 *   0  every view photographed
 *   1  the build failed or a view did not answer 200
 *   2  bad arguments
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { importFacsimilePage } from './lib/facsimile-content.ts';
import { launchBrowser } from './lib/launch-browser.ts';
import { serveSite } from './lib/static-server.ts';

const root = resolve(import.meta.dirname, '..');
const work = join(root, '.tmp/screenshots');

/** The archives combined into the screenshot fixture: each folder holds `editions/`. */
const sources = ['content', 'docs/examples/content', 'docs/examples/fix-split/after/content', 'test/fixtures/archive'];

/** The page imported from its PDF: a page of the development corpus with pictures, and its date. */
const FACSIMILE = { pdf: 'corpus/dev/dev-0005/page.pdf', date: '2021-06-07' };

/** Every kind of view, by name and path. */
export const VIEWS: { name: string; path: string }[] = [
	{ name: 'home', path: '' },
	{ name: 'edition', path: '2021-06-08/' },
	{ name: 'page', path: '2021-06-08/01/' },
	{ name: 'page-with-photo', path: '2021-06-09/01/' },
	{ name: 'page-facsimile', path: `${FACSIMILE.date}/01/` },
	{ name: 'article', path: '2021-06-08/01/da-chu-wei-min-ban-shi-zu-he-quan/' },
	{ name: 'commentary', path: '2021-06-08/01/xue-yong-jie-he-zuo-hao-xin-shi-dai-dang-de-zu/' },
	{ name: 'commentary-mdx', path: '2021-06-09/01/ba-xiao-shi-ban-cheng-nuan-xin-shi/' },
	{ name: 'photo', path: '2021-06-08/01/chuan-cheng-hong-se-jing-shen/' },
	{ name: 'archive', path: 'archive/' },
	{ name: 'authors', path: 'authors/' },
	{ name: 'section', path: `sections/${encodeURIComponent('观潮')}/` },
	{ name: 'search', path: `search/?q=${encodeURIComponent('党员')}` },
];

/** Copies the sources into one content folder; an MDX import of the project's components is re-pointed from its new place. */
function assembleContent(dir: string) {
	rmSync(dir, { recursive: true, force: true });
	for (const source of sources) cpSync(join(root, source, 'editions'), join(dir, 'editions'), { recursive: true });
	for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'))) {
		const full = join(dir, file);
		const toSrc = relative(dirname(full), join(root, 'src')).split('\\').join('/');
		writeFileSync(full, readFileSync(full, 'utf8').replace(/(['"])(?:\.\.\/)+src\//g, `$1${toSrc}/`));
	}
}

async function main(argv: string[]): Promise<number> {
	let out: string;
	try {
		const { values } = parseArgs({ args: argv, options: { out: { type: 'string', default: 'screenshots' } } });
		out = resolve(root, values.out!);
	} catch (error) {
		console.error(`${(error as Error).message}\nusage: npm run screenshots [-- --out DIR]`);
		return 2;
	}
	const content = join(work, 'content');
	const dist = join(work, 'dist');
	assembleContent(content);
	await importFacsimilePage(content, FACSIMILE.pdf, FACSIMILE.date, 1);
	const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
	console.log('building the screenshot archive …');
	const build = spawnSync(process.execPath, [astro, 'build', '--outDir', dist], {
		cwd: root,
		env: {
			...process.env,
			CONTENT_DIR: relative(root, content),
			ASTRO_CACHE_DIR: join(work, 'cache'),
			ASTRO_TELEMETRY_DISABLED: '1',
		},
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	if (build.status !== 0) {
		console.error(`${build.stdout}${build.stderr}\nthe build failed (exit ${build.status})`);
		return 1;
	}
	const site = await serveSite(dist, '/');
	const browser = await launchBrowser();
	mkdirSync(out, { recursive: true });
	let failed = 0;
	try {
		for (const width of [375, 1280]) {
			const page = await browser.newPage({ viewport: { width, height: width < 600 ? 812 : 900 } });
			for (const view of VIEWS) {
				const response = await page.goto(site.url + view.path, { waitUntil: 'networkidle' });
				if (response?.status() !== 200) {
					console.error(`${view.path}: status ${response?.status()}`);
					failed++;
					continue;
				}
				if (view.name === 'search') await page.locator('.search-results li').first().waitFor({ timeout: 10_000 });
				const file = join(out, `${view.name}-${width}.png`);
				await page.screenshot({ path: file, fullPage: true });
				console.log(relative(root, file));
				if (view.name === 'page-facsimile') await facsimileViews(page, out, width);
			}
			await page.close();
		}
	} finally {
		await browser.close();
		await site.close();
	}
	return failed ? 1 : 0;
}

/** On the page view of a page imported from its PDF: its zoomable view open, then its first item. */
async function facsimileViews(page: Page, out: string, width: number) {
	const item = await page.locator('.facsimile-page svg a').first().getAttribute('href');
	await page.locator(width < 600 ? '.facsimile-thumb' : '.facsimile-zoom-link').click();
	await page.locator('dialog.facsimile-view img').evaluate((img: HTMLImageElement) => img.decode());
	for (const [name, full] of [
		['page-facsimile-zoom', false],
		['item-facsimile', true],
	] as const) {
		if (name === 'item-facsimile') await page.goto(new URL(item!, page.url()).href, { waitUntil: 'networkidle' });
		const file = join(out, `${name}-${width}.png`);
		await page.screenshot({ path: file, fullPage: full });
		console.log(relative(root, file));
	}
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
