import type { TuneBlock, TuneItem, TunePage } from './tune-model.ts';

/**
 * The page as HTML for Chromium to print: a header band, an optional banner, bands of cells with
 * CSS columns, boxes, photos as grey boxes with captions, heads over, beside or vertical to their
 * bodies, and a footer. The PDF's text order is whatever pdftotext makes of it.
 */

/** Escapes text for HTML. */
function esc(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The HTML document of a page. @example renderTuneHtml(page).startsWith('<!doctype html>') */
export function renderTuneHtml(page: TunePage): string {
	const f = page.furniture;
	const front = page.gold.page === 1;
	const header = front
		? `<header class="mast front"><div class="side">${f.header.slice(1, -1).map(esc).join('<br>')}</div><div class="paper">${esc(f.header[0])}</div><div class="side">${esc(f.header.at(-1) ?? '')}</div></header>`
		: `<header class="mast"><div>${esc(f.header[0])}</div><div>${f.header.slice(1).map(esc).join('\u3000')}</div></header>`;
	const banner = page.gold.banner ? `<div class="banner">${esc(page.gold.banner)}</div>` : '';
	const rows = page.rows
		.map(
			(row) =>
				`<div class="row">${row.cells
					.map(
						(cell) =>
							`<div class="cell${cell.rule ? ' rule' : ''}" style="flex:${cell.weight} 1 0">${cell.blocks
								.map((b) => renderBlock(page.items[b.item], b) + boxes(page, b.item))
								.join('')}</div>`,
					)
					.join('')}</div>`,
		)
		.join('');
	// The footer's lines are spread across the page's width, so that no column reads it as its own.
	const footer = `<footer>${f.footer.map((line) => `<span>${esc(line)}</span>`).join('')}</footer>`;
	return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>${css(page.width)}</style></head><body>${header}${banner}${rows}${footer}</body></html>`;
}

/** The furniture boxes printed after an item. */
function boxes(page: TunePage, index: number): string {
	return page.furniture.boxes
		.filter((b) => b.after === index)
		.map(
			(b) =>
				`<div class="fbox"><div class="ft">${esc(b.lines[0])}</div>${b.lines
					.slice(1)
					.map((l) => `<div>${esc(l)}</div>`)
					.join('')}</div>`,
		)
		.join('');
}

/** One item's block. */
function renderBlock(item: TuneItem, b: TuneBlock): string {
	const g = item.gold;
	const label = item.sectionPrint ? `<div class="label">${esc(item.sectionPrint)}</div>` : '';
	const vertical = b.head.startsWith('vertical');
	const headInner = [
		g.kicker ? `<div class="kicker">${esc(g.kicker)}</div>` : '',
		item.inlineLead ? '' : `<h2 style="font-size:${b.headSize}px">${item.headLines.map(esc).join('<br>')}</h2>`,
		g.subheadline ? `<div class="sub">${esc(g.subheadline)}</div>` : '',
		item.bylinePrint && item.bylineAt === 'top' && !vertical
			? `<div class="byline">${esc(item.bylinePrint)}</div>`
			: '',
	].join('');
	const head = `<div class="head${vertical ? ' vhead' : ''}" style="text-align:${b.align}">${headInner}</div>`;
	const topByline =
		vertical && item.bylinePrint && item.bylineAt === 'top' ? `<div class="byline">${esc(item.bylinePrint)}</div>` : '';
	const paras = g.paragraphs.map((p, i) => {
		const cls = g.intertitles?.includes(i) ? ' class="inter"' : item.breaksBefore?.includes(i) ? ' class="stanza"' : '';
		const text = i === 0 && item.inlineLead ? `<b>${esc(item.headLines.join(''))}</b>\u3000${esc(p)}` : esc(p);
		return `<p${cls}>${text}</p>`;
	});
	const boxed = item.boxedHead ?? [];
	const bodyHtml = [
		item.jumpIn ? `<p class="jump">${esc(item.jumpIn)}</p>` : '',
		boxed.length > 0 ? `<div class="core">${paras.slice(0, boxed.length).join('')}</div>` : '',
		...paras.slice(boxed.length),
		item.jumpOut ? `<p class="jump">${esc(item.jumpOut)}</p>` : '',
		item.bylinePrint && item.bylineAt === 'bottom' ? `<p class="signoff">${esc(item.bylinePrint)}</p>` : '',
	].join('');
	const poem = item.role === 'poem' ? ' poem' : '';
	const style = `column-count:${b.columns};font-size:${b.bodySize}px`;
	const paraStyle = `--indent:${b.indent}em;--gap:${b.gap ? '0.6em' : '0'}`;
	if (b.photo) {
		const pic = `<div class="pic" style="height:${b.photo.height}px"></div>`;
		const credit = item.creditPrint ? `<span class="credit">${esc(item.creditPrint)}</span>` : '';
		const caption = `<div class="caption" style="font-size:${b.bodySize - 1}px">${g.paragraphs.map((p, i) => `<p>${esc(p)}${i === g.paragraphs.length - 1 ? ` ${credit}` : ''}</p>`).join('')}</div>`;
		const title = g.headline !== null ? head : '';
		const figure =
			b.photo.at === 'left' || b.photo.caption === 'beside'
				? `<div class="flex">${pic}${caption}</div>`
				: b.photo.caption === 'over'
					? `${caption}${pic}`
					: `${pic}${caption}`;
		return `<section class="blk${b.box ? ' box' : ''}">${label}${b.head === 'below' ? figure + title : title + figure}</section>`;
	}
	const bodyBlock = `<div class="body${poem}" style="${style};${paraStyle}">${bodyHtml}</div>`;
	const inner =
		b.head === 'side'
			? `<div class="flex"><div class="sidehead">${head}</div>${topByline}${bodyBlock}</div>`
			: b.head === 'vertical-right'
				? `<div class="flex"><div class="grow">${topByline}${bodyBlock}</div>${head}</div>`
				: b.head === 'vertical-left'
					? `<div class="flex">${head}<div class="grow">${topByline}${bodyBlock}</div></div>`
					: b.head === 'below'
						? `${bodyBlock}${head}`
						: `${head}${bodyBlock}`;
	return `<section class="blk${b.box ? ' box' : ''}">${label}${inner}</section>`;
}

/** The page's style sheet. */
function css(width: number): string {
	return `
@page { margin: 0 }
/* A paragraph never breaks across columns: pdftotext reads a block set under the first column
   before the next column, which would cut a paragraph that ran on. */
* { box-sizing: border-box }
html, body { margin: 0 }
body { width: ${width}px; padding: 28px 32px; font-family: 'WenQuanYi Zen Hei', sans-serif; color: #111; line-height: 1.45 }
.mast { display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 3px double #000; padding-bottom: 6px; font-size: 14px }
.mast.front { align-items: center }
.mast .paper { font-size: 72px; font-weight: bold; letter-spacing: 12px }
.mast .side { font-size: 13px; width: 180px }
.banner { text-align: center; font-size: 40px; font-weight: bold; padding: 10px 0; border-bottom: 2px solid #000 }
.row { display: flex; gap: 60px; border-bottom: 1px solid #000; padding: 12px 0 }
.cell { min-width: 0 }
.cell.rule { border-left: 1px solid #555; padding-left: 24px }
.blk { margin-bottom: 12px }
.blk.box { border: 1.5px solid #000; padding: 10px }
.label { display: inline-block; background: #222; color: #fff; padding: 2px 8px; font-size: 14px; margin-bottom: 6px }
.head { margin-bottom: 8px }
.head h2 { margin: 2px 0; font-weight: bold; line-height: 1.25 }
.kicker, .sub { font-size: 16px }
.byline { font-size: 13px; margin-top: 4px }
.vhead { writing-mode: vertical-rl; margin: 0 8px }
.vhead h2 { margin: 0 2px }
.flex { display: flex; gap: 26px; align-items: flex-start }
.grow { flex: 1 1 0; min-width: 0 }
.sidehead { flex: 0 0 24% }
.body { column-gap: 26px; text-align: justify }
.body p { margin: 0 0 var(--gap); text-indent: var(--indent); break-inside: avoid }
.body p.inter { text-indent: 0; font-weight: bold; text-align: center; margin: 0.5em 0 }
.body.poem p { text-indent: 0; text-align: left; margin: 0 }
.body.poem p.stanza { margin-top: 1em }
.core { border: 1px solid #000; padding: 6px; margin-bottom: 8px; break-inside: avoid }
.core p { text-indent: 0 }
.jump, .signoff { text-align: right; text-indent: 0 }
.pic { background: #bbb; border: 1px solid #888; print-color-adjust: exact; -webkit-print-color-adjust: exact; min-width: 160px; margin-bottom: 6px }
.flex > .pic { flex: 0 0 48% }
.caption { flex: 1 1 0; min-width: 0 }
.caption p { margin: 0 0 4px }
.credit { font-size: 11px }
.fbox { border: 1px dashed #000; padding: 8px; font-size: 13px; margin: 6px 0 }
.fbox .ft { font-weight: bold }
footer { font-size: 12px; padding-top: 28px; display: flex; justify-content: space-between }
`;
}
