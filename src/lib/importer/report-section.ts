import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { ParsedItem } from './assemble-items.ts';
import { lineOwners, type LineOwner } from './line-owners.ts';
import type { ParsedPage } from './parse-page.ts';
import type { ReportPage } from './report-html.ts';
import { REPORT_COLORS } from './report-style.ts';
import { lineSpan, type Warning } from './warnings.ts';

const KIND_LABELS: Record<string, string> = { article: '文章', commentary: '评论', photo: '图片' };
const FURNITURE_LABELS: Record<string, string> = {
	'page-header': '版头',
	date: '日期',
	'paper-name': '报名',
	editor: '责任编辑等',
	'page-number': '页码',
	jump: '转版',
	masthead: '报头',
	notice: '启事、广告',
};
// The importer's warnings in the editors' words; `no-headline` and `review` are shown as review reasons.
const WARNING_TEXT: Record<Warning['code'], ((w: Warning) => string) | undefined> = {
	unplaced: (w) => `没能归入任何稿件：“${w.text ?? ''}”，请手工放进正确的稿件`,
	'no-headline': undefined,
	banner: () => '这一标题没有对应的稿件，当作本版的通栏标题',
	junk: () => '删去了乱码字符（PDF 字体的私用区字符等）',
	page: (w) => `版头的版次与 --page 不符（${w.message}）`,
	skipped: (w) => w.message,
	review: undefined,
};

/**
 * One page of the import report: its dump, every line coloured by where it went and the reasons
 * under each uncertain line, beside its items with their fields, reasons and links.
 * `id` prefixes the anchors: `<id>-l<line>` for dump lines, `<id>-i<n>` for items.
 */
export function pageSection(p: ReportPage, id: string): Element {
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

/** The CSS custom properties that colour item `i` (0-based): `--bg` and `--bd`. */
export function colorOf(i: number): string {
	const [background, border] = REPORT_COLORS[i % REPORT_COLORS.length];
	return `--bg:${background};--bd:${border}`;
}

/** `2021-06-08 第01版 党建`: how the report names a page. */
export function pageTitle(p: ReportPage): string {
	return `${p.date} 第${String(p.page).padStart(2, '0')}版${p.pageName ? ` ${p.pageName}` : ''}`;
}
