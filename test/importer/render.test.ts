import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { parse } from 'yaml';
import { expect, test } from 'vitest';
import { renderBody, renderItem, type ParsedItem } from '../../src/lib/importer/index.ts';
import { itemSchema } from '../../src/schemas/item.ts';

const item: ParsedItem = {
	headline: 'x',
	headlineMissing: false,
	authors: ['王甲'],
	sectionCopied: false,
	kind: 'article',
	paragraphs: ['正文。'],
	intertitles: [],
	firstLine: 1,
	lastLine: 3,
};
const place = { date: '2021-06-08', page: 1, order: 1, source: 'content/dumps/2021-06-08/01.txt:1-3' };

test('text that looks like HTML, Markdown or MDX parses back to plain text only', () => {
	const hostile = [
		'<script>alert(1)</script>',
		'# 不是标题',
		'* 不是列表',
		'1. 不是列表',
		'> 不是引用',
		'{props.x} 不是表达式',
		'[点我](javascript:alert(1))',
		'~~不是删除线~~',
		'**不是粗体**',
		'<!-- 注释 -->',
		'---',
		'&copy; 不是实体',
	];
	const tree = fromMarkdown(renderBody(hostile), { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
	expect(tree.children.map((node) => node.type)).toEqual(hostile.map(() => 'paragraph'));
	for (const [i, node] of tree.children.entries()) {
		if (node.type !== 'paragraph') throw new Error('not a paragraph');
		expect(node.children.map((child) => child.type)).toEqual(['text']);
		expect(node.children[0].type === 'text' && node.children[0].value).toBe(hostile[i]);
	}
});

test('frontmatter round-trips headlines holding quotes, colons and #', () => {
	for (const headline of [
		'他说: "好"',
		'# 第一',
		"it's 'quoted'",
		'- 列表',
		'[1]: 注',
		'yes',
		'2021-06-08',
		'@符号 | 竖线 > 大于',
	]) {
		const file = renderItem({ ...item, headline, byline: `${headline} 记者` }, place);
		const frontmatter = parse(file.split('---\n')[1]);
		expect(frontmatter.headline).toBe(headline);
		expect(frontmatter.byline).toBe(`${headline} 记者`);
	}
});

test('an item file satisfies the content schema', () => {
	const file = renderItem({ ...item, kicker: '引题——', section: '视野', kind: 'photo', credit: '王甲 摄' }, place);
	expect(() => itemSchema.parse(parse(file.split('---\n')[1]))).not.toThrow();
});

test('a 小标题 is written as a `###` heading, as the editing guide has it, and stays literal text', () => {
	const body = renderBody(['导语。', '一、# 广开言路', '正文。'], [1]);
	const tree = fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
	expect(tree.children.map((node) => (node.type === 'heading' ? `h${node.depth}` : node.type))).toEqual([
		'paragraph',
		'h3',
		'paragraph',
	]);
	const heading = tree.children[1];
	expect(heading.type === 'heading' && heading.children.map((c) => (c.type === 'text' ? c.value : c.type))).toEqual([
		'一、# 广开言路',
	]);
});
