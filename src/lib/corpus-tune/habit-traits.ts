import type { TextHabits, TuneRow } from './tune-model.ts';

/**
 * The traits of a page's two renderings: `text:` traits name the dump tool's habits, `pdf:`
 * traits the layout pdftotext read, so the benchmark can report figures by habit and by layout.
 */

/** The `text:` traits of a dump's habits. @example textTraits(habits) // ['text:column-break', …] */
export function textTraits(h: TextHabits): string[] {
	const traits: string[] = [];
	if (h.heads === 'after' || h.heads === 'mixed') traits.push('text:headline-after-body');
	if (h.heads === 'stacked') traits.push('text:stacked-headlines');
	if (h.width === 0) traits.push('text:unwrapped');
	if (h.columnLines > 0) traits.push('text:column-break');
	if (h.paragraphs.includes('indent')) traits.push('text:indent');
	if (h.paragraphs === 'none' || h.paragraphs.startsWith('indent-')) traits.push('text:no-blank-lines');
	if (h.labels !== 'before') traits.push('text:label-after');
	if (h.furnitureAt !== 'top') traits.push('text:furniture-bottom');
	if (h.junk) traits.push('text:junk-glyphs');
	if (h.crlf) traits.push('text:crlf');
	if (h.digitSpaces) traits.push('text:digit-spaces');
	if (h.letterSpacedHeads) traits.push('text:letter-spaced-heads');
	return traits;
}

/** The `pdf:` traits of a layout. */
export function pdfTraits(rows: TuneRow[]): string[] {
	const blocks = rows.flatMap((row) => row.cells.flatMap((cell) => cell.blocks));
	const most = Math.max(...blocks.map((b) => b.columns));
	const traits = new Set<string>([most >= 6 ? 'pdf:columns-6-8' : most >= 4 ? 'pdf:columns-4-5' : 'pdf:columns-1-3']);
	if (rows.some((row) => row.cells.length >= 3)) traits.add('pdf:three-cells');
	for (const b of blocks) {
		if (b.head === 'side') traits.add('pdf:side-headline');
		if (b.head.startsWith('vertical')) traits.add('pdf:vertical-headline');
		if (b.head === 'below') traits.add('pdf:headline-below');
		if (b.box) traits.add('pdf:box');
		if (b.photo?.caption === 'beside' || b.photo?.at === 'left') traits.add('pdf:caption-beside');
		if (b.photo?.caption === 'over') traits.add('pdf:caption-over');
		if (b.indent === 0) traits.add('pdf:para-gap');
	}
	return [...traits];
}
