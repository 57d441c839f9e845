/**
 * The tune3 printed page: a composed page as HTML laid out in rows of cells over a grid of
 * columns, each story's body flowing through CSS columns, for Chromium to print to PDF. Styles
 * (headline size and alignment, paragraph indent or gap, rules between rows, caption beside or
 * under a photo) are drawn per page and named by `pdf:` traits.
 */
import type { Rng } from '../bench/prng.ts';
import { escapeHtml } from '../corpus-gold/escape-html.ts';
import type { Cell, Composed, Story } from './model.ts';

/** The page's HTML and its width in px. */
export function pageHtml(page: Composed, rng: Rng, traits: Set<string>): { html: string; width: number } {
	const gap = Math.round(page.fontPx * rng.pick([1, 1.5, 2]));
	const colW = page.colChars * page.fontPx;
	const width = page.grid * colW + (page.grid - 1) * gap + 48;
	const center = rng.chance(0.5);
	const indent = rng.chance(0.75);
	const headPx = rng.int(Math.round(page.fontPx * 1.6), Math.round(page.fontPx * 2.6));
	traits.add(`pdf:columns-${page.grid}`);
	traits.add(`pdf:body-${page.fontPx}px`);
	traits.add(center ? 'pdf:head-centered' : 'pdf:head-left');
	traits.add(indent ? 'pdf:para-indent' : 'pdf:para-gap');
	const e = escapeHtml;
	const cellW = (span: number) => span * colW + (span - 1) * gap;
	const storyHtml = (s: Story, cell: Cell): string => {
		const g = s.gold;
		const parts: string[] = [];
		if (s.label) parts.push(`<div class="label">${e(s.label)}</div>`);
		if (s.role === 'photo') {
			const beside = cell.span >= 3 && rng.chance(0.5);
			traits.add(beside ? 'pdf:caption-beside' : 'pdf:caption-under');
			const credit = s.credit!;
			const cap = `<p class="cap">${e(g.paragraphs[0])}${credit.at === 'inline' ? ` ${e(credit.text)}` : ''}</p>`;
			const cr = credit.at === 'inline' ? '' : `<p class="credit">${e(credit.text)}</p>`;
			const title = g.headline ? `<p class="ptitle">${e(g.headline)}</p>` : '';
			const pic = `<div class="pic" style="height:${rng.int(5, 10) * page.fontPx * 1.5}px"></div>`;
			const text = credit.at === 'before' ? `${cr}${title}${cap}` : `${title}${cap}${cr}`;
			parts.push(
				beside
					? `<div style="display:flex;gap:${gap}px"><div style="flex:2">${pic}</div><div style="flex:1">${text}</div></div>`
					: `${pic}${text}`,
			);
			return `<div class="story">${parts.join('')}</div>`;
		}
		const size =
			s.role === 'lead'
				? headPx * 1.3
				: s.role === 'brief'
					? page.fontPx * 1.1
					: s.role === 'commentary'
						? headPx * 0.8
						: headPx;
		if (g.kicker) parts.push(`<div class="kicker">${e(g.kicker)}</div>`);
		if (!s.runIn)
			parts.push(`<div class="head" style="font-size:${Math.round(size)}px">${s.headLines.map(e).join('<br>')}</div>`);
		if (g.subheadline) parts.push(`<div class="sub">${e(g.subheadline)}</div>`);
		if (s.byline?.at === 'top') parts.push(`<div class="by">${e(s.byline.text)}</div>`);
		const inter = new Set(g.intertitles ?? []);
		const paras = g.paragraphs.map((p, i) =>
			inter.has(i)
				? `<p class="inter">${e(p)}</p>`
				: i === 0 && s.runIn
					? `<p><b>${e(s.headLines[0])}</b>\u3000${e(p)}</p>`
					: `<p${s.role === 'poem' ? ' class="verse"' : ''}>${e(p)}</p>`,
		);
		if (s.byline?.at === 'end') paras.push(`<p class="endby">${e(s.byline.text)}</p>`);
		parts.push(`<div class="body" style="column-count:${s.bodyCols}">${paras.join('')}</div>`);
		return `<div class="story${s.role === 'sidebar' ? ' box' : ''}">${parts.join('')}</div>`;
	};
	const rows = page.rows
		.map(
			(row) =>
				`<div class="row">${row
					.map(
						(cell) =>
							`<div class="cell" style="width:${cellW(cell.span)}px">${cell.cellLabel ? `<div class="label">${e(cell.cellLabel)}</div>` : ''}${cell.stories.map((s) => storyHtml(s, cell)).join('')}</div>`,
					)
					.join('')}</div>`,
		)
		.join('');
	const html = `<!doctype html><html><head><meta charset="utf-8"><style>
body{margin:0;font-family:'WenQuanYi Zen Hei',sans-serif;font-size:${page.fontPx}px;line-height:1.5;color:#111}
.page{width:${width - 48}px;padding:20px 24px}
.hdr{display:flex;justify-content:space-between;border-bottom:3px double #000;font-size:12px;padding-bottom:4px;margin-bottom:8px}
.banner{font-size:${headPx * 1.6}px;font-weight:bold;text-align:center;margin:6px 0 10px}
.row{display:flex;gap:${gap}px;border-bottom:1px solid #444;padding:8px 0}
.cell{flex:none}
.story{margin-bottom:10px}
.box{border:1px solid #444;padding:4px}
.label{display:inline-block;font-weight:bold;border:1px solid #000;padding:0 4px;margin-bottom:4px;font-size:${page.fontPx + 1}px}
.kicker{font-size:${Math.round(headPx * 0.6)}px;text-align:${center ? 'center' : 'left'}}
.head{font-weight:bold;line-height:1.25;text-align:${center ? 'center' : 'left'};margin:2px 0 4px}
.sub{font-size:${Math.round(headPx * 0.6)}px;text-align:${center ? 'right' : 'left'};margin-bottom:4px}
.by{font-size:${page.fontPx}px;margin:4px 0;font-weight:bold}
.body{column-gap:${gap}px;text-align:justify}
.body p{margin:0 0 ${indent ? 0 : Math.round(page.fontPx * 0.6)}px;text-indent:${indent ? '2em' : '0'}}
.body p.inter{font-weight:bold;text-indent:0;margin:4px 0}
.body p.verse{text-indent:0}
.body p.endby{text-align:right;text-indent:0}
.pic{background:#bbb;margin-bottom:4px}
.cap{margin:0;font-size:${page.fontPx - 1}px}
.credit{margin:0;font-size:${page.fontPx - 1}px;text-align:right}
.ptitle{margin:0;font-weight:bold}
.ftr{font-size:11px;border-top:1px solid #000;padding-top:4px}
</style></head><body><div class="page">
<div class="hdr">${page.header.map((h) => `<span>${e(h)}</span>`).join('')}</div>
${page.gold.banner ? `<div class="banner">${e(page.gold.banner)}</div>` : ''}${rows}
<div class="ftr">${page.footer.map(e).join('')}</div></div></body></html>`;
	return { html, width };
}
