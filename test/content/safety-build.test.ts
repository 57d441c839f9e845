import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSite } from '../support/site.ts';
import { tempProject } from './support/temp-project.ts';

// Real Astro builds of throw-away projects over hostile content (issue 15): slow, hence the long timeouts.
const fixtures = join(import.meta.dirname, 'fixtures');
const item = (headline: string, order: number, extra: string, body: string) => `---\nheadline: ${headline}\nauthors: [宋爽]\n${extra}date: 2021-06-08\npage: 1\norder: ${order}\n---\n\n${body}\n`;
const manifest = 'date: 2021-06-08\npages:\n  - number: 1\n    name: 党建\n';

/** An MDX item that, were it compiled, would write `marker` and publish a line of /etc/passwd. */
const codeItem = (marker: string) =>
	item(
		'会执行的稿件',
		1,
		'',
		`import fs from 'node:fs'\n\nexport const x = fs.readFileSync('/etc/passwd', 'utf8').split('\\n')[0]\n\n第一段 {fs.writeFileSync(${JSON.stringify(marker)}, 'x'), ''}{x}。\n\n{process.exit(1)}`,
	);

/** Every file under `dir`, as paths relative to it. */
const filesUnder = (dir: string) => (existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }) : []);

/** A throw-away project whose content `files` writes, given the project's folder (paths under content/editions/2021-06-08/). */
function project(name: string, files: (dir: string) => Record<string, string>, withoutContentCheck = false) {
	const p = tempProject(name);
	for (const [path, text] of Object.entries({ 'edition.yaml': manifest, ...files(p.dir) })) {
		const file = join(p.dir, 'content/editions/2021-06-08', path);
		mkdirSync(join(file, '..'), { recursive: true });
		writeFileSync(file, text);
	}
	if (withoutContentCheck) {
		// As if the build's own content check were skipped: what stops the file then is the build's pipeline.
		const config = join(p.dir, 'astro.config.mjs');
		const text = readFileSync(config, 'utf8');
		expect(text).toMatch(/contentCheck\(\),\s*/);
		writeFileSync(config, text.replace(/contentCheck\(\),\s*/, ''));
	}
	return p;
}

describe('hostile content, built', { timeout: 300_000 }, () => {
	test('publishes an item page with none of the raw HTML or javascript: links of its Markdown or MDX body', () => {
		const p = tempProject('safety-markup', join(fixtures, 'site-markup/content'));
		try {
			const site = buildSite({ name: 'safety-markup', cwd: p.dir, env: { SEARCH_INDEX: 'off' } }, true);
			expect(site.status, site.output).toBe(0);
			// The build prints what it removed, as warnings, and goes on.
			expect(site.output).toContain('content/editions/2021-06-08/01/01-html.md:11: 警告：发布时会删掉这里的 <script>');
			const html = readFileSync(join(site.outDir, '2021-06-08/01/html/index.html'), 'utf8');
			const body = html.slice(html.indexOf('<div class="prose">'), html.indexOf('</article>'));
			expect(body).toContain('<b>加粗</b>');
			expect(body).toContain('<a href="https://example.org/">报社网站</a>');
			expect(body).toMatch(/<h3[^>]*>小标题<\/h3>/);
			expect(body).toContain('最后一段。');
			const mdx = readFileSync(join(site.outDir, '2021-06-08/01/yin-yu/index.html'), 'utf8');
			expect(mdx).toMatch(/<figure class="pull-quote"[^>]*><blockquote[^>]*>群众的事没有<a>小事<\/a>。<\/blockquote>/);
			for (const page of [html, mdx]) {
				expect(page).not.toContain('pwned');
				expect(page).not.toMatch(/<iframe|onerror|javascript:/i);
			}
		} finally {
			p.remove();
		}
	});

	test('stops before running an MDX item’s code, with file:line messages for every hostile file and no stack trace', () => {
		const secret = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
		const anchors = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 8 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(10).fill(`*a${i}`).join(', ')}]`)];
		const q = project('safety-stop', (dir) => ({
			'01/01-dai-ma.mdx': codeItem(join(dir, 'pwned.txt')),
			'01/02-tu.md': item('外面的图', 2, 'kind: photo\nimage: ../../../../secret.svg\n', '图片说明。'),
			'01/03-ming.md': item('名字', 3, "section: '../x'\n", '正文。').replace('authors: [宋爽]', "authors: ['../../etc', a/b, '宋<爽>\"']"),
			'01/04-zha-dan.md': item('炸弹', 4, `${anchors.join('\n')}\n`, '正文。'),
			'01/05-wu.md': item('（无标题）', 5, '', '正文。'),
		}));
		const qMarker = join(q.dir, 'pwned.txt');
		writeFileSync(join(q.dir, 'secret.svg'), secret);
		try {
			const site = buildSite({ name: 'safety-stop', cwd: q.dir, env: { SEARCH_INDEX: 'off' } }, true);
			expect(site.status).not.toBe(0);
			const dir = 'content/editions/2021-06-08/01';
			for (const line of [
				`${dir}/01-dai-ma.mdx:9: MDX 稿件里不能写 import 或 export`,
				`${dir}/01-dai-ma.mdx:11: MDX 稿件里不能写 import 或 export`,
				`${dir}/01-dai-ma.mdx:13: MDX 稿件里不能用 { } 写表达式或代码。`,
				`${dir}/01-dai-ma.mdx:15: MDX 稿件里不能用 { } 写表达式或代码。`,
				`${dir}/02-tu.md:5: “image”（图片文件）是“../../../../secret.svg”，在这一期的文件夹外面`,
				`${dir}/03-ming.md:3: “authors”（作者）的第 1 项是“../../etc”`,
				`${dir}/03-ming.md:4: “section”（栏目）是“../x”`,
				`${dir}/04-zha-dan.md:5: frontmatter 的 YAML 别名（*名字）展开后太大`,
				`${dir}/05-wu.md:2: “headline”（主标题）还是导入时留下的占位“（无标题）”`,
			])
				expect(site.output).toContain(line);
			expect(site.output).not.toMatch(/Excessive alias count|Missing parameter|^\s+at /m);
			expect(existsSync(qMarker)).toBe(false);
			expect(filesUnder(site.outDir).filter((f) => f.endsWith('.svg'))).toEqual([]);
		} finally {
			q.remove();
		}
	});

	test('stops an MDX item’s code in the build’s own pipeline, without the content check, before it runs', () => {
		const p = project('safety-pipeline', (dir) => ({ '01/01-dai-ma.mdx': codeItem(join(dir, 'pwned.txt')) }), true);
		const marker = join(p.dir, 'pwned.txt');
		try {
			const site = buildSite({ name: 'safety-pipeline', cwd: p.dir, env: { SEARCH_INDEX: 'off' } }, true);
			expect(site.status).not.toBe(0);
			expect(site.output).not.toContain('内容有');
			expect(site.output).toContain('content/editions/2021-06-08/01/01-dai-ma.mdx:9: MDX 稿件里不能写 import 或 export');
			expect(site.output).toContain('content/editions/2021-06-08/01/01-dai-ma.mdx:13: MDX 稿件里不能用 { } 写表达式或代码。');
			expect(existsSync(marker)).toBe(false);
			for (const file of filesUnder(site.outDir)) if (file.endsWith('.html')) expect(readFileSync(join(site.outDir, file), 'utf8')).not.toContain('root:');
		} finally {
			p.remove();
		}
	});

	test('refuses a picture outside the edition folder in the build’s own schema, without the content check, and copies nothing', () => {
		const p = project('safety-image', () => ({ '01/01-tu.md': item('外面的图', 1, 'kind: photo\nimage: ../../../../secret.png\n', '图片说明。') }), true);
		// A real PNG outside the content tree, which Astro's image pipeline would otherwise publish.
		writeFileSync(join(p.dir, 'secret.png'), readFileSync(join(fixtures, '../../../docs/examples/content/editions/2021-06-09/01/03-liu-dong-dang-ke.jpg')));
		try {
			const site = buildSite({ name: 'safety-image', cwd: p.dir, env: { SEARCH_INDEX: 'off' } }, true);
			expect(site.status).not.toBe(0);
			expect(site.output).toContain('01-tu.md');
			expect(site.output).toContain('在这一期的文件夹外面');
			expect(filesUnder(site.outDir).filter((f) => /\.(png|jpe?g|webp)$/.test(f))).toEqual([]);
		} finally {
			p.remove();
		}
	});
});
