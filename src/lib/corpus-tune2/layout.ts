/**
 * Lays out a composed tune2 page in px: every line of text placed absolutely (headlines, bodies
 * flowed through column frames of unequal heights, around photos and boxes), and grey photo
 * boxes and rules. The text dump reads back where columns broke and how headlines wrapped.
 */
import type { Rng } from '../bench/prng.ts';
import type { ComposedPage, Module, PrintedItem } from './model.ts';
import { textWidth, wrapLines } from './wrap.ts';

export interface Piece {
	x: number;
	y: number;
	size: number;
	text: string;
	bold?: boolean;
	/** Laid on a dark tab (white text). */
	reverse?: boolean;
}

export interface Rect {
	x: number;
	y: number;
	w: number;
	h: number;
	kind: 'photo' | 'box' | 'rule' | 'tab';
}

export interface PageLayout {
	width: number;
	height: number;
	pieces: Piece[];
	rects: Rect[];
	/** Per item: the headline as printed, line by line. */
	headLines: Map<number, string[]>;
	/** Per item: offsets in the joined paragraphs where a new column (frame) starts. */
	breaks: Map<number, number[]>;
	traits: Set<string>;
}

interface BodyLine {
	text: string;
	indent: boolean;
	inter: boolean;
	/** Offset of the line in the item's joined paragraphs. */
	offset: number;
}

interface Frame {
	x: number;
	y: number;
	cap: number;
	chars: number;
}

/** Lays out the page; `rng` draws the small choices of placement (sizes, sides). */
export function layOut(page: ComposedPage, rng: Rng): PageLayout {
	const { size: fs, chars, cols } = page.grid;
	const lh = Math.round(fs * 1.55);
	const colW = chars * fs;
	const gap = Math.round(fs * 1.6);
	const margin = 36;
	const L: PageLayout = {
		width: 0,
		height: 0,
		pieces: [],
		rects: [],
		headLines: new Map(),
		breaks: new Map(),
		traits: new Set(),
	};
	const put = (x: number, y: number, size: number, text: string, bold = false, reverse = false) =>
		L.pieces.push({ x: Math.round(x), y: Math.round(y), size: Math.round(size * 10) / 10, text, bold, reverse });
	const fullW = cols * colW + (cols - 1) * gap;

	// Header.
	let y = margin;
	if (page.gold.page === 1) {
		put(margin + fullW / 2 - 2 * 44, y, 44, page.header[0], true);
		y += 56;
		put(margin, y, fs, page.header[1]);
		put(margin + fullW - textWidth(page.header[2]) * fs, y, fs, page.header[2]);
		y += lh;
	} else {
		const right = rng.chance(0.5);
		const numX = right ? margin + fullW - 2 * 28 : margin;
		put(numX, y, 28, page.header[0], true);
		put(right ? margin : margin + 70, y + 6, fs * 1.6, page.header[1], true);
		put(right ? margin + 8 * fs : margin + fullW - textWidth(page.header[2]) * fs, y + 12, fs, page.header[2]);
		y += 40;
	}
	L.rects.push({ x: margin, y, w: fullW, h: 2, kind: 'rule' });
	y += lh;
	if (page.gold.banner) {
		const bs = Math.min(34, fullW / (textWidth(page.gold.banner) + 2));
		put(margin + (fullW - textWidth(page.gold.banner) * bs) / 2, y, bs, page.gold.banner, true);
		y += bs + lh;
	}

	const items = page.items;
	const wrapBody = (item: PrintedItem, em: number): BodyLine[] => {
		const out: BodyLine[] = [];
		let offset = 0;
		const inter = new Set(item.gold.intertitles ?? []);
		item.gold.paragraphs.forEach((p, i) => {
			const isInter = inter.has(i);
			const lines = wrapLines(p, em, isInter ? 0 : 2);
			lines.forEach((text, j) => {
				out.push({ text, indent: j === 0 && !isInter, inter: isInter, offset });
				offset += text.length;
			});
		});
		return out;
	};
	/** Flows body lines through frames whose caps grow with H until all fit; returns the bottom. */
	/** Lines set in each frame by the last flow. */
	let used: number[] = [];
	const flow = (index: number, lines: BodyLine[], frames: (h: number) => Frame[], min = 1): number => {
		const total = lines.length;
		// A column of a story set over several is at least six lines deep (unless the story is shorter).
		let h = frames(1).length > 1 ? Math.max(min, Math.min(6, Math.ceil(total / 2))) : min;
		let fr = frames(h);
		while (fr.reduce((s, f) => s + Math.max(0, f.cap), 0) < total) fr = frames(++h);
		let k = 0;
		let bottom = 0;
		const breaks: number[] = [];
		used = fr.map(() => 0);
		for (const [fi, f] of fr.entries()) {
			if (k >= total) break;
			if (k > 0) breaks.push(lines[k].offset);
			for (let i = 0; i < f.cap && k < total; i++, k++) {
				const line = lines[k];
				const ly = f.y + i * lh;
				put(f.x + (line.indent ? 2 * fs : 0), ly, fs, line.text, line.inter);
				bottom = Math.max(bottom, ly + lh);
				used[fi]++;
			}
		}
		L.breaks.set(index, breaks);
		return bottom;
	};
	/** A headline wrapped to `n` characters a line: at the space of a two-phrase head, else mid-phrase. */
	const headLinesOf = (item: PrintedItem, n: number): string[] => {
		const one = item.phrases.join('\u3000');
		if (textWidth(one) <= n) return [one];
		const out = item.phrases.flatMap((p) => (textWidth(p) <= n ? [p] : wrapLines(p, n)));
		if (item.phrases.length > 1) L.traits.add('pdf:headline-two-lines');
		if (item.phrases.some((p) => textWidth(p) > n)) L.traits.add('pdf:headline-wrapped-mid');
		return out;
	};
	const labelText = (item: PrintedItem) =>
		item.label?.style === 'square'
			? `■${item.label.text}`
			: item.label?.style === 'bracket'
				? `【${item.label.text}】`
				: (item.label?.text ?? '');

	/** Sets a head block (label, kicker, headline, subheadline, byline at the head) over width w; returns its height. */
	const head = (index: number, x: number, y0: number, w: number, cls: Module['head']): number => {
		const item = items[index];
		let yy = y0;
		if (item.label && item.label.style !== 'vertical') {
			const t = labelText(item);
			if (item.label.style === 'bare' && rng.chance(0.5)) {
				L.rects.push({ x, y: yy - 2, w: (textWidth(t) + 1) * fs * 1.1, h: fs * 1.5, kind: 'tab' });
				put(x + fs * 0.5, yy, fs * 1.1, t, true, true);
			} else put(x, yy, fs * 1.1, t, true);
			yy += lh * 1.2;
		}
		if (item.gold.kicker) {
			const ks = fs * (cls === 'xl' ? 1.5 : 1.2);
			for (const line of wrapLines(item.gold.kicker, Math.floor(w / ks))) {
				put(x, yy, ks, line);
				yy += ks * 1.4;
			}
		}
		const base = { xl: 3, l: 2.4, m: 1.9, s: 1.6 }[cls ?? 'm'];
		let hs = fs * base;
		const len = textWidth(item.phrases.join('\u3000'));
		if (cls !== 's' && rng.chance(0.3) && len > 4) hs = Math.min(fs * 3.4, Math.max(hs, w / (len - 2)));
		const lines = headLinesOf(item, Math.floor(w / hs));
		L.headLines.set(index, lines);
		if (lines.length > 1 && item.byline?.place === 'head') L.traits.add('pdf:byline-after-wrapped-headline');
		for (const line of lines) {
			put(x + (cls === 'xl' ? Math.max(0, (w - textWidth(line) * hs) / 2) : 0), yy, hs, line, true);
			yy += hs * 1.25;
		}
		if (item.gold.subheadline) {
			const ss = fs * 1.35;
			for (const line of wrapLines(item.gold.subheadline, Math.floor(w / ss))) {
				put(x + (cls === 'xl' ? Math.max(0, (w - textWidth(line) * ss) / 2) : 0), yy, ss, line);
				yy += ss * 1.4;
			}
		}
		if (item.byline?.place === 'head') {
			for (const line of wrapLines(item.byline.text, Math.floor(w / fs))) {
				put(x, yy + 2, fs, line);
				yy += lh;
			}
		}
		return yy - y0 + lh * 0.4;
	};

	/** A byline set as the first line(s) of the body: prepended as lines. */
	const bodyOf = (index: number, em: number): BodyLine[] => {
		const item = items[index];
		const lines = wrapBody(item, em);
		if (item.byline?.place === 'body-top')
			lines.unshift(
				...wrapLines(item.byline.text, em).map((text) => ({ text, indent: false, inter: false, offset: 0 })),
			);
		if (item.byline?.place === 'end')
			lines.push({ text: `${item.byline.text}`, indent: false, inter: false, offset: -1 });
		return lines;
	};

	/** A photo with title, credit and caption in a box of width w at (x, y); returns its height. */
	const photoBlock = (
		index: number,
		x: number,
		y0: number,
		w: number,
		beside: number | null,
		look = { titleAbove: items[index].gold.headline !== null && rng.chance(0.5), ratio: rng.pick([0.5, 0.62, 0.75]) },
		height?: number,
	): number => {
		const item = items[index];
		let yy = y0;
		const { titleAbove } = look;
		if (titleAbove) {
			put(x, yy, fs * 1.5, item.gold.headline!, true);
			yy += fs * 1.5 * 1.3;
			L.traits.add('pdf:photo-title-above');
		}
		const pw = beside === null ? w : w - beside - gap;
		const ph = height ?? Math.round(Math.min(300, pw * look.ratio));
		L.rects.push({ x, y: yy, w: pw, h: ph, kind: 'photo' });
		const cs = fs - 1;
		let cx = x;
		let cy = yy + ph + 6;
		let cw = w;
		if (beside !== null) {
			cx = x + pw + gap;
			cy = yy;
			cw = beside;
			L.traits.add('pdf:caption-beside');
		} else L.traits.add('pdf:caption-under');
		const credit = item.credit!;
		const em = Math.floor(cw / cs);
		if (credit.place === 'before') {
			const lines = wrapLines(credit.text, em);
			for (const line of lines) {
				put(cx + (beside === null ? cw - textWidth(line) * cs : 0), cy, cs, line);
				cy += cs * 1.45;
			}
		}
		if (item.gold.headline !== null && !titleAbove) {
			put(cx, cy, fs * 1.2, item.gold.headline, true);
			cy += fs * 1.2 * 1.4;
		}
		const caption = item.gold.paragraphs[0] + (credit.place === 'inline' ? `\u3000${credit.text}` : '');
		for (const line of wrapLines(caption, em)) {
			put(cx, cy, cs, line);
			cy += cs * 1.45;
		}
		if (credit.place === 'after') {
			const lines = wrapLines(credit.text, em);
			if (lines.length > 1) L.traits.add('pdf:credit-wrapped');
			for (const line of lines) {
				put(cx + Math.max(0, cw - textWidth(line) * cs), cy, cs, line);
				cy += cs * 1.45;
			}
		}
		L.headLines.set(index, item.gold.headline === null ? [] : [item.gold.headline]);
		return Math.max(cy, yy + ph) - y0 + lh * 0.5;
	};

	/** A boxed sidebar of width w; returns its height. */
	const box = (index: number, x: number, y0: number, w: number): number => {
		const item = items[index];
		const pad = Math.round(fs * 0.6);
		let yy = y0 + pad;
		L.rects.push({ x: x + pad, y: yy - 2, w: (textWidth(item.label!.text) + 1) * fs, h: fs * 1.5, kind: 'tab' });
		put(x + pad + fs * 0.5, yy, fs, item.label!.text, true, true);
		yy += lh * 1.2;
		const hs = fs * 1.25;
		const hl = wrapLines(item.gold.headline!, Math.floor((w - 2 * pad) / hs));
		L.headLines.set(index, hl);
		for (const line of hl) {
			put(x + pad, yy, hs, line, true);
			yy += hs * 1.35;
		}
		const lines = wrapBody(item, Math.floor((w - 2 * pad) / fs));
		L.breaks.set(index, []);
		for (const line of lines) {
			put(x + pad + (line.indent ? 2 * fs : 0), yy, fs, line.text);
			yy += lh;
		}
		const h = yy + pad - y0;
		L.rects.push({ x, y: y0, w, h, kind: 'box' });
		return h + lh * 0.5;
	};

	const colsX = (x: number, k: number) => Array.from({ length: k }, (_, j) => x + j * (colW + gap));

	/** Lays out one module in a cell at (x, y0) spanning k columns; returns its height. */
	const module = (m: Module, x: number, y0: number, k: number): number => {
		const w = k * colW + (k - 1) * gap;
		const [host] = m.items;
		const item = items[host];
		switch (m.shape) {
			case 'photo':
				return photoBlock(host, x, y0, w, null);
			case 'photo-beside':
				return photoBlock(host, x, y0, w, colW);
			case 'box':
				return box(host, x, y0, w);
			case 'briefs': {
				let yy = y0;
				const first = items[m.items[0]];
				const t = labelText(first);
				if (first.label!.style === 'bare') L.rects.push({ x, y: yy + fs * 1.5, w, h: 1, kind: 'rule' });
				put(x, yy, fs * 1.2, t, true);
				yy += lh * 1.4;
				for (const i of m.items) {
					const hl = wrapLines(items[i].phrases[0], Math.floor(w / (fs * 1.1)));
					L.headLines.set(i, hl);
					for (const line of hl) {
						put(x, yy, fs * 1.1, line, true);
						yy += fs * 1.1 * 1.45;
					}
					const bottom = flow(i, wrapBody(items[i], chars), () => [{ x, y: yy, cap: 999, chars }]);
					yy = bottom + lh * 0.4;
				}
				return yy - y0;
			}
			case 'vertical-head': {
				// Headline a character a line in a strip on the right; label strip on the left when vertical.
				const hs = fs * 1.8;
				const strip = Math.round(hs * 1.4);
				let bx = x;
				let bw = w - strip - fs;
				let yy = y0;
				if (item.label?.style === 'vertical') {
					bx += fs * 2.2;
					bw -= fs * 2.2;
					[...item.label.text].forEach((c, i) => put(x, y0 + i * fs * 1.4, fs * 1.1, c, true));
					L.rects.push({ x: x - 3, y: y0 - 3, w: fs * 1.1 + 6, h: item.label.text.length * fs * 1.4 + 6, kind: 'box' });
					L.traits.add('pdf:label-vertical');
				} else if (item.label) {
					put(bx, yy, fs * 1.1, labelText(item), true);
					yy += lh * 1.2;
				}
				const hx = x + w - strip + (strip - hs) / 2;
				const chars2 = [...item.phrases[0]];
				chars2.forEach((c, i) => put(hx, y0 + i * hs * 1.1, hs, c, true));
				L.headLines.set(host, [item.phrases[0]]);
				L.traits.add('pdf:vertical-headline');
				if (item.byline?.place === 'head') {
					put(bx, yy, fs, item.byline.text);
					yy += lh;
				}
				const sub = Math.max(1, k);
				const subW = Math.floor((bw - (sub - 1) * gap) / sub / fs);
				const lines = bodyOf(host, subW);
				const minH = Math.ceil((chars2.length * hs * 1.1) / lh);
				const bottom = flow(
					host,
					lines,
					(h) => Array.from({ length: sub }, (_, j) => ({ x: bx + j * (subW * fs + gap), y: yy, cap: h, chars: subW })),
					Math.max(1, Math.ceil(minH / 2)),
				);
				return Math.max(bottom, y0 + chars2.length * hs * 1.1) - y0 + lh * 0.5;
			}
			default:
				break;
		}
		// Stories and horizontal-head commentaries.
		let bx = x;
		let bwTotal = w;
		if (item.label?.style === 'vertical') {
			[...item.label.text].forEach((c, i) => put(x, y0 + i * fs * 1.4, fs * 1.1, c, true));
			L.rects.push({ x: x - 3, y: y0 - 3, w: fs * 1.1 + 6, h: item.label.text.length * fs * 1.4 + 6, kind: 'box' });
			L.traits.add('pdf:label-vertical');
			bx += fs * 2.2;
			bwTotal -= fs * 2.2;
		}
		// Columns share the width left beside a vertical label; else they stand on the grid.
		const subW = (bwTotal - (k - 1) * gap) / k;
		const em = k === 1 || bx !== x ? Math.floor(subW / fs) : chars;
		const xs = bx !== x ? Array.from({ length: k }, (_, j) => bx + j * (subW + gap)) : k === 1 ? [bx] : colsX(x, k);
		const lines = bodyOf(host, em);
		if (m.shape === 'head-partial') {
			// The head over columns 2..k; the body starts at the top of column 1.
			const hx = xs[1];
			const hh = head(host, hx, y0, w - (colW + gap), m.head);
			const extra = Math.round(hh / lh);
			const bottom = flow(host, lines, (h) =>
				xs.map((cx, j) => ({ x: cx, y: j === 0 ? y0 : y0 + extra * lh, cap: j === 0 ? h + extra : h, chars: em })),
			);
			L.traits.add('pdf:head-partial');
			return bottom - y0 + lh * 0.5;
		}
		const hh = head(host, bx, y0, bwTotal, m.head);
		const yb = y0 + hh;
		if (k > 1 && m.head !== 's') L.traits.add(`pdf:head-span-${Math.min(k, 4)}`);
		switch (m.shape) {
			case 'photo-inset': {
				// The photo as tall as leaves the column a few lines of text under it.
				const look = { titleAbove: false, ratio: 0.6 };
				const probe = { pieces: L.pieces.length, rects: L.rects.length };
				const captionH = photoBlock(m.items[1], xs[k - 1], 0, colW, null, look, 0);
				L.pieces.length = probe.pieces;
				L.rects.length = probe.rects;
				const balanced = Math.ceil(lines.length / k);
				const height = Math.max(36, Math.min(Math.round(colW * 0.8), (balanced - 3) * lh - captionH));
				const ph = photoBlock(m.items[1], xs[k - 1], yb, colW, null, look, height);
				const pl = Math.ceil(ph / lh);
				const bottom = flow(
					host,
					lines,
					(h) =>
						xs.map((cx, j) => ({
							x: cx,
							y: j === k - 1 ? yb + pl * lh : yb,
							cap: j === k - 1 ? h - pl : h,
							chars: em,
						})),
					pl + 2,
				);
				return Math.max(bottom, yb + ph) - y0 + lh * 0.5;
			}
			case 'photo-top': {
				const pw = (k - 1) * colW + (k - 2) * gap;
				const ph = photoBlock(m.items[1], xs[0], yb, pw, null);
				const pl = Math.ceil(ph / lh);
				const bottom = flow(
					host,
					lines,
					(h) =>
						xs.map((cx, j) => ({ x: cx, y: j < k - 1 ? yb + pl * lh : yb, cap: j < k - 1 ? h - pl : h, chars: em })),
					pl + 2,
				);
				return Math.max(bottom, yb + ph) - y0 + lh * 0.5;
			}
			case 'box-bottom': {
				// Measure the box first at the column width, then flow around it and set it under the last column's text.
				const probe = { pieces: L.pieces.length, rects: L.rects.length };
				const bh = box(m.items[1], xs[k - 1], 0, colW);
				L.pieces.length = probe.pieces;
				L.rects.length = probe.rects;
				const bl = Math.ceil(bh / lh);
				let hFinal = 0;
				const bottom = flow(
					host,
					lines,
					(h) => {
						hFinal = h;
						return xs.map((cx, j) => ({ x: cx, y: yb, cap: j === k - 1 ? h - bl : h, chars: em }));
					},
					bl + 2,
				);
				// At the foot of the last column, or under its text when the story ends early.
				const by = yb + (used[k - 1] > 0 ? hFinal - bl : 0) * lh;
				box(m.items[1], xs[k - 1], by, colW);
				return Math.max(bottom, by + bh) - y0 + lh * 0.5;
			}
			default: {
				const bottom = flow(host, lines, (h) => xs.map((cx) => ({ x: cx, y: yb, cap: h, chars: em })));
				return bottom - y0 + lh * 0.5;
			}
		}
	};

	for (const band of page.bands) {
		let x = margin;
		let bandH = 0;
		for (const cell of band.cells) {
			const w = cell.span * colW + (cell.span - 1) * gap;
			let cy = y;
			for (const m of cell.modules) cy += module(m, x, cy, cell.span) + lh * 0.5;
			bandH = Math.max(bandH, cy - y);
			x += w + (band.tight ? Math.round(fs * 0.6) : gap);
			L.width = Math.max(L.width, x);
		}
		y += bandH;
		L.rects.push({ x: margin, y: y - lh * 0.5, w: fullW, h: 1, kind: 'rule' });
		y += lh * 0.5;
	}
	put(margin, y + lh * 0.5, fs - 1, page.footer[0]);
	L.height = Math.ceil(y + lh * 2 + margin);
	L.width = Math.ceil(Math.max(L.width, margin + fullW) + margin);
	return L;
}
