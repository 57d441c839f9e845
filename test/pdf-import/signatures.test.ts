import { expect, test } from 'vitest';
import { layoutSplit } from '../../src/lib/pdf-import/layout-split.ts';
import { column, page, run } from '../support/text-runs.ts';

// A story in a column twelve ems wide (20 to 128) under its headline; `last` are its closing lines.
const story = (first: string, last: string[]) =>
	layoutSplit(
		page([
			run('老街焕新颜', 20, 20, 20, true),
			...column([first, '第二行正文写在这里接着写', '>第三行正文写在这里接着', '写完了。', ...last], 20, 50),
		]),
	).items;

test('reads a writer’s name closing a story in a paragraph of its own (`——王芳`) as its author', () => {
	const [item] = story('>第一行正文写在这里接着', ['>——王芳']);
	expect(item.headline).toBe('老街焕新颜');
	expect(item.paragraphs.at(-1)).toBe('——王芳');
	expect(item.authors).toEqual(['王芳']);
});

test('reads `（作者：王芳）` closing a story as its author', () => {
	const [item] = story('>第一行正文写在这里接着', ['>（作者：王芳）']);
	expect(item.authors).toEqual(['王芳']);
});

test('reads the reporter in a dateline’s brackets opening the text (`（记者 王芳）…`) as its author', () => {
	const [item] = story('（记者 王芳）近日，正文写', []);
	expect(item.authors).toEqual(['王芳']);
});

test('reads no author from an editor’s sign-off (`——编 者`) closing a story', () => {
	const [item] = story('>第一行正文写在这里接着', ['>——编 者']);
	expect(item.authors).toEqual([]);
});
