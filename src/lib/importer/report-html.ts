import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { ParsedPage } from './parse-page.ts';
import { colorOf, pageSection, pageTitle } from './report-section.ts';
import { REPORT_STYLE } from './report-style.ts';
import type { ReviewReason } from './review-reasons.ts';

/** One imported page as the report shows it. */
export interface ReportPage {
	date: string;
	page: number;
	pageName?: string;
	/** The dump's path, as cited in `source` fields. */
	source: string;
	encoding: string;
	/** The decoded dump text. */
	text: string;
	parsed: ParsedPage;
	/** Why each item is marked for review, in the order of `parsed.items`. */
	reviews: ReviewReason[][];
	/** Each item's file name and a link to it from the report, in the order of `parsed.items`. */
	files: { name: string; href: string }[];
}

/**
 * The import report: one self-contained HTML page (no scripts, no external files) showing each
 * page's dump beside the items cut from it. Every dump line is coloured by the item it went to,
 * with page furniture, the banner and unplaced text in styles of their own; lines the importer
 * was unsure of carry its reasons; each item is listed with its fields, review reasons and a link
 * to its file. All text is escaped by hast-util-to-html.
 */
export function buildReport(pages: ReportPage[], errors: { source: string; message: string }[] = []): string {
	const marked = pages.reduce((n, p) => n + p.reviews.filter((r) => r.length > 0).length, 0);
	const items = pages.reduce((n, p) => n + p.parsed.items.length, 0);
	const body = [
		h('header.top', [
			h('h1', '导入核对报告'),
			h('p.summary', `${pages.length} 个版面，${items} 篇稿件，其中 ${marked} 篇待核对。`),
			legend(),
			pages.length > 1
				? h(
						'nav',
						h(
							'ul',
							pages.map((p, i) => h('li', h('a', { href: `#p${i + 1}` }, pageTitle(p)))),
						),
					)
				: '',
			marked > 0 ? toReview(pages) : '',
			errors.length > 0
				? h('section.errors', [
						h('h2', '未能导入'),
						h(
							'ul',
							errors.map((e) => h('li', `${e.source}：${e.message}`)),
						),
					])
				: '',
		]),
		...pages.map((p, i) => pageSection(p, `p${i + 1}`)),
	];
	const tree = h(null, [
		{ type: 'doctype' },
		h('html', { lang: 'zh-CN' }, [
			h('head', [
				h('meta', { charset: 'utf-8' }),
				h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
				h('title', `导入核对报告 · ${pages.map(pageTitle).join('、')}`),
				h('style', REPORT_STYLE),
			]),
			h('body', body),
		]),
	]);
	return `${toHtml(tree)}\n`;
}

/** The items marked for review on every page, each linked to its card: the editor's to-do list. */
function toReview(pages: ReportPage[]): Element {
	const entries = pages.flatMap((p, n) =>
		p.reviews.flatMap((reasons, i) =>
			reasons.length === 0
				? []
				: [
						h('li', [
							h('a', { href: `#p${n + 1}-i${i + 1}` }, `${pageTitle(p)} 第 ${i + 1} 篇 ${p.parsed.items[i].headline}`),
							`：${reasons.map((r) => r.text).join('；')}`,
						]),
					],
		),
	);
	return h('section.todo', [h('h2', '待核对的稿件'), h('ul', entries)]);
}

function legend(): Element {
	return h('p.legend', [
		'颜色：',
		h('span.key.item', { style: colorOf(0) }, '每篇稿件一种颜色'),
		h('span.key.banner', '通栏标题'),
		h('span.key.furniture', '版面杂项（不入稿件）'),
		h('span.key.unplaced', '未归属的文字'),
		h('span.key.flag', '⚑ 待核对'),
	]);
}
