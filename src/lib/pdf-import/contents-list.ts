import type { LayoutBlock } from './layout-blocks.ts';
import { bottom, right } from './page-types.ts';

// A page reference closing an entry of the paper's contents: `（第11版）`, `(第3版)`, `（A2版）`.
const PAGE_REFERENCE = /[（(]\s*第?\s*[A-Za-z]?[0-9０-９]{1,3}\s*版\s*[）)]/gu;

/**
 * Whether a block's text is a list of the paper's contents (导读): two page references or more
 * (`（第11版）`), one every short entry (thirty characters or fewer each), not a story's text.
 */
export function isContentsList(text: string): boolean {
	const references = text.match(PAGE_REFERENCE)?.length ?? 0;
	return references >= 2 && [...text.replace(PAGE_REFERENCE, '')].length <= references * 30;
}

/**
 * The title over a contents list (`导读`, `本期导读`): a single line of six characters or fewer
 * right over the list (within a line of it) and starting within an em of its left edge.
 */
export function isContentsTitle(block: LayoutBlock, list: LayoutBlock): boolean {
	const gap = list.y - bottom(block);
	return (
		block.lines.length === 1 &&
		[...block.lines[0].text].length <= 6 &&
		gap > -1 &&
		gap < list.size * 1.5 &&
		Math.abs(block.x - list.x) < list.size * 1.5 &&
		right(block) <= right(list) + list.size
	);
}
