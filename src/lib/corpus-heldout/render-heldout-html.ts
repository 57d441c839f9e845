import type { Rng } from '../bench/prng.ts';
import { escapeHtml } from '../corpus-gold/escape-html.ts';
import { markedByline, markedLabel } from './render-heldout-text.ts';
import type { ComposedItem, ComposedPage } from './types.ts';

/** A page laid out in HTML for Chromium to print, and the traits its layout gave it. */
export interface HtmlPage {
	html: string;
	traits: string[];
}

const style = `
@page { margin: 0 }
* { box-sizing: border-box; margin: 0; padding: 0 }
body { width: 1100px; padding: 28px 34px; font-family: 'WenQuanYi Zen Hei', 'Noto Sans CJK SC', sans-serif; color: #111; font-size: 10.5px; line-height: 1.6 }
.mast { display: flex; justify-content: space-between; align-items: baseline; border-bottom: 3px double #333; padding-bottom: 6px; margin-bottom: 10px }
.mast .paper { font-size: 22px; letter-spacing: 4px }
.banner { font-size: 34px; text-align: center; padding: 8px 0 12px; border-bottom: 1px solid #999; margin-bottom: 12px; letter-spacing: 3px }
.grid { display: grid; grid-template-columns: repeat(12, 1fr); gap: 16px 18px; align-items: start }
.item { min-width: 0 }
.boxed { border: 1px solid #555; padding: 8px }
.tinted { background: #eef0f3; padding: 8px }
.label { display: inline-block; font-size: 12px; background: #222; color: #fff; padding: 1px 6px; margin-bottom: 4px }
.label.plain { background: none; color: #a00; border-bottom: 2px solid #a00; padding: 0 }
.kicker { font-size: 12px; color: #333 }
h1 { font-size: 22px; line-height: 1.25; font-weight: bold; margin: 2px 0 }
h1.lead { font-size: 32px }
.sub { font-size: 13px; margin-bottom: 2px }
.byline { font-size: 11px; margin: 4px 0 6px }
.body p { text-indent: 2em; text-align: justify; margin-bottom: 2px }
.body p.flat { text-indent: 0 }
.body .inter { text-align: center; font-weight: bold; font-size: 12px; margin: 6px 0 }
.body .sign { text-align: right }
.body .q { font-weight: bold }
.body .box { border: 1px dashed #666; padding: 6px; margin-bottom: 6px; break-inside: avoid }
.side { display: grid; grid-template-columns: 1fr 9em; gap: 12px }
.side.left { grid-template-columns: 9em 1fr }
.side.left > div { order: 2 }
.side h1 { font-size: 21px }
.img { background: #c9ccd1; width: 100% }
figcaption { font-size: 10px; margin-top: 4px; text-align: justify }
.credit { text-align: right; font-size: 10px }
.figs { display: grid; gap: 10px }
.brief h4 { font-size: 12px; margin-top: 6px }
.foot { display: flex; justify-content: space-between; border-top: 1px solid #333; margin-top: 14px; padding-top: 4px; font-size: 10px }
`;

interface Layout {
	rng: Rng;
	traits: Set<string>;
}

function labelHtml(item: ComposedItem, layout: Layout): string {
	if (!item.gold.section || !item.labelPrinted) return '';
	const plain = item.labelMark === '' || layout.rng.chance(0.3);
	return `<div class="label${plain ? ' plain' : ''}">${escapeHtml(plain ? markedLabel(item) : item.gold.section)}</div>`;
}

function bodyHtml(item: ComposedItem, columns: number): string {
	const intertitles = new Set(item.gold.intertitles ?? []);
	const paragraphs = item.gold.paragraphs;
	const parts: string[] = [];
	for (let i = 0; i < paragraphs.length; i++) {
		const p = escapeHtml(paragraphs[i]);
		if (paragraphs[i] === '核心阅读') {
			parts.push(
				`<div class="box"><div class="inter">${p}</div><p class="flat">${escapeHtml(paragraphs[++i])}</p></div>`,
			);
		} else if (paragraphs[i + 1] === '——编 者') {
			parts.push(`<div class="box"><p>${p}</p><p class="sign">——编 者</p></div>`);
			i++;
		} else if (intertitles.has(i)) parts.push(`<div class="inter">${p}</div>`);
		else parts.push(`<p class="${/？$/.test(paragraphs[i]) ? 'q' : ''}">${p}</p>`);
	}
	return `<div class="body" style="column-count:${columns};column-gap:14px">${parts.join('')}</div>`;
}

function headHtml(item: ComposedItem, lead: boolean): string {
	const { gold } = item;
	return [
		gold.kicker ? `<div class="kicker">${escapeHtml(gold.kicker)}</div>` : '',
		`<h1${lead ? ' class="lead"' : ''}>${item.headlineLines.map(escapeHtml).join('<br>')}</h1>`,
		gold.subheadline ? `<div class="sub">${escapeHtml(gold.subheadline)}</div>` : '',
	].join('');
}

function storyHtml(item: ComposedItem, layout: Layout): string {
	const { rng } = layout;
	const lead = item.role === 'lead';
	const span = lead
		? rng.pick([12, 8, 9])
		: item.role === 'story' || item.role === 'interview'
			? rng.pick([4, 6, 8])
			: rng.pick([3, 4]);
	const columns = Math.max(1, Math.round(span / rng.pick([3, 4])));
	const box = item.role === 'sidebar' ? ' tinted' : item.role === 'commentary' && rng.chance(0.6) ? ' boxed' : '';
	const byline = item.gold.byline ? `<div class="byline">${escapeHtml(markedByline(item))}</div>` : '';
	const bylineLast = item.role === 'commentary' && rng.chance(0.3);
	const beside = item.role !== 'lead' && item.headlineLines.length === 1 && !item.gold.kicker && rng.chance(0.12);
	const head = headHtml(item, lead);
	let inner: string;
	if (beside) {
		// A headline set in a narrow column beside its body, wrapping over several lines.
		layout.traits.add('side-headline');
		const side = rng.chance(0.5) ? 'side left' : 'side';
		inner = `<div class="${side}"><div>${byline}${bodyHtml(item, columns)}</div><div>${head}</div></div>`;
	} else inner = head + (bylineLast ? '' : byline) + bodyHtml(item, columns) + (bylineLast ? byline : '');
	return `<section class="item${box}" style="grid-column:span ${span}">${labelHtml(item, layout)}${inner}</section>`;
}

function figureHtml(item: ComposedItem, rng: Rng): string {
	const credit = item.creditLines.map(escapeHtml).join('<br>');
	const inline = item.creditLines.length === 1 && rng.chance(0.4);
	return [
		'<figure>',
		item.gold.headline !== null && rng.chance(0.5) ? `<h1>${escapeHtml(item.gold.headline)}</h1>` : '',
		`<div class="img" style="height:${rng.int(90, 230)}px"></div>`,
		`<figcaption>${escapeHtml(item.gold.paragraphs[0])}${inline ? `\u3000${credit}` : ''}</figcaption>`,
		inline ? '' : `<div class="credit">${credit}</div>`,
		'</figure>',
	].join('');
}

function groupHtml(unit: ComposedItem[], layout: Layout): string {
	const { rng } = layout;
	const first = unit[0];
	if (first.role === 'brief') {
		const bullet = rng.pick(['●', '']);
		const briefs = unit.map(
			(item) => `<div class="brief"><h4>${bullet}${escapeHtml(item.gold.headline!)}</h4>${bodyHtml(item, 1)}</div>`,
		);
		return `<section class="item boxed" style="grid-column:span ${rng.pick([3, 4])}">${labelHtml(first, layout)}${briefs.join('')}</section>`;
	}
	const span = unit.length > 1 ? rng.pick([6, 8, 12]) : rng.pick([3, 4, 6]);
	const across = unit.length > 1 ? Math.min(unit.length, Math.round(span / 3)) : 1;
	const figures = unit.map((item) => {
		let html = figureHtml(item, rng);
		if (item.gold.headline !== null && !html.includes('<h1>'))
			html = html.replace('</figure>', `<h1>${escapeHtml(item.gold.headline)}</h1></figure>`);
		return html;
	});
	return `<section class="item" style="grid-column:span ${span}">${labelHtml(first, layout)}<div class="figs" style="grid-template-columns:repeat(${across},1fr)">${figures.join('')}</div></section>`;
}

/** Lays a page out as a printed newspaper page: masthead, banner, blocks of columns, footer. */
export function renderHtml(page: ComposedPage, rng: Rng): HtmlPage {
	const layout: Layout = { rng, traits: new Set() };
	const blocks: string[] = [];
	const items = page.items;
	for (let i = 0; i < items.length; i++) {
		const item = items[i];
		if (item.role === 'photo' || item.role === 'brief') {
			const unit = [item];
			while (item.group !== undefined && items[i + 1]?.group === item.group) unit.push(items[++i]);
			blocks.push(groupHtml(unit, layout));
		} else blocks.push(storyHtml(item, layout));
	}
	const f = page.furniture;
	const banner = page.gold.banner ? `<div class="banner">${escapeHtml(page.gold.banner)}</div>` : '';
	const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>${style}</style></head><body>
<div class="mast"><span>${escapeHtml(f.header)}</span><span class="paper">${escapeHtml(f.paper)}</span><span>${escapeHtml(f.dateLine)}</span></div>
${banner}<main class="grid">${blocks.join('\n')}</main>
<div class="foot"><span>${escapeHtml(f.editor)}</span><span>${escapeHtml(f.pageNumber)}</span></div>
</body></html>
`;
	return { html, traits: [...layout.traits] };
}
