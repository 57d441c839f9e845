/**
 * The tune6 PDF layout: the page as HTML for Chromium to print, on a grid of four to eight
 * columns. Stories take spans by their weight (the grid packed densely or in order), bodies run
 * in CSS columns with or without rules, heads span the story or stand vertical at its left or
 * right, sidebars sit in ruled grey boxes, photos are grey boxes with their captions under or
 * beside them and credits on a line or set vertical, charts are bars with their figures, and the
 * page ends with its furniture. Each choice is a `pdf:` trait.
 */
import { escapeHtml } from '../corpus-gold/escape-html.ts';
import type { Dice } from './random.ts';
import type { Page, Story } from './pages.ts';

const e = escapeHtml;

/** The HTML of `page` and the width to print it at; the layout's choices are added to `traits`. */
export function layoutPage(
	page: Page,
	dice: Dice,
	vertical: Set<Story>,
	traits: Set<string>,
): { html: string; width: number } {
	const width = dice.pick([960, 1080, 1200, 1320]);
	const cols = dice.int(4, 8);
	traits.add(cols <= 5 ? 'pdf:columns-4-5' : 'pdf:columns-6-8');
	const size = dice.pick([10, 11, 12, 13, 14]);
	traits.add(size <= 10 ? 'pdf:body-small' : size >= 13 ? 'pdf:body-large' : 'pdf:body-medium');
	const paraStyle = dice.weighted([
		['indent-2', 3],
		['indent-1', 1],
		['gap', 1],
	] as const);
	traits.add(paraStyle === 'gap' ? 'pdf:para-gap' : `pdf:para-${paraStyle}`);
	const rules = dice.chance(0.5);
	if (rules) traits.add('pdf:column-rules');
	const justify = dice.chance(0.6);
	traits.add(justify ? 'pdf:justified' : 'pdf:ragged');
	const dense = dice.chance(0.4);
	if (dense) traits.add('pdf:dense-grid');
	const columnWidth = (width - 40) / cols;
	const cells = page.stories.map((s, i) => {
		const d = dice.fork(`cell${i}`);
		const span = Math.min(
			cols,
			Math.max(
				1,
				s.role === 'lead' || (s.role === 'essay' && s.weight > 8)
					? d.int(Math.ceil(cols / 2), cols)
					: Math.round(s.weight / 2.5) + d.int(0, 1),
			),
		);
		return cell(s, d, span, columnWidth, vertical.has(s), traits);
	});
	const [y, m, d] = page.date.split('-');
	const headerForm = dice.int(0, 2);
	const header =
		headerForm === 0
			? `<div class="hd"><span class="pn">${page.page}</span><span class="name">${e(page.pageName)}</span><span class="meta">${page.paper}\u3000${y}年${Number(m)}月${Number(d)}日\u3000${page.weekday}</span></div>`
			: headerForm === 1
				? `<div class="hd"><span class="meta">${y}年${Number(m)}月${Number(d)}日\u3000${page.weekday}</span><span class="name">第${String(page.page).padStart(2, '0')}版：${e(page.pageName)}</span><span class="meta">${page.paper}</span></div>`
				: `<div class="hd"><span class="name">${e(page.pageName)}</span><span class="meta">${y}.${m}.${d}</span><span class="pn">${String(page.page).padStart(2, '0')}</span></div>`;
	const css = `
* { box-sizing: border-box; margin: 0; padding: 0; }
body { font-family: 'WenQuanYi Zen Hei', sans-serif; width: ${width}px; padding: 16px 20px; font-size: ${size}px; line-height: 1.55; color: #111; }
.hd { display: flex; justify-content: space-between; align-items: baseline; border-bottom: 3px double #333; padding-bottom: 6px; margin-bottom: 10px; }
.hd .name { font-size: 26px; font-weight: bold; }
.hd .pn { font-size: 22px; }
.hd .meta { font-size: 12px; }
.banner { font-size: 34px; font-weight: bold; text-align: center; margin: 4px 0 12px; letter-spacing: 4px; }
.grid { display: grid; grid-template-columns: repeat(${cols}, 1fr); gap: 14px 16px; ${dense ? 'grid-auto-flow: row dense;' : ''} }
.st { border-top: 1px solid #888; padding-top: 6px; }
.st.box { border: 1px solid #555; background: #f2f2f2; padding: 8px; }
.lab { display: inline-block; background: #333; color: #fff; font-size: 12px; padding: 1px 6px; margin-bottom: 4px; }
.lab.plain { background: none; color: #333; border-bottom: 2px solid #333; padding: 0; }
.kick { font-size: ${size + 2}px; margin-bottom: 2px; }
.hl { font-size: ${size + 10}px; font-weight: bold; line-height: 1.3; margin-bottom: 4px; }
.lead .hl { font-size: ${size + 16}px; }
.sub { font-size: ${size + 2}px; margin-bottom: 4px; }
.by { font-size: ${size - 1}px; margin: 2px 0 6px; color: #333; }
.body { column-gap: 14px; ${rules ? 'column-rule: 1px solid #aaa;' : ''} text-align: ${justify ? 'justify' : 'left'}; }
.body p { ${paraStyle === 'gap' ? 'margin-bottom: 0.5em;' : `text-indent: ${paraStyle === 'indent-2' ? 2 : 1}em;`} }
.body p.it { text-indent: 0; font-weight: bold; margin: 4px 0; }
.body p.verse { text-indent: 0; }
.row { display: flex; gap: 10px; }
.row.rev { flex-direction: row-reverse; }
.vh { writing-mode: vertical-rl; font-size: ${size + 12}px; font-weight: bold; letter-spacing: 2px; }
.pic { background: #c8c8c8; margin-bottom: 4px; }
.cap { font-size: ${size - 1}px; }
.cred { font-size: ${size - 2}px; text-align: right; color: #444; }
.cred.v { writing-mode: vertical-rl; text-align: left; }
.bars { display: flex; align-items: flex-end; gap: 8px; height: 150px; border-bottom: 1px solid #333; margin-bottom: 4px; }
.bar { flex: 1; background: #777; position: relative; }
.bar span { position: absolute; top: -16px; left: 0; font-size: 10px; }
.axis { display: flex; gap: 8px; font-size: 10px; margin-bottom: 4px; }
.axis span { flex: 1; text-align: center; }
.ft { margin-top: 14px; border-top: 1px solid #333; padding-top: 4px; font-size: 11px; display: flex; gap: 24px; }
`;
	const banner = page.banner ? `<div class="banner">${e(page.banner)}</div>` : '';
	const footer = `<div class="ft">${page.footer.map((l) => `<span>${e(l)}</span>`).join('')}</div>`;
	const html = `<!doctype html><html lang="zh"><head><meta charset="utf-8"><style>${css}</style></head><body>${header}${banner}<div class="grid">${cells.join('')}</div>${footer}</body></html>`;
	return { html, width };
}

function cell(s: Story, dice: Dice, span: number, columnWidth: number, vertical: boolean, traits: Set<string>): string {
	const g = s.gold;
	const cls = ['st', s.role === 'lead' ? 'lead' : '', s.boxed ? 'box' : ''].filter(Boolean).join(' ');
	const style = `grid-column: span ${span};`;
	const lab = g.section
		? `<div class="lab${s.labelMark === 'bare' ? ' plain' : ''}">${e(s.labelMark === '【】' ? `【${g.section}】` : s.labelMark === '■' ? `■ ${g.section}` : g.section)}</div>`
		: '';
	if (g.kind === 'photo')
		return `<div class="${cls}" style="${style}">${lab}${photoHtml(s, dice, span, columnWidth, traits)}</div>`;
	const heads = [
		g.kicker ? `<div class="kick">${e(g.kicker)}</div>` : '',
		g.headline && !vertical ? `<div class="hl">${e(g.headline)}</div>` : '',
		g.subheadline ? `<div class="sub">${e(g.subheadline)}</div>` : '',
	].join('');
	const by = g.byline ? `<div class="by">${e((s.bylineMark ?? '') + g.byline)}</div>` : '';
	const inner = Math.max(
		1,
		Math.min(span, s.role === 'poem' || s.role === 'results' ? 1 : 3, Math.floor((span * columnWidth) / 150)),
	);
	const paras = g.paragraphs
		.map((p, k) => {
			const c = g.intertitles?.includes(k)
				? ' class="it"'
				: s.role === 'poem' || s.role === 'results'
					? ' class="verse"'
					: '';
			return `<p${c}>${e(p)}</p>`;
		})
		.join('');
	const body = `<div class="body" style="column-count: ${inner};">${paras}</div>`;
	if (vertical && g.headline) {
		const right = dice.chance(0.5);
		traits.add(right ? 'pdf:vertical-headline-right' : 'pdf:vertical-headline-left');
		return `<div class="${cls}" style="${style}">${lab}<div class="row${right ? ' rev' : ''}"><div class="vh">${e(g.headline)}</div><div>${heads}${by}${body}</div></div></div>`;
	}
	return `<div class="${cls}" style="${style}">${lab}${heads}${by}${body}</div>`;
}

function photoHtml(s: Story, dice: Dice, span: number, columnWidth: number, traits: Set<string>): string {
	const g = s.gold;
	const title = g.headline ? `<div class="hl" style="font-size: 1.4em;">${e(g.headline)}</div>` : '';
	const caption = g.paragraphs.map((p) => `<p class="cap">${e(p)}</p>`).join('');
	const verticalCredit = dice.chance(0.25) && !s.bars;
	if (verticalCredit) traits.add('pdf:credit-vertical');
	const credit = g.credit ? `<div class="cred${verticalCredit ? ' v' : ''}">${e(g.credit)}</div>` : '';
	let picture: string;
	if (s.bars) {
		const top = Math.max(...s.bars.map((b) => b.value));
		picture = `<div class="bars">${s.bars.map((b) => `<div class="bar" style="height: ${Math.round((b.value / top) * 130)}px;"><span>${b.value}</span></div>`).join('')}</div><div class="axis">${s.bars.map((b) => `<span>${b.label}</span>`).join('')}</div>`;
	} else {
		const w = span * columnWidth;
		const count = s.pictures ?? 1;
		picture = Array.from(
			{ length: count },
			() => `<div class="pic" style="height: ${dice.int(Math.round(w * 0.3), Math.round(w * 0.6))}px;"></div>`,
		).join('');
	}
	const beside = span >= 3 && !s.bars && dice.chance(0.35);
	traits.add(beside ? 'pdf:caption-beside' : 'pdf:caption-under');
	if (beside)
		return `${title}<div class="row"><div style="flex: 2;">${picture}</div><div style="flex: 1;">${caption}${credit}</div></div>`;
	if (verticalCredit) return `${title}<div class="row"><div style="flex: 1;">${picture}${caption}</div>${credit}</div>`;
	return `${title}${picture}${caption}${credit}`;
}
