import { escapeHtml } from '../corpus-gold/escape-html.ts';
import { createRng } from '../bench/prng.ts';
import type { PageModel, PrintedItem } from './page-model.ts';
import { itemGroups } from './item-groups.ts';
import { bylineHtml, headHtml, textLine } from './page-html.ts';

/**
 * Lays a composed page out as a newspaper page in HTML, for Chromium to print to PDF: the
 * furniture across the top, the banner, the lead story across the columns, the other items in
 * blocks of one to three columns, headlines large and kickers small, captions under grey photo
 * boxes, the editor's credit at the foot. Pure: the page's id seeds the layout.
 */
export function renderHtml(model: PageModel): string {
	const rng = createRng(`html:${model.gold.id}`);
	const [lead, ...rest] = itemGroups(model.items);
	const stacks: string[][] = [[], [], []];
	const stackCount = rng.int(2, 3);
	rest.forEach((group, i) => stacks[(i + rng.int(0, 1)) % stackCount].push(block(group, rng.int(1, 2))));
	return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><style>
@page { margin: 0; }
body { margin: 24px; width: 1100px; font-family: 'WenQuanYi Zen Hei', 'Noto Sans CJK SC', sans-serif; font-size: 13px; line-height: 1.2; color: #111; }
header { display: flex; justify-content: space-between; border-bottom: 3px double #000; font-size: 12px; }
footer { border-top: 1px solid #000; font-size: 11px; margin-top: 12px; }
.banner { font-size: 34px; font-weight: bold; text-align: center; margin: 8px 0; }
.lead { border-bottom: 1px solid #000; margin-bottom: 10px; }
.lead .body { column-count: 4; column-gap: 36px; column-rule: 1px solid #ccc; }
.stacks { display: flex; gap: 40px; align-items: flex-start; }
.stack { flex: 1; }
.item { margin-bottom: 14px; border-bottom: 1px solid #999; }
.body { column-gap: 36px; column-rule: 1px solid #ccc; }
.cols-2 .body { column-count: 2; }
p { margin: 0; text-indent: 2em; }
.label { font-size: 12px; font-weight: bold; }
.kicker, .subheadline { font-size: 15px; }
.headline { font-size: 24px; font-weight: bold; margin: 2px 0; }
.lead .headline { font-size: 32px; }
.byline { font-size: 12px; }
.intertitle { font-weight: bold; text-indent: 0; }
.photo { background: #bbb; height: 120px; margin: 6px 0 2px; }
.caption { font-size: 12px; }
.credit { font-size: 11px; text-align: right; }
</style></head><body>
<header><span>${escapeHtml(model.paper)}</span>${model.furniture.top.map((l) => `<span>${escapeHtml(l)}</span>`).join('')}</header>
${model.gold.banner ? `<div class="banner">${escapeHtml(model.gold.banner)}</div>` : ''}
<div class="lead">${block(lead, 1)}</div>
<div class="stacks">${stacks
		.slice(0, stackCount)
		.map((s) => `<div class="stack">${s.join('\n')}</div>`)
		.join('\n')}</div>
<footer>${model.furniture.bottom.map(escapeHtml).join(' ')}</footer>
</body></html>
`;
}


/** One group's block: photos with captions and credits, briefs, or an item with its head. */
function block(group: PrintedItem[], columns: number): string {
	const [first] = group;
	const label = textLine('label', first.label);
	if (first.role === 'photo') {
		const title = first.gold.headline === null ? '' : `<div class="headline">${escapeHtml(first.gold.headline)}</div>`;
		const photos = group
			.map(
				(item) =>
					`<div class="photo"></div><div class="caption">${escapeHtml(item.gold.paragraphs[0])}</div><div class="credit">${escapeHtml(item.gold.credit ?? '')}</div>`,
			)
			.join('');
		return `<div class="item">${label}${title}${photos}</div>`;
	}
	return `<div class="item cols-${columns}">${label}${group.map(item).join('')}</div>`;
}

/** An item's head and body. */
function item(printed: PrintedItem): string {
	const { gold } = printed;
	const intertitles = new Set(gold.intertitles ?? []);
	return [
		headHtml(printed),
		bylineHtml(printed),
		`<div class="body">${gold.paragraphs.map((p, i) => `<p${intertitles.has(i) ? ' class="intertitle"' : ''}>${escapeHtml(p)}</p>`).join('')}</div>`,
	].join('');
}
