import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import config from '../../astro.config.mjs';
import { bodyProcessorOptions } from '../../src/lib/markdown/body-processor.ts';
import { root } from '../support/site.ts';

// The processor astro.config.mjs sets is the one Astro's Markdown pipeline and @astrojs/mdx's
// Vite plugin both use, under `astro build` and `astro dev` alike: these tests run it as they do.
interface MdxRenderer {
	process(content: string, filePath: string, frontmatter: Record<string, unknown>): Promise<{ code: string }>;
}
interface Processor {
	name: string;
	options: object;
	createRenderer(shared: Record<string, unknown>): Promise<{ render(content: string, options?: { fileURL?: URL }): Promise<{ code: string }> }>;
	createMdxRenderer(shared: Record<string, unknown>, mdx: Record<string, unknown>): Promise<MdxRenderer>;
}
const processor = config.markdown?.processor as unknown as Processor;
/** The project's root as astro.config.mjs names it (with its trailing slash). */
const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const itemPath = join(root, 'content/editions/2021-06-08/01/01-xue-dang-shi.mdx');
const mdxRenderer = () => processor.createMdxRenderer({ gfm: true, smartypants: true }, { srcDir: new URL('../../src/', import.meta.url), sourcemap: false, optimize: false });

describe('the Markdown and MDX pipeline of the build and the dev server', () => {
	test('is the unified processor, so that our remark and rehype plugins run', () => {
		expect(processor.name).toBe('unified');
	});

	test('has the options unified() gives ours, which integrations read and extend, though it loads unified only to render', async () => {
		const { unified } = await import('@astrojs/markdown-remark');
		expect(processor.options).toEqual(unified(bodyProcessorOptions(projectRoot)).options);
		expect(Object.keys(processor.options).sort()).toEqual(Object.keys(unified().options).sort());
	});

	test('refuses an MDX item that imports, exports or evaluates code before compiling it, naming the file and line', async () => {
		const mdx = await mdxRenderer();
		const body = [
			"import fs from 'node:fs'",
			'',
			"export const x = fs.readFileSync('/etc/passwd', 'utf8')",
			'',
			"第一段 {fs.writeFileSync('/tmp/pwned', 'x'), ''}。",
			'',
			'{process.exit(1)}',
			'',
			'<Secret />',
		].join('\n');
		const refused = mdx.process(body, itemPath, {});
		await expect(refused).rejects.toThrow('content/editions/2021-06-08/01/01-xue-dang-shi.mdx:1: MDX 稿件里不能写 import 或 export');
		const message = await refused.catch((error: Error) => error.message);
		for (const line of [3, 5, 7, 9]) expect(message).toContain(`01-xue-dang-shi.mdx:${line}: `);
	});

	test('compiles an MDX item that uses a content component with literal props, and a comment', async () => {
		const mdx = await mdxRenderer();
		const { code } = await mdx.process('{/* 说明 */}\n\n第一段。\n\n<PullQuote by="宋爽">群众的事没有小事。</PullQuote>\n', itemPath, {});
		expect(code).toContain('PullQuote');
		expect(code).toContain('群众的事没有小事。');
	});

	test('publishes no script, event attribute, frame or javascript: link from a Markdown body', async () => {
		const renderer = await processor.createRenderer({ gfm: true, smartypants: true, syntaxHighlight: false });
		const { code } = await renderer.render(
			'第一段，<b>加粗</b>。\n\n<script>alert(1)</script>\n\n<img src="x.png" onerror="alert(2)">\n\n<iframe src="javascript:alert(3)"></iframe>\n\n[x](javascript:alert(4)) [报社](https://example.org/) [信箱](mailto:a@example.org)\n\n### 小标题\n',
		);
		expect(code).not.toMatch(/<script|onerror|<iframe|javascript:|alert/);
		expect(code).toContain('<b>加粗</b>');
		expect(code).toContain('<a href="https://example.org/">报社</a>');
		expect(code).toContain('<a href="mailto:a@example.org">信箱</a>');
		expect(code).toMatch(/<h3[^>]*>小标题<\/h3>/);
	});

	test('publishes no javascript: link from an MDX body, inside a content component either', async () => {
		const mdx = await mdxRenderer();
		const { code } = await mdx.process('[x](javascript:alert(1))\n\n<PullQuote by="宋爽">[y](javascript:alert(2)) **群众**</PullQuote>\n', itemPath, {});
		expect(code).not.toContain('javascript:');
		expect(code).toContain('PullQuote');
		expect(code).toContain('群众');
	});

	test('refuses a picture in a body that points outside the edition folder', async () => {
		const mdx = await mdxRenderer();
		await expect(mdx.process('![密](../../../../secret.png)\n', itemPath, {})).rejects.toThrow('01-xue-dang-shi.mdx:1: 正文里的图片“../../../../secret.png”在这一期的文件夹外面');
	});
});
