/**
 * A composed page as the HTML Chromium prints to PDF: a masthead strip, an optional 通栏 banner,
 * the lead across the page (its headline over it or standing vertical beside it), then rows of
 * ruled cells, each item's body in CSS columns, sidebars and short columns boxed, photos as grey
 * boxes with their captions under, beside or over them.
 */
import { escapeHtml } from '../corpus-gold/escape-html.ts';
import type { ComposedPage } from './compose-page.ts';
import { printedByline, printedLabel, type FreshItem } from './fresh-item.ts';
import type { PageLayout } from './page-layout.ts';

/** The page's HTML, laid out by `layout`. */
export function renderHtml(page: ComposedPage, layout: PageLayout): string {
	const { style } = layout;
	const f = page.furniture;
	const rows = layout.rows
		.map((row) => {
			const cells = row.cells
				.map((cell) => {
					const items = cell.items.map((i) => renderItem(page.items[i], cell.columns, cell.vertical, layout)).join('');
					return `<div class="cell" style="flex:${cell.span}">${items}</div>`;
				})
				.join('');
			return `<div class="row">${cells}</div>`;
		})
		.join('');
	return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
@page { margin: 0 }
* { box-sizing: border-box; margin: 0; padding: 0 }
body { font-family: 'WenQuanYi Zen Hei', sans-serif; width: ${style.width}px; padding: 24px 28px; font-size: ${style.font}px; line-height: ${style.leading}; color: #111; background: #fff }
.mast { display: flex; justify-content: space-between; align-items: baseline; border-bottom: 3px double #333; padding-bottom: 6px; margin-bottom: 12px }
.mast .paper { font-size: 26px; font-weight: bold; letter-spacing: 4px }
.banner { font-size: ${style.headline + 10}px; font-weight: bold; text-align: center; padding: 8px 0 12px; border-bottom: 1px solid #999; margin-bottom: 12px; letter-spacing: 2px }
.row { display: flex; gap: ${style.gutter}px; border-top: ${style.rules ? '1px solid #888' : '0'}; padding-top: 10px; margin-bottom: 12px }
.cell { min-width: 0 }
.cell + .cell { border-left: ${style.rules ? '1px solid #aaa' : '0'}; padding-left: ${style.rules ? style.gutter : 0}px }
.item { margin-bottom: 14px }
.item.boxed { border: 1px solid #555; padding: 8px; background: #f6f6f2 }
.label { display: inline-block; font-weight: bold; color: #fff; background: #b22; padding: 0 6px; margin-bottom: 4px }
.kicker, .sub { font-size: ${style.font + 2}px; color: #333 }
.headline { font-size: ${style.headline}px; line-height: 1.25; margin: 2px 0 4px; font-weight: bold }
.role-lead .headline { font-size: ${style.headline + 8}px }
.role-brief .headline, .role-photo .headline { font-size: ${style.font + 3}px }
.byline { font-size: ${style.font}px; margin: 2px 0 6px; color: #222 }
.byline.tail { text-align: right; margin-top: 4px }
.body { column-gap: ${style.font * 3}px; column-rule: 1px solid #ddd; text-align: ${style.justify ? 'justify' : 'left'} }
.body p { break-inside: avoid; text-indent: ${style.indent}em; margin-bottom: ${style.indent ? 0 : 5}px }
.body h4 { font-size: ${style.font + 1}px; margin: 6px 0 3px; break-after: avoid }
.box { border: 1px solid #999; padding: 6px; margin-bottom: 8px; break-inside: avoid; background: #f2f2ec }
.box p { text-indent: 0 }
.vert { display: flex; gap: ${style.font * 4}px; flex-direction: ${layout.style.verticalSide === 'left' ? 'row' : 'row-reverse'} }
.vert .heads { writing-mode: vertical-rl; flex: none; max-height: 420px }
.vert .heads .headline { font-size: ${style.headline + 4}px }
.vert .main { flex: 1; min-width: 0 }
figure { display: flex; flex-direction: ${style.caption === 'over' ? 'column-reverse' : style.caption === 'beside' ? 'row' : 'column'}; gap: 8px }
.pic { background: #bbb; min-width: 120px; flex: 1 }
figcaption { font-size: ${style.font - 1}px; ${style.caption === 'beside' ? 'flex: 1' : ''} }
.credit { color: #444 }
.credit.line { display: block; text-align: right }
.foot { border-top: 1px solid #333; padding-top: 4px; margin-top: 8px; font-size: ${style.font - 1}px }
</style></head><body>
<div class="mast"><span class="paper">${escapeHtml(f.paper)}</span><span>${escapeHtml(f.header)}</span><span>${escapeHtml(f.dateLine)}</span></div>
${page.banner ? `<div class="banner">${escapeHtml(page.banner)}</div>` : ''}${rows}
<div class="foot">${escapeHtml(f.editors)}</div>
</body></html>
`;
}

/** One item: its head, its body in `columns` columns; heads stand vertical when `vertical`. */
function renderItem(item: FreshItem, columns: number, vertical: boolean, layout: PageLayout): string {
	const { gold, print } = item;
	const tag = (cls: string, text: string | undefined, name = 'div') =>
		text ? `<${name} class="${cls}">${escapeHtml(text)}</${name}>` : '';
	const label = tag('label', printedLabel(item));
	if (print.role === 'photo') {
		const caption = gold.paragraphs.map((p) => escapeHtml(p)).join('<br>');
		const credit = gold.credit
			? `<span class="credit ${print.creditAt}">${print.creditAt === 'inline' ? ' ' : ''}${escapeHtml(gold.credit)}</span>`
			: '';
		const title = tag('headline', gold.headline ?? undefined, 'h3');
		const height = Math.round((print.pictureHeight ?? 120) * layout.style.pictureScale);
		return `<div class="item role-photo">${title}<figure><div class="pic" style="height:${height}px"></div><figcaption>${caption}${credit}</figcaption></figure></div>`;
	}
	const byline = printedByline(item);
	const headParts = [
		tag('kicker', gold.kicker),
		tag('headline', gold.headline ?? undefined, 'h2'),
		tag('sub', gold.subheadline),
	].join('');
	const byHead = print.bylineAt !== 'tail' ? tag('byline', byline) : '';
	const byTail = print.bylineAt === 'tail' ? tag('byline tail', byline) : '';
	let paragraphs = gold.paragraphs.map((p, i) =>
		gold.intertitles?.includes(i) ? `<h4>${escapeHtml(p)}</h4>` : `<p>${escapeHtml(p)}</p>`,
	);
	if (print.openingBox)
		paragraphs = [`<div class="box">${paragraphs.slice(0, 2).join('')}</div>`, ...paragraphs.slice(2)];
	const body = `<div class="body" style="column-count:${columns}">${paragraphs.join('')}${byTail}</div>`;
	const cls = `item role-${print.role}${print.boxed ? ' boxed' : ''}`;
	if (vertical)
		return `<div class="${cls} vert"><div class="heads">${label}${headParts}</div><div class="main">${byHead}${body}</div></div>`;
	return `<div class="${cls}">${label}${headParts}${byHead}${body}</div>`;
}
