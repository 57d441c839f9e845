import { escapeHtml } from '../corpus-gold/escape-html.ts';
import { createRng, type Rng } from '../bench/prng.ts';
import { itemGroups } from './item-groups.ts';
import { bylineHtml, headHtml, type PageStyle, tenths, textLine } from './page-html.ts';
import type { PageModel, PrintedItem } from './page-model.ts';

/**
 * Lays a composed page out as a newspaper page on a grid of three to six columns, for Chromium to
 * print to PDF, in a style drawn from the page's id: the page and type sizes, the typeface, the
 * items as modules spanning one to all columns in rows, headlines across their module or beside
 * its body, bold or plain kickers, column labels in reverse type, boxed items on a tint, photos
 * (grey boxes or painted images) with captions under or beside them, photo groups on a grid,
 * column rules or none. The same items and gold as renderHtml, a different page. Pure.
 */
export function renderGridHtml(model: PageModel): string {
	const rng = createRng(`grid:${model.gold.id}`);
	const style = pageStyle(rng);
	const groups = itemGroups(model.items);
	const rows: string[] = [];
	let row: { span: number; html: string }[] = [];
	let used = 0;
	const flush = () => {
		if (row.length === 0) return;
		// The last module of a row takes what is left of it.
		row[row.length - 1].span += style.columns - used;
		rows.push(
			`<div class="row">${row.map((m) => `<div class="module" style="flex: ${m.span} 1 0">${m.html}</div>`).join('')}</div>`,
		);
		row = [];
		used = 0;
	};
	groups.forEach((group, i) => {
		const lead = i === 0;
		const wanted = lead ? (rng.chance(0.7) ? style.columns : style.columns - 1) : spanOf(rng, group, style.columns);
		const span = Math.min(wanted, style.columns);
		if (used + span > style.columns) flush();
		row.push({ span, html: module(group, span, rng, lead) });
		used += span;
		if (used >= style.columns) flush();
	});
	flush();
	const { body, width } = style;
	return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><style>
@page { margin: 0; }
body { margin: 20px; width: ${width}px; font-family: '${style.font}', sans-serif; font-size: ${body}px; line-height: ${style.leading}; color: #111; text-align: ${style.align}; }
header { display: flex; justify-content: space-between; border-bottom: 2px solid #000; font-size: ${tenths(body * 0.9)}px; margin-bottom: 8px; }
footer { border-top: 1px solid #000; font-size: ${tenths(body * 0.85)}px; margin-top: 10px; }
.banner { font-size: ${tenths(body * style.lead * 1.15)}px; font-weight: bold; text-align: center; margin: 4px 0 10px; }
.row { display: flex; gap: ${style.gutter}px; align-items: flex-start; ${style.rules ? 'border-bottom: 1px solid #000;' : ''} padding-bottom: 8px; margin-bottom: 10px; }
.module > * + * { margin-top: 10px; }
.box { border: 1px solid #333; background: #eee; padding: 8px; }
.body { column-gap: ${style.gutter}px; ${style.rules ? 'column-rule: 1px solid #bbb;' : ''} }
p { margin: 0; ${style.indent ? 'text-indent: 2em;' : 'margin-bottom: 0.6em;'} }
.lead .body { font-size: ${tenths(body * style.leadBody)}px; }
.label { font-size: ${tenths(body * 0.95)}px; font-weight: bold; display: inline-block; margin-bottom: 4px; ${style.reverse ? 'background: #000; color: #fff; padding: 2px 6px;' : 'border-bottom: 2px solid #000;'} }
.kicker, .subheadline { font-size: ${tenths(body * style.deck)}px; ${style.boldDeck ? 'font-weight: bold;' : ''} }
.headline { font-size: ${tenths(body * style.head)}px; font-weight: bold; line-height: 1.2; margin: 2px 0; text-align: left; }
.lead .headline { font-size: ${tenths(body * style.lead)}px; }
.brief .headline { font-size: ${tenths(body * style.brief)}px; }
.byline { font-size: ${tenths(body * style.byline)}px; margin: 2px 0 4px; }
.intertitle { font-weight: bold; text-indent: 0; font-size: ${tenths(body * style.intertitle)}px; ${style.indent ? '' : 'margin-top: 0.4em;'} }
.side { display: flex; gap: ${style.gutter}px; }
.side > .head { flex: 1 1 0; }
.side > .body { flex: ${style.columns - 1} 1 0; }
.photo { background: #999; }
img.photo { display: block; width: 100%; }
.figure { display: flex; gap: ${style.gutter}px; align-items: flex-end; }
.figure > .photo { flex: 2 1 0; }
.figure > .words { flex: 1 1 0; }
.grid { display: grid; grid-template-columns: repeat(2, 1fr); gap: 8px ${style.gutter}px; }
.caption { font-size: ${tenths(body * style.caption)}px; }
.credit { font-size: ${tenths(body * style.caption * 0.92)}px; text-align: right; }
</style></head><body>
<header><span>${escapeHtml(model.paper)}</span>${model.furniture.top.map((l) => `<span>${escapeHtml(l)}</span>`).join('')}</header>
${model.gold.banner ? `<div class="banner">${escapeHtml(model.gold.banner)}</div>` : ''}
${rows.join('\n')}
<footer>${model.furniture.bottom.map(escapeHtml).join(' ')}</footer>
</body></html>
`;
}

interface Style extends PageStyle {
	brief: number;
	deck: number;
	byline: number;
	caption: number;
	boldDeck: boolean;
	/** The lead story's body type, as a multiple of the body size. */
	leadBody: number;
	intertitle: number;
	/** Paragraphs open with an indent, or stand apart by space. */
	indent: boolean;
}

function pageStyle(rng: Rng): Style {
	const columns = rng.int(3, 6);
	const body = rng.pick([10, 11, 12, 13, 14, 15]);
	return {
		columns,
		width: columns * rng.int(150, 220),
		// A gutter of at least an em and a quarter of body type, as printed pages keep it.
		gutter: Math.round(body * 1.25) + rng.int(0, 12),
		font: rng.pick(['WenQuanYi Zen Hei', 'WenQuanYi Zen Hei Mono']),
		body,
		leading: rng.pick([1.25, 1.4, 1.55, 1.8]),
		align: rng.pick(['justify', 'left'] as const),
		head: 1.6 + rng.int(0, 8) / 10,
		lead: 2.3 + rng.int(0, 10) / 10,
		brief: 1.25 + rng.int(0, 3) / 10,
		deck: 1.15 + rng.int(0, 2) / 10,
		byline: rng.pick([0.85, 0.9, 1]),
		caption: rng.pick([0.85, 0.9]),
		boldDeck: rng.chance(0.4),
		leadBody: rng.pick([1, 1, 1.1, 1.2]),
		intertitle: rng.pick([1, 1.1, 1.2]),
		indent: rng.chance(0.7),
		reverse: rng.chance(0.5),
		rules: rng.chance(0.6),
	};
}

/** How many columns a group takes: photo groups and long stories more, briefs and commentaries fewer. */
function spanOf(rng: Rng, group: PrintedItem[], columns: number): number {
	const role = group[0].role;
	if (role === 'photo') return Math.min(columns, group.length > 1 ? rng.int(2, 3) : rng.int(1, 2));
	if (role === 'brief' || role === 'commentary' || role === 'sidebar') return rng.int(1, 2);
	return rng.int(1, Math.max(1, columns - 1));
}

/** One module: a group of items (briefs, photos) or one item with its head, boxed now and then. */
function module(group: PrintedItem[], span: number, rng: Rng, lead: boolean): string {
	const [first] = group;
	const label = textLine('label', first.label);
	const boxed = !lead && (first.role === 'sidebar' || first.role === 'commentary') && rng.chance(0.6);
	let inner: string;
	if (first.role === 'photo') inner = photos(group, span, rng);
	else
		inner = group
			.map((item) => {
				const cols = first.role === 'brief' ? 1 : Math.max(1, Math.min(span, rng.int(span - 1, span)));
				const side = !lead && span >= 3 && first.role === 'article' && rng.chance(0.4);
				return itemHtml(item, cols, side, first.role === 'brief');
			})
			.join('');
	return `<div class="${[boxed ? 'box' : '', lead ? 'lead' : ''].join(' ').trim()}">${label}${inner}</div>`;
}

/** Photos with captions and credits: one under another, on a two-column grid, or each caption beside its picture. */
function photos(group: PrintedItem[], span: number, rng: Rng): string {
	const title = group[0].gold.headline === null ? '' : `<div class="headline">${escapeHtml(group[0].gold.headline)}</div>`;
	const beside = span >= 2 && rng.chance(0.4);
	const grid = !beside && group.length > 1 && span >= 2 && rng.chance(0.6);
	const height = rng.int(90, 180);
	const figures = group.map((item) => {
		const picture = rng.chance(0.3)
			? `<img class="photo" style="height: ${height}px" src="${PIXEL}" alt="">`
			: `<div class="photo" style="height: ${height}px"></div>`;
		const words = `<div class="caption">${escapeHtml(item.gold.paragraphs[0])}</div><div class="credit">${escapeHtml(item.gold.credit ?? '')}</div>`;
		return beside
			? `<div class="figure">${picture}<div class="words">${words}</div></div>`
			: `<div>${picture}${words}</div>`;
	});
	return `${title}<div class="${grid ? 'grid' : 'stack'}">${figures.join('')}</div>`;
}

/** An item's head and body in `columns` columns, the head across them or beside them. */
function itemHtml(printed: PrintedItem, columns: number, side: boolean, brief: boolean): string {
	const { gold } = printed;
	const intertitles = new Set(gold.intertitles ?? []);
	const head = headHtml(printed) + bylineHtml(printed);
	const body = `<div class="body" style="column-count: ${side ? Math.max(1, columns - 1) : columns}">${gold.paragraphs.map((p, i) => `<p${intertitles.has(i) ? ' class="intertitle"' : ''}>${escapeHtml(p)}</p>`).join('')}</div>`;
	const cls = brief ? 'brief' : '';
	return side
		? `<div class="side ${cls}"><div class="head">${head}</div>${body}</div>`
		: `<div class="${cls}">${head}${body}</div>`;
}

/** A grey 2×2 PNG: a painted image rather than a filled box. */
const PIXEL =
	'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAAAAABX3VL4AAAADklEQVR4nGNIWMBwwAEABiYCAQ4B/QYAAAAASUVORK5CYII=';
