import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { decode, parsePage } from '../../src/lib/importer/index.ts';

// The sample page as the issue specifies it, field by field: a change that breaks any of these
// shows on the site.
const page = parsePage(
	decode(readFileSync(join(import.meta.dirname, 'fixtures/imports-the-sample-party-building-page/input.txt'))).text,
);

test('the sample page yields eight items and its banner as page metadata', () => {
	expect(page.items).toHaveLength(8);
	expect(page.banner?.text).toBe('五化协同 大抓基层');
	expect(page.warnings.filter((w) => w.code === 'unplaced' || w.code === 'no-headline')).toEqual([]);
});

test('every item of the sample page has the headline, byline, section, kind and paragraphs the issue lists', () => {
	const summary = page.items.map((i) => [
		i.headline,
		i.byline ?? i.credit,
		i.authors.join(','),
		i.section ?? '',
		i.kind,
		i.paragraphs.length,
	]);
	expect(summary).toEqual([
		['打出为民办事“组合拳”', '本报记者 宋爽', '宋爽', '视点', 'article', 4],
		['学用结合，做好新时代党的组织工作', '郝佳丽', '郝佳丽', '知行合一', 'commentary', 4],
		['学党史践行动 听民意办实事', '本报记者 刘向平 实习生 冯雪', '刘向平,冯雪', '', 'article', 14],
		['干部沉下去 带来新变化', '本报记者 及庆玲', '及庆玲', '', 'article', 12],
		['“党员志愿者就像我们的亲人”', '见习记者 郝佳丽', '郝佳丽', '观潮', 'article', 6],
		['传承红色精神', '本报记者 陈春艳 摄', '陈春艳', '阵地', 'photo', 1],
		['重温历史', '本报记者 宋爽 摄', '宋爽', '阵地', 'photo', 1],
		['点亮希望', '靳亚坤 摄', '靳亚坤', '阵地', 'photo', 1],
	]);
});

test('the sample page bodies hold no hard wraps and no junk glyphs', () => {
	for (const paragraph of page.items.flatMap((i) => i.paragraphs)) {
		expect(paragraph).not.toMatch(/\n|[\uE000-\uF8FF\u{F0000}-\u{10FFFF}]/u);
	}
	expect(page.junk.count).toBe(3);
});
