/**
 * The tune4 generator's page layout: HTML that Chromium prints to PDF. A page is a header, maybe
 * a banner, and rows of blocks on a grid of four to eight columns; a story's body flows in CSS
 * columns across its block, heads span the block or stand beside it (horizontal or vertical),
 * sidebars are boxed beside or under their story, photos carry their caption under or beside.
 */
import { escapeHtml } from '../corpus-gold/escape-html.ts';
import type { Rng } from './random.ts';
import type { PageModel, Story } from './story.ts';

/** A laid-out page: its HTML and its width in CSS pixels. */
export interface Layout {
	html: string;
	width: number;
}

const e = escapeHtml;

/** The span (columns) a story of each role asks for on a grid of `cols` columns. */
function span(rng: Rng, s: Story, cols: number): number {
	switch (s.role) {
		case 'lead':
			return rng.pick([cols, cols - 1, cols - 2, Math.ceil(cols / 2) + 1]);
		case 'theory':
			return rng.pick([cols, cols - 1, cols - 2]);
		case 'interview':
			return rng.pick([cols, cols - 1, cols - 2]);
		case 'news':
		case 'essay':
			return rng.int(2, 3);
		case 'photo':
			return rng.int(1, 3);
		case 'brief':
		case 'poem':
		case 'results':
		case 'data':
		case 'sidebar':
			return rng.int(1, 2);
		default:
			return rng.int(1, 2);
	}
}

/** Page-wide drawing choices. */
interface Style {
	cols: number;
	fs: number;
	colW: number;
	gap: number;
	indent: 'indent2' | 'indent1' | 'gap';
	rules: boolean;
	justify: boolean;
}

/** Lays out `page` as HTML; adds the `pdf:` traits it shows. */
export function layoutPage(rng: Rng, page: PageModel, date: string, pageNo: number, traits: Set<string>): Layout {
	const cols = rng.int(4, 8);
	const fs = rng.pick([10, 11, 12, 13]);
	const colW = fs * rng.int(10, 15);
	const gap = Math.round(fs * rng.pick([1, 1.2, 1.5]));
	const st: Style = {
		cols,
		fs,
		colW,
		gap,
		indent: rng.weighted([
			['indent2', 5],
			['indent1', 1],
			['gap', 2],
		] as const),
		rules: rng.chance(0.5),
		justify: rng.chance(0.6),
	};
	// Body leading as newspapers set it, tight: 1.3 to 1.45 of the type size.
	const leading = rng.pick([1.3, 1.35, 1.4, 1.45]);
	traits.add(cols <= 5 ? 'pdf:columns-4-5' : 'pdf:columns-6-8');
	traits.add(
		st.indent === 'indent2' ? 'pdf:para-indent-2' : st.indent === 'indent1' ? 'pdf:para-indent-1' : 'pdf:para-gap',
	);
	traits.add(fs <= 10 ? 'pdf:body-small' : fs >= 13 ? 'pdf:body-large' : 'pdf:body-medium');
	if (st.rules) traits.add('pdf:column-rules');
	const width = cols * colW + (cols - 1) * gap + 2 * 24;
	const hosted = new Map<number, number[]>();
	page.stories.forEach((s, i) => {
		if (s.host !== undefined && s.host >= 0 && s.host !== i) hosted.set(s.host, [...(hosted.get(s.host) ?? []), i]);
	});
	// Pack the free stories into rows of blocks.
	const rows: { story: number; span: number }[][] = [];
	let row: { story: number; span: number }[] = [];
	let left = cols;
	page.stories.forEach((s, i) => {
		if (s.host !== undefined && s.host >= 0 && s.host !== i) return;
		let want = Math.max(1, Math.min(cols, span(rng, s, cols)));
		if (want > left) {
			const small = s.role === 'photo' || s.role === 'brief' || s.role === 'commentary';
			if (left >= 1 && (small || (left >= 2 && left * 2 >= want))) want = left;
			else {
				if (row.length > 0) row[row.length - 1].span += left;
				rows.push(row);
				row = [];
				left = cols;
			}
		}
		row.push({ story: i, span: want });
		left -= want;
		if (left === 0) {
			rows.push(row);
			row = [];
			left = cols;
		}
	});
	if (row.length > 0) {
		row[row.length - 1].span += left;
		rows.push(row);
	}
	const body = rows
		.map(
			(r) =>
				`<div class="row">${r
					.map((b, k) => block(rng, page.stories, b.story, b.span, hosted.get(b.story) ?? [], st, k > 0, traits))
					.join('')}</div>`,
		)
		.join('\n');
	const dateText = `${date.slice(0, 4)}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
	const headerOrder = rng.chance(0.5);
	const header = headerOrder
		? `<div class="mast"><span>第${String(pageNo).padStart(2, '0')}版</span><b>${e(page.pageName)}</b><span>${dateText}</span></div>`
		: `<div class="mast"><span>${dateText}</span><b>${e(page.pageName)}</b><span>第${String(pageNo).padStart(2, '0')}版</span></div>`;
	const banner = page.banner ? `<h1 class="banner">${e(page.banner)}</h1>` : '';
	const foot = page.furniture.length > 0 ? `<div class="foot">${page.furniture.map(e).join('\u3000')}</div>` : '';
	const css = `
*{margin:0;padding:0;box-sizing:border-box}
body{font-family:'WenQuanYi Zen Hei',sans-serif;font-size:${fs}px;line-height:${leading};color:#111;background:#fff}
.page{width:${width}px;padding:16px 24px 24px}
.mast{display:flex;justify-content:space-between;align-items:baseline;border-bottom:3px double #222;padding-bottom:4px;margin-bottom:10px;font-size:${fs + 1}px}
.mast b{font-size:${fs * 2}px;letter-spacing:0.3em}
.banner{text-align:center;font-size:${fs * 3}px;margin:6px 0 12px;letter-spacing:0.1em}
.row{display:grid;grid-template-columns:repeat(${cols},${colW}px);column-gap:${gap}px;margin-bottom:${fs}px;border-bottom:1px solid #888;padding-bottom:${fs}px;align-items:start}
.blk{min-width:0}
.ruled{border-left:1px solid #555;padding-left:${Math.round(gap / 2)}px;margin-left:-${Math.round(gap / 2)}px}
.cols{column-gap:${gap}px}
.cols.rule{column-rule:1px solid #999}
p{${st.justify ? 'text-align:justify;' : ''}${st.indent === 'gap' ? `margin-bottom:${Math.round(fs * 0.6)}px;` : ''}}
p.t{text-indent:${st.indent === 'indent2' ? '2em' : st.indent === 'indent1' ? '1em' : '0'}}
p.line{text-indent:0;text-align:left;margin:0}
p.it{font-weight:bold;text-indent:0;text-align:center;margin:${Math.round(fs * 0.4)}px 0}
.kick,.sub{font-size:${Math.round(fs * 1.2)}px}
.sub{margin-bottom:4px}
.hl{font-weight:bold;line-height:1.25;margin:2px 0 4px}
.by{font-size:${fs}px;margin:2px 0 6px}
.tailby{text-align:right;text-indent:0}
.lab{display:inline-block;font-weight:bold;margin-bottom:4px}
.lab.inv{background:#222;color:#fff;padding:1px 6px}
.lab.box{border:1px solid #222;padding:1px 6px}
.side{border:1px solid #333;background:#eee;padding:6px;margin:6px 0}
.pic{background:#bbb;border:1px solid #999}
.cap{font-size:${Math.max(9, fs - 1)}px;margin-top:3px}
.credit{text-align:right;font-size:${Math.max(9, fs - 1)}px}
.vcred{writing-mode:vertical-rl;font-size:${Math.max(9, fs - 2)}px}
.vhead{writing-mode:vertical-rl;font-weight:bold;line-height:1.2}
.flex{display:flex;gap:${gap}px;align-items:flex-start}
.foot{margin-top:8px;font-size:${Math.max(9, fs - 1)}px;text-align:right}
`;
	const html = `<!doctype html><html><head><meta charset="utf-8"><style>${css}</style></head><body><div class="page">${header}${banner}\n${body}\n${foot}</div></body></html>`;
	return { html, width };
}

/** A label as the page prints it: inverse, boxed or plain. */
function labelHtml(rng: Rng, label: string): string {
	const cls = rng.pick(['lab inv', 'lab box', 'lab']);
	return `<div class="${cls}">${e(label)}</div>`;
}

/** The heads of a story (kicker, headline, subheadline) as HTML at a headline size. */
function heads(s: Story, size: number, align: string): string {
	const g = s.item;
	return `<div style="text-align:${align}">${g.kicker ? `<div class="kick">${e(g.kicker)}</div>` : ''}${
		g.headline !== null ? `<div class="hl" style="font-size:${size}px">${e(g.headline)}</div>` : ''
	}${g.subheadline ? `<div class="sub">${e(g.subheadline)}</div>` : ''}</div>`;
}

/** The paragraphs of a story as HTML. */
function paras(s: Story): string {
	const its = new Set(s.item.intertitles ?? []);
	return s.item.paragraphs
		.map((p, i) => `<p class="${s.lines ? 'line' : its.has(i) ? 'it' : 't'}">${e(p)}</p>`)
		.join('');
}

/** One block of a row: a story with its sidebars, spanning `n` columns. */
function block(
	rng: Rng,
	stories: Story[],
	i: number,
	n: number,
	sidebars: number[],
	st: Style,
	ruled: boolean,
	traits: Set<string>,
): string {
	const s = stories[i];
	const wrapCls = `blk${ruled && st.rules ? ' ruled' : ''}`;
	const open = `<div class="${wrapCls}" style="grid-column:span ${n}">`;
	const label = s.label ? labelHtml(rng, s.label) : s.groupLabel ? labelHtml(rng, s.groupLabel) : '';
	if (s.role === 'photo') return open + label + photoHtml(rng, s, n, st, traits) + '</div>';
	const big = s.role === 'lead' || s.role === 'theory' || s.role === 'interview';
	const size = Math.round(st.fs * (big ? rng.pick([2.2, 2.6, 3]) : s.role === 'brief' ? 1.3 : rng.pick([1.5, 1.8, 2])));
	const align = big && rng.chance(0.6) ? 'center' : 'left';
	const headHtml = heads(s, size, align);
	const by = s.headByline
		? `<div class="by" style="text-align:${rng.pick(['left', 'center', 'right'])}">${s.headByline.split('\n').map(e).join('<br>')}</div>`
		: '';
	const tail = s.tailByline ? `<p class="tailby">${e(s.tailByline)}</p>` : '';
	const sideHtml = sidebars.map((k) => {
		const side = stories[k];
		return `<div class="side">${side.label ? labelHtml(rng, side.label) : ''}${heads(side, Math.round(st.fs * 1.3), 'left')}${paras(side)}</div>`;
	});
	// Body columns: the block's span, less one when a sidebar stands beside.
	const sideBeside = sidebars.length > 0 && n >= 3 && rng.chance(0.6);
	const bodyCols = Math.max(1, sideBeside ? n - 1 : n);
	const rule = st.rules && rng.chance(0.7) ? ' rule' : '';
	const bodyHtml = `<div class="cols${rule}" style="column-count:${bodyCols}">${paras(s)}${tail}</div>`;
	let inner: string;
	const side = rng.chance(0.5) ? 'right' : 'left';
	if (sideBeside) {
		traits.add(side === 'right' ? 'pdf:sidebar-right' : 'pdf:sidebar-left');
		const w = st.colW;
		const sideCol = `<div style="flex:0 0 ${w}px">${sideHtml.join('')}</div>`;
		const main = `<div style="flex:1;min-width:0">${bodyHtml}</div>`;
		inner = `<div class="flex">${side === 'right' ? main + sideCol : sideCol + main}</div>`;
	} else {
		if (sidebars.length > 0) traits.add('pdf:sidebar-bottom');
		inner = bodyHtml + sideHtml.join('');
	}
	// Heads: over the block, or beside it (a side head, horizontal or vertical).
	const headPos =
		n >= 3 && s.item.headline !== null && (s.role === 'news' || s.role === 'lead')
			? rng.weighted([
					['top', 6],
					['side', 1],
					['vertical', 1],
				] as const)
			: 'top';
	if (headPos === 'side') {
		traits.add('pdf:side-headline');
		return `${open}${label}<div class="flex"><div style="flex:0 0 ${st.colW}px">${headHtml}${by}</div><div style="flex:1;min-width:0">${inner.replace(`column-count:${bodyCols}`, `column-count:${Math.max(1, bodyCols - 1)}`)}</div></div></div>`;
	}
	if (headPos === 'vertical') {
		const right = rng.chance(0.5);
		traits.add(right ? 'pdf:vertical-headline-right' : 'pdf:vertical-headline-left');
		traits.add('vertical-headline');
		const g = s.item;
		const v = `<div class="vhead" style="font-size:${size}px">${g.kicker ? `<span class="kick">${e(g.kicker)}</span><br>` : ''}${e(g.headline ?? '')}${g.subheadline ? `<br><span class="sub">${e(g.subheadline)}</span>` : ''}</div>`;
		const main = `<div style="flex:1;min-width:0">${by}${inner}</div>`;
		return `${open}${label}<div class="flex">${right ? main + v : v + main}</div></div>`;
	}
	return `${open}${label}${headHtml}${by}${inner}</div>`;
}

/** A photo block: picture, caption under or beside, the credit run on, on its line or vertical. */
function photoHtml(rng: Rng, s: Story, n: number, st: Style, traits: Set<string>): string {
	const g = s.item;
	const w = n * st.colW + (n - 1) * st.gap;
	const h = Math.round(w * rng.pick([0.45, 0.6, 0.75]));
	const creditForm = rng.weighted([
		['inline', 3],
		['line', 3],
		['vertical', 1],
	] as const);
	const title =
		g.headline !== null ? `<div class="hl" style="font-size:${Math.round(st.fs * 1.4)}px">${e(g.headline)}</div>` : '';
	const credit = s.creditLine ?? '';
	const caps = g.paragraphs.map((p) => `<p class="cap">${e(p)}</p>`);
	const cap =
		creditForm === 'inline'
			? [...caps.slice(0, -1), caps[caps.length - 1].replace('</p>', `\u3000${e(credit)}</p>`)].join('')
			: `${caps.join('')}${creditForm === 'line' ? `<div class="credit">${e(credit)}</div>` : ''}`;
	const pic =
		creditForm === 'vertical'
			? (traits.add('pdf:credit-vertical'),
				`<div class="flex"><div class="pic" style="width:${w - st.fs * 2}px;height:${h}px"></div><div class="vcred">${e(credit)}</div></div>`)
			: g.paragraphs.length > 1
				? `<div class="flex" style="gap:2px;flex-wrap:wrap;width:${w}px">${g.paragraphs
						.map(
							(p) =>
								`<div class="pic" style="width:${Math.floor(w / 2) - 2}px;height:${Math.round(h / 2)}px;color:#fff;padding:2px">${e(p.slice(1, 2))}</div>`,
						)
						.join('')}</div>`
				: `<div class="pic" style="width:${w}px;height:${h}px"></div>`;
	const beside = n >= 2 && rng.chance(0.3);
	const titleFirst = rng.chance(0.5);
	if (beside) {
		traits.add('pdf:caption-beside');
		const pw = Math.round(w * 0.6);
		const picB = pic
			.replace(`width:${w}px`, `width:${pw}px`)
			.replace(`width:${w - st.fs * 2}px`, `width:${pw - st.fs * 2}px`);
		return `<div class="flex"><div style="flex:0 0 ${pw}px">${picB}</div><div style="flex:1;min-width:0">${title}${cap}</div></div>`;
	}
	traits.add('pdf:caption-under');
	return titleFirst ? `${title}${pic}${cap}` : `${pic}${title}${cap}`;
}
