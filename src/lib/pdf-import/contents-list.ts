import type { LayoutBlock } from './layout-blocks.ts';
import { bottom, right } from './page-types.ts';

// A page reference closing an entry of the paper's contents: `（第11版）`, `(第3版)`, `（A2版）`.
const PAGE_REFERENCE = /[（(]\s*第?\s*[A-Za-z]?[0-9０-９]{1,3}\s*版\s*[）)]/gu;
const CLOSING_REFERENCE = /[（(]\s*第?\s*[A-Za-z]?[0-9０-９]{1,3}\s*版\s*[）)]$/u;

/**
 * Whether a block's text is a list of the paper's contents (导读): two page references or more
 * (`（第11版）`), one every short entry (thirty characters or fewer each), not a story's text.
 */
export function isContentsList(text: string): boolean {
	const references = text.match(PAGE_REFERENCE)?.length ?? 0;
	return references >= 2 && [...text.replace(PAGE_REFERENCE, '')].length <= references * 30;
}

/** Whether a block's text is one entry of the paper's contents: thirty characters or fewer closed by its page reference. */
function isContentsEntry(text: string): boolean {
	return (
		(text.match(PAGE_REFERENCE)?.length ?? 0) === 1 &&
		CLOSING_REFERENCE.test(text.trim()) &&
		[...text.replace(PAGE_REFERENCE, '')].length <= 30
	);
}

const blockText = (block: LayoutBlock) => block.lines.map((l) => l.text).join('');

/**
 * The paper's contents (导读) among a page's blocks, each list's blocks top to bottom: a block
 * listing several entries (`isContentsList`), or entries set as blocks of their own (an entry to a
 * block, wrapped or not), stacked one under another in a column (left edges within an em and a
 * half, under two and a half lines apart), two or more.
 */
export function contentsLists(blocks: LayoutBlock[]): LayoutBlock[][] {
	const lists: LayoutBlock[][] = [];
	const entries = blocks
		.filter((b) => isContentsList(blockText(b)) || isContentsEntry(blockText(b)))
		.sort((a, b) => a.y - b.y || a.x - b.x);
	for (const entry of entries) {
		const list = lists.find((l) => {
			const last = l.at(-1)!;
			const gap = entry.y - bottom(last);
			return Math.abs(entry.x - last.x) < entry.size * 1.5 && gap > -1 && gap < entry.size * 2.5;
		});
		if (list) list.push(entry);
		else lists.push([entry]);
	}
	return lists.filter((l) => l.length >= 2 || isContentsList(blockText(l[0])));
}

/**
 * The title of a contents list (`导读`, `本期导读`): a single line of six characters or fewer
 * right over the list's first block (within two of its own lines, across it or starting within
 * three of the list's ems of its left edge), or set left of it with its top level (within half
 * its size, under three of its ems apart).
 */
export function isContentsTitle(block: LayoutBlock, list: LayoutBlock): boolean {
	if (block.lines.length !== 1 || [...block.lines[0].text].length > 6) return false;
	const gap = list.y - bottom(block);
	const over =
		gap > -1 &&
		gap < Math.max(block.size, list.size) * 2 &&
		Math.abs(block.x - list.x) < list.size * 3 &&
		right(block) <= right(list) + list.size;
	const beside =
		Math.abs(block.y - list.y) < block.size / 2 && right(block) <= list.x && list.x - right(block) < block.size * 3;
	return over || beside;
}
