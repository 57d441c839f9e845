import { DECORATION } from './conservation.ts';
import type { ParsedItem } from './assemble-items.ts';
import { toLines, type Line } from './lines.ts';
import { normalize } from './normalize-dump.ts';
import type { ParsedPage } from './parse-page.ts';

/** Where one dump line went: an item (by index in `page.items`), the page's metadata, or nowhere. */
export type LineOwner =
	| { kind: 'blank' }
	| { kind: 'item'; item: number }
	| { kind: 'furniture'; furniture: string }
	| { kind: 'banner' }
	| { kind: 'unplaced' }
	| { kind: 'unknown' };

/**
 * The dump's lines as the parser numbered them, each with where its text went. An item claims the
 * lines of its span (`firstLine`…`lastLine`) whose text it holds; where spans overlap (a headline
 * printed far from its body), the item holding the text wins, then the narrowest span.
 * Furniture and unplaced text are known by line; the banner by its first line and its text.
 * @example lineOwners('标题\n\n正文。', page)[2] // { line: { number: 3, … }, owner: { kind: 'item', item: 0 } }
 */
export function lineOwners(text: string, page: ParsedPage): { line: Line; owner: LineOwner }[] {
	const lines = toLines(normalize(text).text);
	const furniture = new Map(page.furniture.map((f) => [f.line, f.kind]));
	const unplaced = page.warnings.filter((w) => w.code === 'unplaced');
	const itemText = page.items.map(textOf);
	const bannerLines = bannerSpan(lines, page.banner);
	const owners = lines.map((line): LineOwner => {
		if (line.text === '') return { kind: 'blank' };
		const kind = furniture.get(line.number);
		if (kind) return { kind: 'furniture', furniture: kind };
		const own = key(line.text);
		if (
			unplaced.some(
				(w) => w.line <= line.number && line.number <= (w.endLine ?? w.line) && key(w.text ?? '').includes(own),
			)
		)
			return { kind: 'unplaced' };
		if (bannerLines.has(line.number)) return { kind: 'banner' };
		const covering = page.items
			.map((item, i) => ({ item, i }))
			.filter(({ item }) => item.firstLine <= line.number && line.number <= item.lastLine)
			.sort((a, b) => a.item.lastLine - a.item.firstLine - (b.item.lastLine - b.item.firstLine));
		const holder = covering.find(({ i }) => itemText[i].includes(own)) ?? covering[0];
		return holder ? { kind: 'item', item: holder.i } : { kind: 'unknown' };
	});
	return lines.map((line, i) => ({ line, owner: owners[i] }));
}

/** Text without whitespace and decoration, as conservation.ts counts it: what a line and an item share. */
function key(text: string): string {
	return text.replace(DECORATION, '');
}

function textOf(item: ParsedItem): string {
	const parts = [item.kicker, item.headlineMissing ? '' : item.headline, item.subheadline, item.byline];
	return key([...parts, item.sectionCopied ? '' : item.section, ...item.paragraphs, item.credit].join(''));
}

/** The lines of the banner: from its first line, the following lines its text holds. */
function bannerSpan(lines: Line[], banner: ParsedPage['banner']): Set<number> {
	const span = new Set<number>();
	if (!banner) return span;
	let rest = key(banner.text);
	for (let n = banner.line; n <= lines.length && rest !== ''; n++) {
		const line = lines[n - 1];
		if (line.text === '') continue;
		const own = key(line.text);
		if (!rest.includes(own)) break;
		span.add(n);
		rest = rest.replace(own, '');
	}
	return span;
}
