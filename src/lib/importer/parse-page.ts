import { assemble, type ParsedItem } from './assemble-items.ts';
import { toBlocks, type FurnitureLine } from './blocks.ts';
import { classify } from './classify.ts';
import { ImportError } from './errors.ts';
import { toLines } from './lines.ts';
import {
	joinCutRoles,
	joinVertical,
	markSideLabels,
	placeAcrossCredits,
	placeVerticalCredits,
} from './vertical-lines.ts';
import { normalize } from './normalize-dump.ts';
import { columnWidthsOf, joinColumnBreaks } from './paragraphs.ts';
import { looksExtracted, reorderExtraction } from './extraction-order.ts';
import { splitRunInHeads } from './run-in-heads.ts';
import type { Warning } from './warnings.ts';

/** Everything read from one page dump. */
export interface ParsedPage {
	items: ParsedItem[];
	/** The page's banner line (通栏标题), when the dump shows one. */
	banner?: { text: string; line: number };
	/** Page furniture: headers, dates, editor credits, page numbers; no part of any item. */
	furniture: { kind: string; line: number; text: string }[];
	/** The page name and number printed in a page header, if any. */
	header: { pageName?: string; pageNumber?: number };
	warnings: Warning[];
	/** Junk glyphs removed, and on which lines. */
	junk: { count: number; lines: number[] };
	/** The number of lines in the dump. */
	lineCount: number;
}

/**
 * Parses the decoded text of one page dump into items, the page banner, page furniture and
 * warnings: normalize, lines (vertical runs joined, run-in heads split off), blocks, column repair, classify, assemble. Throws an ImportError
 * for a dump with no text.
 */
export function parsePage(text: string): ParsedPage {
	const normalized = normalize(text);
	const lines = toLines(normalized.text);
	if (lines.every((line) => line.text === '')) {
		throw new ImportError(
			'blank',
			`expects a page dump with text but found ${normalized.junk > 0 ? 'only junk glyphs' : 'only blank lines'}. Check that the export from the PDF worked.`,
		);
	}
	const vertical = joinVertical(lines);
	// A pdftotext extraction sets its heads apart in pieces of their own, and a short line in its
	// text flow is a 小标题: heads set tight among text lines are read in other dumps only.
	const extracted = text.includes('\f') || looksExtracted(vertical);
	const ordered = splitRunInHeads(
		extracted
			? placeAcrossCredits(joinCutRoles(placeVerticalCredits(reorderExtraction(vertical, true))))
			: markSideLabels(vertical),
		extracted,
	);
	const { blocks, furniture } = toBlocks(ordered, extracted);
	const width = columnWidthsOf(ordered, blocks);
	const units = classify(joinColumnBreaks(blocks, width, extracted), width, !extracted);
	const { items, banner, warnings } = assemble(units, extracted);
	if (normalized.junk > 0) {
		warnings.push({
			code: 'junk',
			line: normalized.junkLines[0],
			message: `removed ${normalized.junk} junk glyph${normalized.junk === 1 ? '' : 's'} (private-use, historic-script, invisible or control characters from the PDF's fonts) on line${normalized.junkLines.length === 1 ? '' : 's'} ${normalized.junkLines.join(', ')}`,
		});
	}
	const header = furniture.find((f: FurnitureLine) => f.kind === 'page-header');
	return {
		items,
		banner: banner && {
			text: [banner.kicker, banner.headline, banner.subheadline].filter(Boolean).join(' '),
			line: banner.lines[0].number,
		},
		furniture: furniture.map((f) => ({ kind: f.kind, line: f.line.number, text: f.line.text })),
		header: { pageName: header?.pageName, pageNumber: header?.pageNumber },
		warnings: warnings.sort((a, b) => a.line - b.line),
		junk: { count: normalized.junk, lines: normalized.junkLines },
		lineCount: lines.length,
	};
}
