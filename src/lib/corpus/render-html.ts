import { createRng } from '../bench/prng.ts';
import type { PageModel, PrintedItem } from './page-model.ts';
import { itemGroups } from './item-groups.ts';

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
<header><span>${escape(model.paper)}</span>${model.furniture.top.map((l) => `<span>${escape(l)}</span>`).join('')}</header>
${model.gold.banner ? `<div class="banner">${escape(model.gold.banner)}</div>` : ''}
<div class="lead">${block(lead, 1)}</div>
<div class="stacks">${stacks
		.slice(0, stackCount)
		.map((s) => `<div class="stack">${s.join('\n')}</div>`)
		.join('\n')}</div>
<footer>${model.furniture.bottom.map(escape).join(' ')}</footer>
</body></html>
`;
}


/** One group's block: photos with captions and credits, briefs, or an item with its head. */
function block(group: PrintedItem[], columns: number): string {
	const [first] = group;
	const label = first.label ? `<div class="label">${escape(first.label)}</div>` : '';
	if (first.role === 'photo') {
		const title = first.gold.headline === null ? '' : `<div class="headline">${escape(first.gold.headline)}</div>`;
		const photos = group
			.map(
				(item) =>
					`<div class="photo"></div><div class="caption">${escape(item.gold.paragraphs[0])}</div><div class="credit">${escape(item.gold.credit ?? '')}</div>`,
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
	const line = (cls: string, text: string | undefined | null) => (text ? `<div class="${cls}">${escape(text)}</div>` : '');
	return [
		line('kicker', gold.kicker),
		line('headline', gold.headline === null ? null : (printed.headlineMark ?? '') + gold.headline),
		line('subheadline', gold.subheadline),
		line('byline', gold.byline && printed.bylineMark + gold.byline),
		`<div class="body">${gold.paragraphs.map((p, i) => `<p${intertitles.has(i) ? ' class="intertitle"' : ''}>${escape(p)}</p>`).join('')}</div>`,
	].join('');
}

function escape(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
