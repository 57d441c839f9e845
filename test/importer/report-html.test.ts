import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { describe, expect, test } from 'vitest';
import { importPage } from '../../src/lib/importer/index.ts';
import { DECORATION } from '../../src/lib/importer/conservation.ts';
import { lineOwners } from '../../src/lib/importer/line-owners.ts';
import { buildReport, type ReportPage } from '../../src/lib/importer/report-html.ts';

const fixtures = join(import.meta.dirname, 'fixtures');

/** A page as the command line hands it to the report. */
function reportPage(bytes: Uint8Array, page = 1): ReportPage {
	const imported = importPage(bytes, { date: '2021-06-08', page, source: `dumps/${page}.txt` });
	return {
		date: '2021-06-08',
		page,
		pageName: imported.entry.name,
		source: `dumps/${page}.txt`,
		encoding: imported.encoding,
		text: imported.text,
		parsed: imported.parsed,
		reviews: imported.reviews,
		files: imported.files.map((f) => ({ name: f.name, href: `../content/${f.name}` })),
	};
}
const fixture = (name: string, page = 1) => reportPage(readFileSync(join(fixtures, name, 'input.txt')), page);
const sample = fixture('imports-the-sample-party-building-page');

function elements(tree: Root | Element): Element[] {
	const out: Element[] = [];
	const walk = (node: Root | Element) => {
		for (const child of node.children) {
			if (child.type !== 'element') continue;
			out.push(child);
			walk(child);
		}
	};
	walk(tree);
	return out;
}
const classes = (e: Element) => (e.properties.className as string[] | undefined) ?? [];
const byId = (tree: Root, id: string) => elements(tree).find((e) => e.properties.id === id);

describe('the import report', () => {
	test('colours each dump line with the colour of the item its text went to', () => {
		const tree = fromHtml(buildReport([sample]));
		const cards = sample.parsed.items.map((_, i) => byId(tree, `p1-i${i + 1}`)!);
		let coloured = 0;
		for (const { line, owner } of lineOwners(sample.text, sample.parsed)) {
			if (owner.kind !== 'item') continue;
			const row = byId(tree, `p1-l${line.number}`)!;
			expect(classes(row)).toContain('item');
			expect(row.properties.style).toBe(cards[owner.item].properties.style);
			const text = line.text.replace(DECORATION, '');
			const item = sample.parsed.items[owner.item];
			const itemText = [item.headline, item.kicker, item.byline, item.section, ...item.paragraphs, item.credit]
				.join('')
				.replace(DECORATION, '');
			expect(itemText, `line ${line.number}`).toContain(text);
			coloured++;
		}
		expect(coloured).toBeGreaterThan(300);
		// Items' colours differ from their neighbours'.
		for (let i = 1; i < cards.length; i++) expect(cards[i].properties.style).not.toBe(cards[i - 1].properties.style);
	});

	test('gives furniture, the banner and unplaced text styles of their own', () => {
		const briefs = fixture('reads-a-top-down-page-with-briefs-under-datelines');
		const tree = fromHtml(buildReport([sample, briefs]));
		expect(classes(byId(tree, 'p1-l115')!)).toContain('banner');
		expect(classes(byId(tree, 'p2-l1')!)).toContain('furniture');
		// Three headings over one body: the first spare is the banner, the second has no place.
		const unplacedDump = new TextEncoder().encode(
			'第一篇的标题\n\n第二个标题\n\n第三个标题\n\n第一篇文章的正文写在这里，内容足够长，说明了事情的经过。\n',
		);
		const page = reportPage(unplacedDump, 3);
		const unplaced = page.parsed.warnings.find((w) => w.code === 'unplaced')!;
		expect(unplaced).toBeDefined();
		const row = byId(fromHtml(buildReport([page])), `p1-l${unplaced.line}`)!;
		expect(classes(row)).toContain('unplaced');
	});

	test('marks the lines the importer was unsure of with its reasons, and lists them on the items', () => {
		const briefs = fixture('reads-a-top-down-page-with-briefs-under-datelines');
		const html = buildReport([briefs]);
		const tree = fromHtml(html);
		const row = byId(tree, 'p1-l11')!;
		expect(classes(row)).toContain('flagged');
		expect(toText(row.children.length ? tree : row)).toContain('第 2 篇 · 没有找到标题');
		const card = byId(tree, 'p1-i2')!;
		expect(classes(card)).toContain('flagged');
		expect(toText(card)).toContain('⚑ 没有找到标题');
		expect(toText(tree)).toContain('1 篇待核对');
		expect(html).toContain('href="#p1-i2"');
	});

	test('lists every item with its fields and a link to its file', () => {
		const text = toText(fromHtml(buildReport([sample])));
		for (const item of sample.parsed.items) expect(text).toContain(item.headline);
		expect(text).toContain('本报记者 刘向平 实习生 冯雪');
		expect(text).toContain('刘向平、冯雪');
		expect(text).toContain('知行合一');
		expect(text).toContain('评论');
		expect(buildReport([sample])).toContain('href="../content/01-da-chu-wei-min-ban-shi-zu-he-quan.md"');
	});

	test('escapes every piece of dump text, so none of it can act as markup', () => {
		const hostile = '<script>alert(1)</script>"><img src=x onerror=alert(2)>&amp;';
		const bytes = new TextEncoder().encode(
			`${hostile}这是一段足够长的正文，讲述了一件事情的经过。\n\n标题<b>粗</b>&lt;\n`,
		);
		const page = reportPage(bytes);
		page.files = page.files.map((f) => ({ ...f, href: '"><script>alert(3)</script>' }));
		const html = buildReport([page], [{ source: '<i>x</i>.txt', message: '<b>bad</b>' }]);
		const tree = fromHtml(html);
		expect(elements(tree).some((e) => ['script', 'img', 'b', 'i'].includes(e.tagName))).toBe(false);
		expect(elements(tree).filter((e) => e.properties.href === '"><script>alert(3)</script>')).toHaveLength(1);
		const text = toText(tree);
		expect(text).toContain(hostile);
		expect(text).toContain('标题<b>粗</b>&lt;');
		expect(text).toContain('<i>x</i>.txt：<b>bad</b>');
	});

	test('is one file: no script, no stylesheet, font or image to fetch', () => {
		const html = buildReport([sample, fixture('reads-photo-captions-with-the-credit-alone-or-at-the-end', 2)]);
		const tree = fromHtml(html);
		expect(elements(tree).filter((e) => ['script', 'link', 'img', 'iframe', 'object'].includes(e.tagName))).toEqual([]);
		expect(html).not.toMatch(/url\(|@import|https?:/);
		// One section per page, with a table of contents linking them.
		expect(elements(tree).filter((e) => classes(e).includes('page'))).toHaveLength(2);
		expect(html).toContain('href="#p2"');
	});
});
