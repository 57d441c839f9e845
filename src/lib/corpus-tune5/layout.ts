/**
 * The tune5 generator's PDF layout: the page's stories set as HTML on a grid of three to eight
 * columns for Chromium to print. Rows of cells, each cell a span of grid columns holding one story
 * or a stack of small ones (a brief group boxed under its heading); bodies flow in CSS columns;
 * heads span the story, sit beside it or run vertically at its left or right; labels as tabs;
 * photos and charts with captions under or beside and credits on their own line, run on or
 * vertical. Each choice a page shows becomes a `pdf:` trait.
 */
import { escapeHtml } from '../corpus-gold/escape-html.ts';
import type { Page, Story } from './pages.ts';
import type { Dice } from './random.ts';

interface Style {
	width: number;
	columns: number;
	gap: number;
	body: number;
	leading: number;
	para: 'indent-2' | 'indent-1' | 'gap';
	justify: boolean;
	rules: boolean;
	headScale: number;
	captionBeside: number;
	creditMode: 'line' | 'vertical' | 'mixed';
}

function drawStyle(d: Dice, t: Set<string>): Style {
	const columns = d.int(3, 8);
	const width = d.int(Math.max(860, columns * 130), Math.min(1560, columns * 220));
	const body = d.pick([10, 11, 12, 12, 13, 14, 15]);
	const s: Style = {
		width,
		columns,
		gap: d.int(14, 26),
		body,
		leading: d.pick([1.35, 1.45, 1.55, 1.7]),
		para: d.pick(['indent-2', 'indent-2', 'indent-1', 'gap'] as const),
		justify: d.chance(0.6),
		rules: d.chance(0.5),
		headScale: d.pick([1.6, 1.9, 2.2, 2.6]),
		captionBeside: d.pick([0, 0.3, 0.6]),
		creditMode: d.pick(['line', 'line', 'vertical', 'mixed'] as const),
	};
	t.add(columns <= 5 ? (columns === 3 ? 'pdf:columns-3' : 'pdf:columns-4-5') : 'pdf:columns-6-8');
	t.add(body <= 11 ? 'pdf:body-small' : body >= 14 ? 'pdf:body-large' : 'pdf:body-medium');
	t.add(`pdf:para-${s.para}`);
	t.add(s.justify ? 'pdf:justified' : 'pdf:ragged');
	if (s.rules) t.add('pdf:column-rules');
	return s;
}

const e = escapeHtml;

/** One cell of a row: a span of grid columns and the stories stacked in it. */
interface Cell {
	span: number;
	stories: Story[];
}

/** Groups the stories into units: a brief group is one unit, any other story its own. */
function units(stories: Story[]): Story[][] {
	const out: Story[][] = [];
	let group: Story[] | undefined;
	for (const s of stories) {
		if (s.groupHead) group = [];
		if (group) {
			group.push(s);
			if (s.groupEnd) {
				out.push(group);
				group = undefined;
			}
		} else out.push([s]);
	}
	if (group) out.push(group);
	return out;
}

/** Packs units into rows of cells spanning the grid. */
function rows(d: Dice, stories: Story[], C: number): Cell[][] {
	const all = units(stories);
	const out: Cell[][] = [];
	let row: Cell[] = [];
	let used = 0;
	const close = () => {
		if (row.length === 0) return;
		row[row.length - 1].span += C - used;
		out.push(row);
		row = [];
		used = 0;
	};
	for (let i = 0; i < all.length; i++) {
		const unit = all[i];
		const first = unit[0];
		let span: number;
		if (first.role === 'lead' || first.role === 'feature')
			span = C <= 4 || d.chance(0.5) ? C : C - d.int(1, Math.min(2, C - 2));
		else if (first.role === 'photo' || first.role === 'chart')
			span = Math.min(C, d.int(2, Math.max(2, Math.ceil(C / 2))));
		else if (first.role === 'brief' || first.role === 'box' || first.role === 'guide') span = Math.min(C, d.int(1, 2));
		else span = Math.min(C, d.int(2, Math.max(2, C - 2)));
		if (used + span > C) close();
		// A narrow side cell may stack two small units.
		const cell: Cell = { span, stories: [...unit] };
		if (
			span <= 2 &&
			i + 1 < all.length &&
			all[i + 1].every((s) => s.role !== 'lead' && s.role !== 'feature') &&
			d.chance(0.3)
		) {
			cell.stories.push(...all[++i]);
		}
		row.push(cell);
		used += span;
		if (used >= C) close();
	}
	close();
	return out;
}

/** Lays out the page as HTML; returns it with the width to print it at; adds the layout's traits. */
export function layoutPage(page: Page, d: Dice, vertical: ReadonlySet<Story>): { html: string; width: number } {
	const t = page.traits;
	const s = drawStyle(d, t);
	const colWidth = (s.width - 40 - (s.columns - 1) * s.gap) / s.columns;
	const parts: string[] = [];
	// Masthead.
	if (page.type === 'front') {
		parts.push(
			`<div class="mast"><div class="paper">${e(page.top[0])}</div><div class="mline">${page.top.slice(1).map(e).join('<span class="sep"></span>')}</div></div>`,
		);
	} else {
		const [a, ...rest] = page.top;
		parts.push(`<div class="bar"><span>${e(a)}</span><span>${rest.map(e).join('\u3000')}</span></div>`);
	}
	if (page.banner) parts.push(`<div class="banner">${e(page.banner)}</div>`);
	// The front page's lead: its heads 通栏, across the page, over the rows.
	const lead = page.type === 'front' ? page.stories.find((x) => x.role === 'lead') : undefined;
	const spanned = new Set<Story>();
	if (lead && !vertical.has(lead)) {
		const g = lead.gold;
		const size = Math.round(
			Math.min(s.body * s.headScale * 2, (s.width - 60) / Math.max(8, [...(g.headline ?? '')].length + 1)),
		);
		parts.push(
			`<div class="tonglan">${g.kicker ? `<div class="kicker">${e(g.kicker)}</div>` : ''}<div class="hl" style="font-size:${size}px;text-align:center">${e(g.headline ?? '')}</div>${g.subheadline ? `<div class="sub" style="text-align:center">${e(g.subheadline)}</div>` : ''}</div>`,
		);
		spanned.add(lead);
		t.add('pdf:headline-across');
	}
	for (const row of rows(d, page.stories, s.columns)) {
		parts.push(`<div class="row">`);
		for (const cell of row) {
			const w = cell.span * colWidth + (cell.span - 1) * s.gap;
			parts.push(`<div class="cell" style="width:${w.toFixed(1)}px">`);
			let inGroup = false;
			for (const story of cell.stories) {
				if (story.groupHead) {
					inGroup = true;
					parts.push(`<div class="group"><div class="ghead">${e(story.groupHead)}</div>`);
				}
				parts.push(renderStory(story, d, s, t, cell.span, colWidth, vertical.has(story), spanned.has(story)));
				if (story.groupEnd && inGroup) {
					parts.push(`</div>`);
					inGroup = false;
				}
			}
			if (inGroup) parts.push(`</div>`);
			parts.push(`</div>`);
		}
		parts.push(`</div>`);
	}
	parts.push(`<div class="foot">${page.bottom.map(e).join('<span class="sep"></span>')}</div>`);
	const css = `
@page{margin:0}
body{margin:0;padding:16px 20px;font-family:"WenQuanYi Zen Hei",sans-serif;font-size:${s.body}px;line-height:${s.leading};color:#111;width:${s.width - 40}px}
.mast{text-align:center;border-bottom:3px double #700;margin-bottom:8px}
.paper{font-size:${Math.round(s.body * 4.2)}px;font-weight:bold;color:#a00;letter-spacing:8px}
.mline{font-size:${s.body}px;display:flex;justify-content:space-between}
.bar{display:flex;justify-content:space-between;border-bottom:2px solid #333;font-size:${s.body + 1}px;margin-bottom:8px;padding-bottom:3px}
.tonglan{border-bottom:1px solid #999;padding:4px 0 6px}
.banner{font-size:${Math.round(s.body * 3)}px;font-weight:bold;text-align:center;color:#b00;margin:6px 0 10px;letter-spacing:4px}
.row{display:flex;gap:${s.gap}px;align-items:flex-start;border-bottom:1px solid #999;padding:8px 0}
.cell{flex:none}
.story{margin-bottom:10px}
.box{border:1px solid #555;padding:6px 8px;background:#f4f1ea}
.group{border:1px solid #777;padding:4px 8px 2px}
.ghead{font-weight:bold;font-size:${s.body + 3}px;background:#333;color:#fff;display:inline-block;padding:0 6px;margin-bottom:6px}
.label{display:inline-block;font-size:${s.body + 1}px;color:#fff;background:#8a1c1c;padding:0 5px;margin-bottom:4px}
.label.plain{background:none;color:#8a1c1c;border-bottom:2px solid #8a1c1c}
.kicker{font-size:${Math.round(s.body * 1.2)}px}
.hl{font-weight:bold;line-height:1.25;margin:2px 0 4px}
.sub{font-size:${Math.round(s.body * 1.15)}px;margin-bottom:4px}
.byline{font-size:${s.body - 1}px;margin:2px 0 4px;color:#333}
.tail{text-align:right}
.body{column-gap:${s.gap}px;${s.rules ? 'column-rule:1px solid #bbb;' : ''}${s.justify ? 'text-align:justify;' : ''}}
.body p{margin:${s.para === 'gap' ? '0 0 0.6em' : '0'};text-indent:${s.para === 'indent-2' ? '2em' : s.para === 'indent-1' ? '1em' : '0'}}
.body p.it{text-indent:0;font-weight:bold;text-align:center;margin:0.4em 0;font-size:${s.body + 1}px}
.vwrap{display:flex;gap:8px;align-items:flex-start}
.vhead{writing-mode:vertical-rl;font-weight:bold;line-height:1.1;flex:none}
.vwrap>.rest{flex:1;min-width:0}
.side{display:flex;gap:10px}
.side>.heads{flex:none}
.side>.rest{flex:1;min-width:0}
.pic{background:#9aa3ad;position:relative}
.pwrap{display:flex;gap:6px;align-items:flex-start}
.caption{font-size:${s.body - 1}px;line-height:1.4;margin-top:3px}
.credit{font-size:${s.body - 2}px;text-align:right;color:#333}
.vcredit{writing-mode:vertical-rl;font-size:${s.body - 3}px;color:#333;flex:none}
.chart{border:1px solid #999;padding:6px;background:#fafafa}
.bars div{display:flex;align-items:center;gap:4px;font-size:${s.body - 2}px;margin:2px 0}
.bars i{display:block;height:${s.body}px;background:#c0504d}
.jump{font-size:${s.body - 1}px;text-align:right}
.foot{font-size:${s.body - 1}px;border-top:1px solid #333;margin-top:6px;padding-top:3px;display:flex;justify-content:flex-end}
.sep{display:inline-block;width:2em}
`;
	const html = `<!doctype html><html><head><meta charset="utf-8"><style>${css}</style></head><body>${parts.join('\n')}</body></html>`;
	return { html, width: s.width };
}

/** One story's HTML. */
function renderStory(
	story: Story,
	d: Dice,
	s: Style,
	t: Set<string>,
	span: number,
	colWidth: number,
	vertical: boolean,
	headsAbove = false,
): string {
	const g = story.gold;
	const cls = story.role === 'box' || story.role === 'guide' ? 'story box' : 'story';
	const width = span * colWidth + (span - 1) * s.gap;
	const headSize =
		story.role === 'lead'
			? Math.round(s.body * s.headScale * 1.5)
			: story.role === 'brief'
				? s.body + 2
				: story.role === 'photo' || story.role === 'chart'
					? s.body + 3
					: Math.round(s.body * (1.2 + (s.headScale - 1) * d.next() * 0.8));
	const label = story.labelPrinted
		? `<div class="label${d.chance(0.4) ? ' plain' : ''}">${e(story.labelPrinted)}</div>`
		: '';
	const heads: string[] = [];
	if (headsAbove) {
		// Heads already set across the page.
	} else if (g.kicker) heads.push(`<div class="kicker">${e(g.kicker)}</div>`);
	if (g.headline && !story.runIn && !headsAbove)
		heads.push(
			`<div class="hl" style="font-size:${headSize}px${story.role === 'lead' && d.chance(0.5) ? ';text-align:center' : ''}">${e(g.headline)}</div>`,
		);
	if (g.subheadline && !headsAbove) heads.push(`<div class="sub">${e(g.subheadline)}</div>`);
	const byTop =
		story.bylinePrinted && story.bylineAt === 'top' ? `<div class="byline">${e(story.bylinePrinted)}</div>` : '';
	const byTail =
		story.bylinePrinted && story.bylineAt === 'tail' ? `<div class="byline tail">${e(story.bylinePrinted)}</div>` : '';
	if (story.role === 'photo' || story.role === 'chart')
		return `<div class="${cls}">${label}${picture(story, d, s, t, width, heads.join(''))}</div>`;
	// Body columns: about one per grid column, fewer when a grid column is narrow.
	const chars = g.paragraphs.join('').length;
	const bodyCols =
		story.role === 'brief' || story.role === 'guide'
			? 1
			: Math.max(1, Math.min(span, Math.floor(width / Math.max(colWidth, 150)), Math.ceil(chars / 60)));
	const intertitles = new Set(g.intertitles ?? []);
	const paras = g.paragraphs
		.map((p, i) => {
			if (intertitles.has(i)) return `<p class="it">${e(p)}</p>`;
			if (i === 0 && story.runIn && g.headline) return `<p><b>${e(g.headline)}</b>\u3000${e(p)}</p>`;
			return `<p>${e(p)}</p>`;
		})
		.join('');
	const body = `<div class="body" style="column-count:${bodyCols}">${paras}</div>${story.jump ? `<div class="jump">${e(story.jump)}</div>` : ''}`;
	const headsHtml = heads.join('');
	if (vertical && g.headline && heads.length > 0) {
		const right = d.chance(0.5);
		t.add('vertical-headline');
		t.add(right ? 'pdf:vertical-headline-right' : 'pdf:vertical-headline-left');
		const vh = `<div class="vhead" style="font-size:${Math.max(headSize, s.body * 2)}px">${e(g.headline)}</div>`;
		const rest = `<div class="rest">${g.kicker ? `<div class="kicker">${e(g.kicker)}</div>` : ''}${g.subheadline ? `<div class="sub">${e(g.subheadline)}</div>` : ''}${byTop}${body}${byTail}</div>`;
		return `<div class="${cls}">${label}<div class="vwrap">${right ? rest + vh : vh + rest}</div></div>`;
	}
	if (span >= 3 && story.role !== 'lead' && d.chance(0.2) && heads.length > 0) {
		t.add('pdf:side-headline');
		const hw = Math.round(colWidth * d.pick([0.8, 1, 1.2]));
		return `<div class="${cls}">${label}<div class="side"><div class="heads" style="width:${hw}px">${headsHtml}${byTop}</div><div class="rest">${body}${byTail}</div></div></div>`;
	}
	const bylineFirst = byTop && d.chance(0.15);
	return `<div class="${cls}">${label}${bylineFirst ? byTop : ''}${headsHtml}${bylineFirst ? '' : byTop}${body}${byTail}</div>`;
}

/** A photo or chart with its caption and credit. */
function picture(story: Story, d: Dice, s: Style, t: Set<string>, width: number, heads: string): string {
	const g = story.gold;
	const caption = e(g.paragraphs.join(''));
	const credit = g.credit ?? '';
	const mode = s.creditMode === 'mixed' ? d.pick(['line', 'vertical'] as const) : s.creditMode;
	const inline = story.creditInline;
	const captionHtml = `<div class="caption">${caption}${inline ? `\u3000${e(credit)}` : ''}</div>`;
	const creditLine = !inline && credit && mode === 'line' ? `<div class="credit">${e(credit)}</div>` : '';
	const creditVertical = !inline && credit && mode === 'vertical';
	if (creditVertical) t.add('pdf:credit-vertical');
	const picWidth = story.role === 'chart' ? width - 16 : width;
	let image: string;
	if (story.chart) {
		const max = Math.max(...story.chart.bars.map(([, v]) => Number(v)));
		const bars = story.chart.bars
			.map(
				([k, v]) =>
					`<div><span style="width:${s.body * 4}px">${e(k)}</span><i style="width:${Math.round((Number(v) / max) * (picWidth * 0.55))}px"></i><span>${e(v)}</span></div>`,
			)
			.join('');
		image = `<div class="chart"><div class="bars">${bars}</div><div class="credit" style="text-align:left">单位：${e(story.chart.unit)}</div></div>`;
	} else {
		const h = Math.round(width * d.pick([0.5, 0.62, 0.75]));
		image = `<div class="pic" style="height:${h}px"></div>`;
	}
	const beside = story.role === 'photo' && width > 380 && d.chance(s.captionBeside);
	t.add(beside ? 'pdf:caption-beside' : 'pdf:caption-under');
	const picCol = creditVertical
		? `<div class="pwrap"><div style="flex:1">${image}</div><div class="vcredit">${e(credit)}</div></div>`
		: image;
	if (beside) {
		const pw = Math.round(width * 0.62);
		return `<div class="pwrap"><div style="width:${pw}px;flex:none">${picCol}</div><div style="flex:1">${heads}${captionHtml}${creditLine}</div></div>`;
	}
	const headsOver = story.role === 'chart' || d.chance(0.5);
	return `${headsOver ? heads : ''}${picCol}${creditLine && d.chance(0.5) ? creditLine + (headsOver ? '' : heads) + captionHtml : (headsOver ? '' : heads) + captionHtml + creditLine}`;
}
