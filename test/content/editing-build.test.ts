import { copyFileSync, cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { main as newItem } from '../../scripts/new.ts';
import { buildSite, root, type BuildResult } from '../support/site.ts';
import { tempProject } from './support/temp-project.ts';

// Real Astro builds of throw-away projects: slow, hence the long timeouts.
const examplesDir = join(root, 'docs/examples/content');
const fixtures = join(import.meta.dirname, 'fixtures');
const html = (site: BuildResult, path: string) => readFileSync(join(site.outDir, path, 'index.html'), 'utf8');

describe('the guide examples and a new item, built', { timeout: 300_000 }, () => {
	const project = tempProject('editing-build', examplesDir);
	let site: BuildResult;
	let created = '';
	beforeAll(() => {
		// The guide's split-fixing example, as it stands after the fix, is published alongside.
		cpSync(join(root, 'docs/examples/fix-split/after/content'), join(project.dir, 'content'), { recursive: true });
		// What the guide tells an editor to do: new, fill the placeholders, add the picture.
		let out = '';
		const code = newItem(['--date', '2021-06-09', '--page', '1', '--kind', 'photo', '--headline', '牧民的新房子'], { cwd: project.dir, out: (t) => void (out += t), err: () => {} });
		expect(code).toBe(0);
		created = out.trim();
		const file = join(project.dir, created);
		copyFileSync(join(examplesDir, 'editions/2021-06-09/01/03-liu-dong-dang-ke.jpg'), join(project.dir, 'content/editions/2021-06-09/01/mu-min-xin-fang.jpg'));
		writeFileSync(
			file,
			readFileSync(file, 'utf8')
				.replace(/^credit: .*$/m, 'credit: 本报记者 赵敏 摄')
				.replace(/^# image: .*$/m, 'image: ./mu-min-xin-fang.jpg')
				.replace(/^待填写.*$/m, '搬进新房的牧民一家在门前合影。'),
		);
		site = buildSite({ name: 'editing-build', cwd: project.dir, base: '/paper/' }, true);
	}, 300_000);
	afterAll(() => project.remove());

	test('builds without content problems', () => {
		expect(site.output).not.toContain('content-check');
		expect(site.status, site.output).toBe(0);
	});

	test('prints the route list one page a line, with its time on the same line', () => {
		const routes = site.output.split('\n').filter((line) => line.includes('├─'));
		expect(routes.length).toBeGreaterThan(10);
		expect(routes.filter((line) => line.split('├─').length > 2)).toEqual([]);
		expect(site.output.split('\n').filter((line) => /^\s*\(\+\d+m?s\)/.test(line))).toEqual([]);
	});

	test('shows the MDX pull quote on the commentary page', () => {
		const page = html(site, '2021-06-09/01/ba-xiao-shi-ban-cheng-nuan-xin-shi');
		expect(page).toMatch(/<figure class="pull-quote"[^>]*><blockquote[^>]*>群众的事没有小事，件件都要有回音。<\/blockquote><figcaption[^>]*>——一位嘎查党支部书记<\/figcaption>/);
	});

	test('quotes the MDX commentary’s rendered text, never its source, in the teaser, the feed and the structured data', () => {
		const page = html(site, '2021-06-09/01');
		const item = html(site, '2021-06-09/01/ba-xiao-shi-ban-cheng-nuan-xin-shi');
		const feed = readFileSync(join(site.outDir, 'feed.xml'), 'utf8');
		const ld = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(item)![1];
		const description = /<meta name="description" content="([^"]*)"/.exec(item)![1];
		const teaser = /<article[^>]*aria-labelledby="h-ba-xiao-shi-ban-cheng-nuan-xin-shi"[^>]*>(.*?)<\/article>/s.exec(page)![1];
		for (const [where, text] of Object.entries({ teaser, feed, ld, description })) {
			expect(text, where).toContain('群众身边的小事');
			expect(text, where).not.toMatch(/PullQuote|import |&lt;|\\u003c/);
		}
	});

	test('shows the example photo, optimised, on its item page and on the page view', () => {
		const img = /<img src="\/paper\/_astro\/[\w.-]+\.webp"[^>]*alt="绿色草原上的一座白色蒙古包，远处是蓝天"/;
		expect(html(site, '2021-06-09/01/liu-dong-dang-ke')).toMatch(img);
		expect(html(site, '2021-06-09/01')).toMatch(img);
	});

	test('publishes the fixed split as one article with its intertitle, and the moved paragraph first in the next', () => {
		const merged = html(site, '2021-06-10/01/xiang-cun-zhen-xing-you-le-xin-ban-fa');
		expect(merged).toContain('<h1>乡村振兴有了新办法</h1>');
		expect(merged).toMatch(/<h3[^>]*>养牛合作社<\/h3>/);
		expect(existsSync(join(site.outDir, '2021-06-10/01/yang-niu-he-zuo-she'))).toBe(false);
		expect(html(site, '2021-06-10/01/cao-yuan-shang-de-ye-xiao')).toMatch(/<div class="prose"><p>夜校每周开课两次/);
	});

	test('publishes the item made with npm run new, with its picture', () => {
		expect(created).toBe('content/editions/2021-06-09/01/04-mu-min-de-xin-fang-zi.md');
		const page = html(site, '2021-06-09/01/mu-min-de-xin-fang-zi');
		expect(page).toContain('<h1>牧民的新房子</h1>');
		// The same picture twice is stored once, so only the optimised format is pinned, not the name.
		expect(page).toMatch(/<img src="\/paper\/_astro\/[\w.-]+\.webp"[^>]*alt="牧民的新房子"/);
		expect(page).toContain('搬进新房的牧民一家在门前合影。');
	});

	test('rebuilt after one more item, still shows the pictures and the MDX of the items it did not read again', () => {
		// The collections' loader reads only changed files (src/loaders/content-files.ts): the
		// photo items and the MDX commentary are kept from the last build, with their imports.
		let out = '';
		expect(newItem(['--date', '2021-06-10', '--page', '1', '--headline', '夜校的新学员'], { cwd: project.dir, out: (t) => void (out += t), err: () => {} })).toBe(0);
		const file = join(project.dir, out.trim());
		writeFileSync(file, readFileSync(file, 'utf8').replace(/^byline: .*$/m, 'byline: 本报记者 赵敏').replace(/^待填写.*$/m, '夜校来了十位新学员。'));
		const again = buildSite({ name: 'editing-build', cwd: project.dir, base: '/paper/', keep: true });
		expect(html(again, '2021-06-10/01/ye-xiao-de-xin-xue-yuan')).toContain('夜校来了十位新学员。');
		expect(html(again, '2021-06-09/01/ba-xiao-shi-ban-cheng-nuan-xin-shi')).toContain('<figure class="pull-quote"');
		const img = /<img src="\/paper\/_astro\/[\w.-]+\.webp"[^>]*alt="绿色草原上的一座白色蒙古包，远处是蓝天"/;
		expect(html(again, '2021-06-09/01/liu-dong-dang-ke')).toMatch(img);
		expect(html(again, '2021-06-09/01/mu-min-de-xin-fang-zi')).toMatch(/<img src="\/paper\/_astro\/[\w.-]+\.webp"[^>]*alt="牧民的新房子"/);
		for (const name of ['liu-dong-dang-ke', 'mu-min-de-xin-fang-zi']) {
			const src = /<img src="\/paper\/(_astro\/[\w.-]+\.webp)"/.exec(html(again, `2021-06-09/01/${name}`))![1];
			expect(existsSync(join(again.outDir, src)), src).toBe(true);
		}
	});
});

describe('a build over broken content', { timeout: 300_000 }, () => {
	test('fails with the same file:line messages as npm run check, and no stack trace', () => {
		const project = tempProject('editing-broken', join(fixtures, 'date-mismatch/content'));
		try {
			const site = buildSite({ name: 'editing-broken', cwd: project.dir }, true);
			expect(site.status).not.toBe(0);
			expect(site.output).toContain('content/editions/2021-06-08/01/03-xue-dang-shi.md:4: “date”是 2021-06-09，但文件在 2021-06-08 文件夹中。提示：把 date 改成 2021-06-08，或把文件移到 2021-06-09 文件夹。');
			expect(site.output).toContain('内容有 1 处问题，网站没有生成');
			expect(site.output).not.toMatch(/^\s+at /m);
			expect(site.output).not.toContain('Stack trace');
		} finally {
			project.remove();
		}
	});
});
