/** Prints a tune2 page layout as HTML for Chromium: every line and box absolutely placed. */
import { escapeHtml } from '../corpus-gold/escape-html.ts';
import type { PageLayout } from './layout.ts';

/** The page as one HTML document of the layout's size. */
export function renderHtml(layout: PageLayout): string {
	const rects = layout.rects
		.map((r) => `<i class="${r.kind}" style="left:${r.x}px;top:${r.y}px;width:${r.w}px;height:${r.h}px"></i>`)
		.join('\n');
	const pieces = layout.pieces
		.map(
			(p) =>
				`<b class="${p.bold ? 'bo' : ''}${p.reverse ? ' rv' : ''}" style="left:${p.x}px;top:${p.y}px;font-size:${p.size}px">${escapeHtml(p.text)}</b>`,
		)
		.join('\n');
	return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><style>
html,body{margin:0;padding:0;background:#fff}
body{position:relative;width:${layout.width}px;height:${layout.height}px;font-family:'WenQuanYi Zen Hei',sans-serif;color:#111}
b{position:absolute;white-space:pre;line-height:1;font-weight:normal}
b.bo{font-weight:bold}
b.rv{color:#fff}
i{position:absolute;display:block}
i.photo{background:#c8c8c8}
i.box{border:1px solid #444;box-sizing:border-box}
i.rule{background:#222}
i.tab{background:#333}
</style></head><body>
${rects}
${pieces}
</body></html>
`;
}
