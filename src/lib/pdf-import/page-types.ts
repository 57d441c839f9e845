/** A rectangle on the page in PDF points, measured from the page's top-left corner (y grows down). */
export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** One run of text as the PDF draws it: its box, font size (points) and weight. */
export interface TextRun extends Box {
	text: string;
	size: number;
	bold: boolean;
}

/** What the importer reads of one PDF page: its size, its text runs and where its pictures are. */
export interface PdfPageContent {
	width: number;
	height: number;
	runs: TextRun[];
	/** Painted images, and filled rectangles large enough to stand for a picture. */
	pictures: Box[];
	/** The painted images among `pictures` (photos, drawings): where the page image dithers. */
	images?: Box[];
	/** Rules: thin drawn lines (under 3 pt thick) that part columns and stories. */
	rules: Box[];
	/** Filled rectangles too small for a picture (3 pt a side or more, under 40 pt): a tag behind a label set in reverse type. */
	fills?: Box[];
	/** Rectangles stroked, not filled, too small for a picture (3 pt a side or more, under 40 pt): a frame drawn round a label. */
	frames?: Box[];
}

/** The right edge of a box. */
export const right = (box: Box): number => box.x + box.width;

/** The bottom edge of a box. */
export const bottom = (box: Box): number => box.y + box.height;

/** The smallest box holding all of `boxes` (at least one). */
export function union(boxes: Box[]): Box {
	const x = Math.min(...boxes.map((b) => b.x));
	const y = Math.min(...boxes.map((b) => b.y));
	return { x, y, width: Math.max(...boxes.map(right)) - x, height: Math.max(...boxes.map(bottom)) - y };
}
