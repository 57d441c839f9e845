import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContentDir } from '../../src/integrations/content-check.ts';
import { root } from '../support/site.ts';

// Every example the guide shows as a file is a real file: the build test builds them, and
// this test keeps the guide's copy byte-identical, so editors never copy a stale example.
const guide = readFileSync(join(root, 'docs/editing.zh-CN.md'), 'utf8');
const shown = [...guide.matchAll(/<!-- file: (\S+) -->\n```[^\n]*\n([\s\S]*?)```\n/g)].map(([, path, text]) => ({ path, text }));

describe('the editors’ guide', () => {
	test('shows every marked example exactly as the file holds it', () => {
		expect(shown.length).toBeGreaterThanOrEqual(8);
		for (const { path, text } of shown) expect(text, path).toBe(readFileSync(join(root, path), 'utf8'));
	});

	test('shows every example item file and the example manifest', () => {
		const examples = readdirSync(join(root, 'docs/examples'), { recursive: true, encoding: 'utf8' })
			.filter((name) => /\.mdx?$/.test(name) || name.endsWith('content/editions/2021-06-09/edition.yaml'))
			.map((name) => `docs/examples/${name.split('\\').join('/')}`);
		expect(examples.length).toBeGreaterThanOrEqual(9);
		expect(shown.map((s) => s.path).sort()).toEqual(examples.sort());
	});

	test('has a split to fix that passes the check both before and after the fix', () => {
		expect(checkContentDir(join(root, 'docs/examples/fix-split/before'))).toEqual([]);
		expect(checkContentDir(join(root, 'docs/examples/fix-split/after'))).toEqual([]);
	});

	test('covers the folders, every frontmatter field, import, fixes, photos, preview and publishing under a sub-path', () => {
		const fields = ['headline', 'kicker', 'subheadline', 'byline', 'authors', 'section', 'kind', 'date', 'page', 'order', 'credit', 'image', 'imageAlt', 'source', 'slug', 'number', 'pages'];
		for (const field of fields) expect(guide, field).toContain(`| \`${field}\` |`);
		for (const field of ['number', 'name', 'banner', 'source']) expect(guide, field).toContain(`| \`pages\` 里的 \`${field}\` |`);
		for (const words of ['npm run import', '合并被切开的两篇', '把一段移到另一篇', '改标题', '加图片稿', 'npm run dev', 'npm run check', 'BASE_PATH=/paper/ npm run build']) expect(guide).toContain(words);
	});
});
