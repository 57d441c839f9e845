#!/usr/bin/env node
/**
 * npm run screenshots [-- --out DIR]
 *
 * Builds an archive of several editions (the sample, the editors' guide examples and the test
 * fixture archive, copied into .tmp/screenshots/content) and photographs every kind of view at a
 * phone's width (375 px) and a desktop's (1280 px) with Debian's Chromium, into `screenshots/`
 * (ignored by git): home, edition, page view, article, commentary, photo, archive, authors,
 * section and search. Prints one line per picture.
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
import { launchBrowser } from './lib/launch-browser.ts';
import { serveSite } from './lib/static-server.ts';

const root = resolve(import.meta.dirname, '..');
const work = join(root, '.tmp/screenshots');

/** The archives combined into the screenshot fixture: each folder holds `editions/`. */
const sources = ['content', 'docs/examples/content', 'docs/examples/fix-split/after/content', 'test/fixtures/archive'];

/** Every kind of view, by name and path. */
export const VIEWS: { name: string; path: string }[] = [
	{ name: 'home', path: '' },
	{ name: 'edition', path: '2021-06-08/' },
	{ name: 'page', path: '2021-06-08/01/' },
	{ name: 'page-with-photo', path: '2021-06-09/01/' },
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
			}
			await page.close();
		}
	} finally {
		await browser.close();
		await site.close();
	}
	return failed ? 1 : 0;
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
