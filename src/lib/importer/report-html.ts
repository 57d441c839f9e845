import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { ParsedItem } from './assemble.ts';
import { lineOwners, type LineOwner } from './line-owners.ts';
import type { ParsedPage } from './parse-page.ts';
import { REPORT_STYLE, REPORT_COLORS } from './report-style.ts';
import type { ReviewReason } from './review-reasons.ts';
import { lineSpan, type Warning } from './warnings.ts';

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

const KIND_LABELS: Record<string, string> = { article: '文章', commentary: '评论', photo: '图片' };
const FURNITURE_LABELS: Record<string, string> = {
	'page-header': '版头',
	date: '日期',
	'paper-name': '报名',
	editor: '责任编辑等',
	'page-number': '页码',
};
// The importer's warnings in the editors' words; `no-headline` is shown as a review reason.
const WARNING_TEXT: Record<Warning['code'], ((w: Warning) => string) | undefined> = {
	unplaced: (w) => `没能归入任何稿件：“${w.text ?? ''}”，请手工放进正确的稿件`,
	'no-headline': undefined,
	banner: () => '这一标题没有对应的稿件，当作本版的通栏标题',
	junk: () => '删去了乱码字符（PDF 字体的私用区字符等）',
	page: (w) => `版头的版次与 --page 不符（${w.message}）`,
	skipped: (w) => w.message,
};

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

function pageTitle(p: ReportPage): string {
	return `${p.date} 第${String(p.page).padStart(2, '0')}版${p.pageName ? ` ${p.pageName}` : ''}`;
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

function pageSection(p: ReportPage, id: string): Element {
	const { parsed } = p;
	const marked = p.reviews.filter((r) => r.length > 0).length;
	const unplaced = parsed.warnings.filter((w) => w.code === 'unplaced').length;
	return h(`section.page#${id}`, [
		h('h2', pageTitle(p)),
		h('p.meta', [
			`${p.source} · ${p.encoding} · ${parsed.items.length} 篇稿件 · `,
			h(marked > 0 ? 'strong.warn' : 'span', `${marked} 篇待核对`),
			' · ',
			h(unplaced > 0 ? 'strong.warn' : 'span', `${unplaced} 处未归属`),
			parsed.banner ? ` · 通栏标题：${parsed.banner.text}` : '',
		]),
		h('div.split', [
			h('div.dump', [h('h3', '原稿'), ...dumpLines(p, id)]),
			h('div.items', [h('h3', '拆出的稿件'), ...parsed.items.map((item, i) => itemCard(p, item, i, id))]),
		]),
	]);
}

function dumpLines(p: ReportPage, id: string): Element[] {
	const notes = new Map<number, string[]>();
	const note = (line: number, text: string) => line > 0 && notes.set(line, [...(notes.get(line) ?? []), text]);
	for (const w of p.parsed.warnings) {
		const text = WARNING_TEXT[w.code]?.(w);
		if (text) note(w.line, text);
	}
	p.reviews.forEach((reasons, i) => {
		// Unplaced text has its own note on its line already.
		for (const r of reasons.filter((r) => r.code !== 'unplaced-nearby'))
			note(r.line ?? p.parsed.items[i].firstLine, `第 ${i + 1} 篇 · ${r.text}`);
	});
	const out: Element[] = [];
	let previous: LineOwner | undefined;
	for (const { line, owner } of lineOwners(p.text, p.parsed)) {
		const lineNotes = notes.get(line.number) ?? [];
		const starts = owner.kind === 'item' && !(previous?.kind === 'item' && previous.item === owner.item);
		if (owner.kind !== 'blank') previous = owner;
		out.push(
			h(
				`div.line.${owner.kind}${lineNotes.length > 0 ? '.flagged' : ''}`,
				{
					id: `${id}-l${line.number}`,
					style: owner.kind === 'item' ? colorOf(owner.item) : undefined,
					title: ownerLabel(owner, p.parsed),
				},
				[
					h('a.no', { href: `#${id}-l${line.number}` }, String(line.number)),
					h('span.tag', tagOf(owner, starts)),
					h('span.tx', line.text),
				],
			),
		);
		for (const text of lineNotes) out.push(h('div.note', `⚑ ${text}`));
	}
	return out;
}

function tagOf(owner: LineOwner, starts: boolean): string {
	if (owner.kind === 'item') return starts ? String(owner.item + 1) : '';
	return { banner: '通', furniture: '杂', unplaced: '？', unknown: '', blank: '' }[owner.kind];
}

function ownerLabel(owner: LineOwner, page: ParsedPage): string | undefined {
	if (owner.kind === 'item') return `第 ${owner.item + 1} 篇：${page.items[owner.item].headline}`;
	if (owner.kind === 'furniture') return `版面杂项：${FURNITURE_LABELS[owner.furniture] ?? owner.furniture}`;
	return { banner: '通栏标题', unplaced: '未归属的文字', unknown: '未能对应', blank: undefined }[owner.kind];
}

function itemCard(p: ReportPage, item: ParsedItem, i: number, id: string): Element {
	const reasons = p.reviews[i] ?? [];
	const file = p.files[i];
	const field = (label: string, value: string | undefined): ElementContent[] =>
		value ? [h('dt', label), h('dd', value)] : [];
	return h(`article.card${reasons.length > 0 ? '.flagged' : ''}`, { id: `${id}-i${i + 1}`, style: colorOf(i) }, [
		h('h4', [h('span.badge', String(i + 1)), item.headlineMissing ? h('span.missing', item.headline) : item.headline]),
		h('dl', [
			...field('引题', item.kicker),
			...field('副题', item.subheadline),
			...field('署名', item.byline),
			...field('作者', item.authors.join('、') || undefined),
			...field('栏目', item.section),
			...field('类型', KIND_LABELS[item.kind] ?? item.kind),
			...field('图片署名', item.credit),
			...field('正文', `${item.paragraphs.length} 段，${[...item.paragraphs.join('')].length} 字`),
		]),
		reasons.length > 0
			? h(
					'ul.review',
					reasons.map((r) => h('li', `⚑ ${r.text}`)),
				)
			: '',
		h('p.links', [
			h('a', { href: `#${id}-l${item.firstLine}` }, `原稿第 ${lineSpan(item.firstLine, item.lastLine)} 行`),
			file ? [' · ', h('a', { href: file.href }, file.name)] : '',
		]),
	]);
}

function colorOf(i: number): string {
	const [background, border] = REPORT_COLORS[i % REPORT_COLORS.length];
	return `--bg:${background};--bd:${border}`;
}
