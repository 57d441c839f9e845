import { escapeHtml } from '../corpus-gold/escape-html.ts';
import { createRng, type Rng } from '../bench/prng.ts';
import { itemGroups } from './item-groups.ts';
import type { PageModel, PrintedItem } from './page-model.ts';
import { bylineHtml, headHtml, type PageStyle, tenths, textLine } from './page-html.ts';

/**
 * Lays out a page of the layout families (composeFamilyPage) as a Chinese daily sets it, for
 * Chromium to print to PDF: a grid of four to eight columns; the lead across most of them with
 * a column of briefs or a commentary beside it; stories of one to four columns below, their
 * headlines across the columns or beside the body; vertical headlines (竖排标题) beside
 * commentaries; sidebars boxed left, right or under their story; photos with captions under,
 * beside or over them, or set into a story's columns; notices boxed; jump lines. Type size,
 * leading, justification and paragraph style (indent of two or one em, or a gap) are drawn per
 * page. Returns the HTML and the `pdf:` traits it shows. Pure: the page's id seeds it.
 */
export function renderFamilyHtml(model: PageModel): { html: string; traits: string[] } {
	const rng = createRng(`family-html:${model.gold.id}`);
	const traits = new Set<string>();
	const style = pageStyle(rng, model.layout?.columns ?? 6, traits);
	const { columns } = style;
	const groups = itemGroups(model.items);
	const modules: string[] = [];
	const place = (span: number, html: string) =>
		modules.push(`<div class="module" style="grid-column: span ${Math.min(span, columns)}">${html}</div>`);
	let g = 0;
	// The top: the lead across most columns, a narrow stack of one or two groups beside it.
	const [first] = groups[0];
	if (first.role === 'lead' || first.role === 'commentary') {
		const sideSpan = model.layout?.family === 'feature' || columns < 5 || rng.chance(0.3) ? 0 : rng.int(1, 2);
		const taken = absorbed(groups, 0, columns - sideSpan, rng);
		const lead = story(groups[0][0], columns - sideSpan, rng, traits, taken, true);
		g = 1 + taken.length;
		if (sideSpan > 0 && g < groups.length) {
			const side: string[] = [];
			for (let n = rng.int(1, 2); n > 0 && g < groups.length; n--) {
				const { html, used } = module(groups, g, sideSpan, rng, traits);
				side.push(html);
				g += used;
			}
			traits.add('pdf:lead-beside-column');
			modules.push(
				`<div class="module lead" style="grid-column: span ${columns - sideSpan}">${lead}</div><div class="module stack" style="grid-column: span ${sideSpan}">${side.join('')}</div>`,
			);
		} else modules.push(`<div class="module lead" style="grid-column: span ${columns}">${lead}</div>`);
	}
	const notices = [...(model.notices ?? [])];
	while (g < groups.length) {
		if (notices.length > 0 && rng.chance(0.3)) place(rng.int(1, 2), noticeBox(notices.shift() as string[]));
		const span = spanOf(rng, groups[g], columns, model.layout?.family === 'pictures');
		const { html, used } = module(groups, g, span, rng, traits);
		place(span, html);
		g += used;
	}
	for (const lines of notices) place(rng.int(1, 2), noticeBox(lines));
	const { body } = style;
	const paragraph =
		style.paragraph === 'gap'
			? 'margin: 0 0 0.7em;'
			: `margin: 0; text-indent: ${style.paragraph === 'indent-1' ? '1em' : '2em'};`;
	const html = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><style>
@page { margin: 0; }
body { margin: 22px; width: ${style.width}px; font-family: '${style.font}', sans-serif; font-size: ${body}px; line-height: ${style.leading}; color: #111; text-align: ${style.align}; }
header { display: flex; justify-content: space-between; align-items: baseline; border-bottom: 3px double #000; font-size: ${tenths(body * 0.95)}px; margin-bottom: 8px; }
header .paper { font-size: ${tenths(body * (model.gold.page === 1 ? 3.2 : 1.4))}px; font-weight: bold; }
footer { border-top: 1px solid #000; font-size: ${tenths(body * 0.85)}px; margin-top: 10px; display: flex; gap: 2em; }
.banner { font-size: ${tenths(body * 3)}px; font-weight: bold; text-align: center; margin: 4px 0 12px; letter-spacing: 0.1em; }
.page { display: grid; grid-template-columns: repeat(${columns}, 1fr); gap: 14px ${style.gutter}px; grid-auto-flow: row dense; align-items: start; }
.module { ${style.rules ? 'border-top: 1px solid #000; padding-top: 6px;' : ''} min-width: 0; }
.stack > * + * { margin-top: 12px; border-top: 1px solid #666; padding-top: 6px; }
.body { column-gap: ${style.gutter}px; ${style.rules ? 'column-rule: 1px solid #bbb;' : ''} }
p { ${paragraph} }
.label { font-size: ${tenths(body)}px; font-weight: bold; margin-bottom: 4px; ${style.reverse ? 'background: #000; color: #fff; padding: 1px 6px; display: inline-block;' : 'border-left: 6px solid #000; padding-left: 6px;'} }
.kicker, .subheadline { font-size: ${tenths(body * 1.25)}px; }
.headline { font-size: ${tenths(body * style.head)}px; font-weight: bold; line-height: 1.2; margin: 2px 0; text-align: left; }
.lead .kicker { font-size: ${tenths(body * 1.6)}px; }
.lead .headline { font-size: ${tenths(body * style.lead)}px; text-align: center; }
.lead .subheadline { font-size: ${tenths(body * 1.5)}px; text-align: center; }
.brief .headline { font-size: ${tenths(body * 1.15)}px; }
.byline { font-size: ${tenths(body * 0.9)}px; margin: 2px 0 4px; }
.intertitle { font-weight: bold; text-indent: 0; font-size: ${tenths(body * 1.1)}px; }
.jump { text-align: right; text-indent: 0; font-size: ${tenths(body * 0.9)}px; }
.jump.from { text-align: left; }
.side { display: flex; gap: ${style.gutter}px; align-items: flex-start; }
.side.reverse { flex-direction: row-reverse; }
.side > .head { flex: 1 1 0; }
.side > .body { flex: 3 1 0; }
.vertical { display: flex; flex-direction: row-reverse; gap: 4px; font-weight: bold; font-size: ${tenths(body * 1.9)}px; line-height: 1.15; flex: 0 0 auto; text-align: center; }
.vertical > div { width: 1em; line-break: anywhere; word-break: break-all; }
.vertical .byline { font-size: ${tenths(body)}px; font-weight: normal; margin-top: 2em; }
.box { border: 1px solid #000; background: #f0f0f0; padding: 6px; }
.boxed { display: flex; gap: ${style.gutter}px; align-items: flex-start; }
.boxed > .main { flex: 3 1 0; min-width: 0; }
.boxed > .box { flex: 1 1 0; }
.boxed.left { flex-direction: row-reverse; }
.shot { position: relative; background: #9a9a9a; }
.shot.over { display: flex; flex-direction: column; justify-content: flex-end; }
.shot .overlay { background: rgba(255, 255, 255, 0.85); padding: 2px 4px; margin: 0 ${tenths(body * 1.2)}px 0 0; }
.shot .vcredit { position: absolute; right: 2px; top: 4px; width: 1em; line-break: anywhere; word-break: break-all; line-height: 1.1; font-size: ${tenths(body * 0.75)}px; color: #fff; }
.figure { display: flex; gap: ${style.gutter}px; align-items: flex-end; }
.figure > .shot { flex: 2 1 0; }
.figure > .words { flex: 1 1 0; }
.inbody { column-span: all; margin: 6px 0; }
.caption { font-size: ${tenths(body * 0.9)}px; text-indent: 0; }
.credit { font-size: ${tenths(body * 0.8)}px; text-align: right; }
.notice { border: 3px double #000; padding: 8px; text-align: center; }
.notice div:first-child { font-size: ${tenths(body * 1.5)}px; font-weight: bold; }
</style></head><body>
<header><span class="paper">${escapeHtml(model.paper)}</span>${model.furniture.top.map((l) => `<span>${escapeHtml(l)}</span>`).join('')}</header>
${model.gold.banner ? `<div class="banner">${escapeHtml(model.gold.banner)}</div>` : ''}
<div class="page">
${modules.join('\n')}
</div>
<footer>${model.furniture.bottom.map((l) => `<span>${escapeHtml(l)}</span>`).join('')}</footer>
</body></html>
`;
	return { html, traits: [...traits].sort() };
}

interface Style extends PageStyle {
	paragraph: 'indent-2' | 'indent-1' | 'gap';
}

function pageStyle(rng: Rng, columns: number, traits: Set<string>): Style {
	const body = rng.pick([9, 10, 11, 12, 13, 14]);
	const gutter = Math.round(body * 1.2) + rng.int(0, 10);
	const style: Style = {
		columns,
		width: columns * rng.int(Math.max(100, body * 9), Math.max(150, body * 13)) + (columns - 1) * gutter,
		gutter,
		font: rng.pick(['WenQuanYi Zen Hei', 'WenQuanYi Zen Hei Mono', 'WenQuanYi Zen Hei Sharp']),
		body,
		leading: rng.pick([1.3, 1.45, 1.6, 1.8]),
		align: rng.chance(0.65) ? 'justify' : 'left',
		paragraph: rng.pick(['indent-2', 'indent-2', 'indent-1', 'gap']),
		head: 1.6 + rng.int(0, 8) / 10,
		lead: 2.4 + rng.int(0, 12) / 10,
		reverse: rng.chance(0.5),
		rules: rng.chance(0.6),
	};
	traits.add(`pdf:para-${style.paragraph}`);
	traits.add(style.align === 'left' ? 'pdf:ragged' : 'pdf:justified');
	traits.add(body <= 10 ? 'pdf:body-small' : body >= 13 ? 'pdf:body-large' : 'pdf:body-medium');
	return style;
}

/** How many columns a group takes: one to four, photo groups and stories more, briefs fewer. */
function spanOf(rng: Rng, group: PrintedItem[], columns: number, pictures: boolean): number {
	const role = group[0].role;
	const most = Math.min(4, columns);
	if (role === 'photo') return pictures ? rng.int(1, Math.min(3, columns)) : Math.min(most, rng.int(1, group.length > 1 ? 3 : 2));
	if (role === 'brief' || role === 'sidebar') return rng.int(1, 2);
	if (role === 'commentary') return rng.int(1, 3);
	return rng.int(1, most);
}

/** The groups after `index` that the story at `index` takes into its module: a sidebar box, a photo set into its columns. */
function absorbed(groups: PrintedItem[][], index: number, span: number, rng: Rng): PrintedItem[][] {
	const taken: PrintedItem[][] = [];
	const next = groups[index + taken.length + 1];
	if (next?.[0].role === 'sidebar' && next[0].placement) taken.push(next);
	const after = groups[index + taken.length + 1];
	if (after?.[0].role === 'photo' && span >= 3 && rng.chance(0.5)) taken.push(after);
	return taken;
}

/** The module of the group at `index` in `span` columns, and how many groups it used. */
function module(groups: PrintedItem[][], index: number, span: number, rng: Rng, traits: Set<string>): { html: string; used: number } {
	const group = groups[index];
	const [first] = group;
	const label = textLine('label', first.label);
	if (first.role === 'photo') return { html: photoBlock(group, span, rng, traits), used: 1 };
	if (first.role === 'brief') {
		traits.add('pdf:briefs-column');
		return { html: `<div>${label}${group.map((item) => itemHtml(item, 1, 'brief')).join('')}</div>`, used: 1 };
	}
	if (first.role === 'sidebar') return { html: `<div class="box">${label}${itemHtml(first, 1, '')}</div>`, used: 1 };
	const taken = first.role === 'article' ? absorbed(groups, index, span, rng) : [];
	return { html: story(first, span, rng, traits, taken, false), used: 1 + taken.length };
}

/** A story (or commentary) in `span` columns, with the sidebar box and photo it took in. */
function story(item: PrintedItem, span: number, rng: Rng, traits: Set<string>, taken: PrintedItem[][], lead: boolean): string {
	const label = textLine('label', item.label);
	const sidebar = taken.find((g) => g[0].role === 'sidebar')?.[0];
	const photo = taken.find((g) => g[0].role === 'photo');
	const boxSpan = sidebar && sidebar.placement !== 'bottom' ? 1 : 0;
	const bodyColumns = Math.max(1, span - boxSpan);
	let inner: string;
	if (item.vertical) {
		// 竖排标题: the headline (and often the signature) set top to bottom beside the text.
		const signed = rng.chance(0.5);
		const head = `<div class="vertical"><div>${escapeHtml(item.gold.headline ?? '')}</div>${signed ? bylineHtml(item) : ''}</div>`;
		const right = rng.chance(0.7);
		inner = `${label}<div class="side${right ? ' reverse' : ''}">${head}<div style="flex: 1 1 0; min-width: 0">${signed ? '' : bylineHtml(item)}${body(item, Math.max(1, bodyColumns - 1), photo, rng, traits)}</div></div>`;
		traits.add(right ? 'pdf:vertical-headline-right' : 'pdf:vertical-headline-left');
	} else if (!lead && span >= 2 && item.role === 'article' && rng.chance(0.25)) {
		inner = `${label}<div class="side"><div class="head">${headHtml(item)}${bylineHtml(item)}</div>${body(item, Math.max(1, bodyColumns - 1), photo, rng, traits)}</div>`;
		traits.add('pdf:side-headline');
	} else inner = `${label}${headHtml(item)}${bylineHtml(item)}${body(item, bodyColumns, photo, rng, traits)}`;
	if (!sidebar) return `<div class="${lead ? 'lead' : ''}">${inner}</div>`;
	const boxLabel = textLine('label', sidebar.label);
	const box = `<div class="box">${boxLabel}${itemHtml(sidebar, 1, '')}</div>`;
	traits.add(`pdf:sidebar-${sidebar.placement}`);
	if (sidebar.placement === 'bottom') return `<div class="${lead ? 'lead' : ''}">${inner}${box}</div>`;
	return `<div class="boxed ${sidebar.placement}${lead ? ' lead' : ''}"><div class="main">${inner}</div>${box}</div>`;
}

/** The body in `columns` columns, jump lines around it, a photo group set across its columns after a paragraph. */
function body(item: PrintedItem, columns: number, photo: PrintedItem[] | undefined, rng: Rng, traits: Set<string>): string {
	const intertitles = new Set(item.gold.intertitles ?? []);
	const paragraphs = item.gold.paragraphs.map((p, i) => `<p${intertitles.has(i) ? ' class="intertitle"' : ''}>${escapeHtml(p)}</p>`);
	if (photo) {
		const at = rng.int(1, Math.max(1, paragraphs.length - 1));
		paragraphs.splice(at, 0, `<div class="inbody">${photoBlock(photo, columns, rng, traits)}</div>`);
		traits.add('pdf:photo-in-body');
	}
	if (item.jumpFrom) paragraphs.unshift(`<p class="jump from">${escapeHtml(item.jumpFrom)}</p>`);
	if (item.jumpTo) paragraphs.push(`<p class="jump">${escapeHtml(item.jumpTo)}</p>`);
	return `<div class="body" style="column-count: ${columns}">${paragraphs.join('')}</div>`;
}

/** A brief or a sidebar: its head and body in one column. */
function itemHtml(item: PrintedItem, columns: number, cls: string): string {
	return `<div class="${cls}">${headHtml(item)}${bylineHtml(item)}<div class="body" style="column-count: ${columns}">${item.gold.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</div></div>`;
}

/** Photos under their title, each caption under, beside or over its picture, the credit after the caption or up its edge. */
function photoBlock(group: PrintedItem[], span: number, rng: Rng, traits: Set<string>): string {
	const label = textLine('label', group[0].label);
	const title = group[0].gold.headline === null ? '' : `<div class="headline">${escapeHtml(group[0].gold.headline)}</div>`;
	const titleAfter = rng.chance(0.25);
	const form = span >= 2 ? rng.pick(['under', 'beside', 'over'] as const) : rng.pick(['under', 'over'] as const);
	traits.add(`pdf:caption-${form}`);
	const grid = group.length > 1 && span >= 2 && rng.chance(0.6);
	const height = rng.int(70, 200);
	const figures = group.map((item) => {
		const credit = item.gold.credit ?? '';
		// Up the picture's edge only where it fits, and without a character twice in a row (see vertical()).
		const verticalCredit = rng.chance(0.2) && height >= 120 && credit.length <= 8 && !/(.)\1/u.test(credit);
		if (verticalCredit) traits.add('pdf:credit-vertical');
		const caption = `<div class="caption">${escapeHtml(item.gold.paragraphs[0])}</div>`;
		const edge = verticalCredit ? `<div class="vcredit">${escapeHtml(credit)}</div>` : '';
		const words = caption + (verticalCredit ? '' : `<div class="credit">${escapeHtml(credit)}</div>`);
		if (form === 'over') return `<div class="shot over" style="min-height: ${height}px">${edge}<div class="overlay">${words}</div></div>`;
		const shot = `<div class="shot" style="height: ${height}px">${edge}</div>`;
		return form === 'beside' ? `<div class="figure">${shot}<div class="words">${words}</div></div>` : `<div>${shot}${words}</div>`;
	});
	const layout = grid ? `<div style="display: grid; grid-template-columns: repeat(2, 1fr); gap: 8px">${figures.join('')}</div>` : figures.join('');
	return titleAfter ? `<div>${label}${layout}${title}</div>` : `<div>${label}${title}${layout}</div>`;
}

/** A boxed notice or advertisement: furniture. Numbers such as `0471-2345678` are kept on one line (pdftotext drops a hyphen that ends a line). */
function noticeBox(lines: string[]): string {
	const line = (text: string) => escapeHtml(text).replace(/[0-9][0-9-]*[0-9]/g, '<span style="white-space: nowrap">$&</span>');
	return `<div class="notice">${lines.map((l) => `<div>${line(l)}</div>`).join('')}</div>`;
}
