/**
 * The edge where PDFs are read: pdfjs-dist opens the file, gives the text runs with their fonts
 * and positions, and the drawing operations that place pictures. Everything after works on the
 * plain values of page-types.ts.
 */
import { getDocument, OPS, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ImportError } from '../importer/errors.ts';
import type { Box, PdfPageContent, TextRun } from './page-types.ts';

/** An open PDF document. */
export type PdfDocument = PDFDocumentProxy;

/** Opens a PDF from its bytes; throws an ImportError naming `where` when it is not a readable PDF. */
export async function openPdf(bytes: Uint8Array, where: string): Promise<PdfDocument> {
	try {
		// pdfjs takes ownership of the buffer it is given: pass a copy.
		return await getDocument({ data: new Uint8Array(bytes), verbosity: 0, fontExtraProperties: true }).promise;
	} catch (error) {
		throw new ImportError(
			'binary',
			`${where}: expects a PDF but could not read it (${(error as Error).message.split('\n')[0]}). Check that the file is a whole, unencrypted PDF.`,
		);
	}
}

const BOLD_NAME = /bold|black|heavy|semibold|demi|[-,_]B$|Hei-?Bd|CuHei|DaHei|XBS/i;
const PAINTS: number[] = [
	OPS.fill,
	OPS.eoFill,
	OPS.fillStroke,
	OPS.eoFillStroke,
	OPS.stroke,
	OPS.closeStroke,
	OPS.closeFillStroke,
	OPS.closeEOFillStroke,
];
/** The operators that fill a path (a tint or a tag behind text), as against stroking its outline. */
const FILLS: number[] = [
	OPS.fill,
	OPS.eoFill,
	OPS.fillStroke,
	OPS.eoFillStroke,
	OPS.closeFillStroke,
	OPS.closeEOFillStroke,
];
const IMAGES: number[] = [OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject];
type Matrix = [number, number, number, number, number, number];

/**
 * Reads page `number` (1-based) of a PDF: its size in points, its text runs (box, size, weight)
 * its rules (thin lines), its pictures (painted images, and filled rectangles of at least 40 pt a side that do not
 * cover the page), and the smaller filled rectangles (3 pt a side or more: a tag behind a label in reverse type). Weight comes from the font's name or flags; where a font's family is embedded
 * twice, as Chromium does for synthetic bold, the subset with fewer characters counts as bold.
 */
export async function readPdfPage(doc: PdfDocument, number: number): Promise<PdfPageContent> {
	const page = await doc.getPage(number);
	const { width, height } = page.getViewport({ scale: 1 });
	const [x0, y0] = page.view;
	const ops = await page.getOperatorList();
	const content = await page.getTextContent();
	const fontName = (id: string): string => {
		try {
			const font = page.commonObjs.get(id) as { name?: string; bold?: boolean; black?: boolean } | undefined;
			return `${font?.name ?? id}${font?.bold || font?.black ? '-Bold' : ''}`;
		} catch {
			return id;
		}
	};
	const chars = new Map<string, number>();
	const items = content.items.filter((item) => 'str' in item && item.str.trim() !== '') as {
		str: string;
		transform: number[];
		width: number;
		height: number;
		fontName: string;
	}[];
	for (const item of items) chars.set(item.fontName, (chars.get(item.fontName) ?? 0) + item.str.length);
	const bold = boldFonts([...chars.keys()].map((id) => ({ id, name: fontName(id), chars: chars.get(id)! })));
	const runs: TextRun[] = items.map((item) => {
		const [a, b, , , e, f] = item.transform;
		const size = Math.hypot(a, b);
		const baseline = height - (f - y0);
		return {
			text: item.str,
			x: e - x0,
			y: baseline - size * 0.88,
			width: item.width,
			height: size,
			size,
			bold: bold.has(item.fontName),
		};
	});
	return { width, height, runs, ...drawn(ops, width, height, x0, y0) };
}

/** Which fonts are bold: by name, or as the smaller of two subsets of one family. */
function boldFonts(fonts: { id: string; name: string; chars: number }[]): Set<string> {
	const bold = new Set(fonts.filter((f) => BOLD_NAME.test(f.name.replace(/^[A-Z]{6}\+/, ''))).map((f) => f.id));
	const families = Map.groupBy(
		fonts.filter((f) => !bold.has(f.id)),
		(f) => f.name.replace(/^[A-Z]{6}\+/, ''),
	);
	for (const family of families.values()) {
		if (family.length < 2 || family[0].name === family[0].id) continue;
		const regular = family.reduce((a, b) => (b.chars > a.chars ? b : a));
		for (const f of family) if (f !== regular) bold.add(f.id);
	}
	return bold;
}

/** The pictures (images painted, large filled rectangles), the painted images alone, the rules (thin lines) and the smaller filled rectangles (a tag behind a label set in reverse type) of a page, in top-left page coordinates, each placed by the transform current where it is painted. */
function drawn(
	ops: { fnArray: number[]; argsArray: unknown[][] },
	width: number,
	height: number,
	x0: number,
	y0: number,
): { pictures: Box[]; images: Box[]; rules: Box[]; fills: Box[]; frames: Box[] } {
	const out: Box[] = [];
	const frames: Box[] = [];
	const images: Box[] = [];
	const rules: Box[] = [];
	const fills: Box[] = [];
	const stack: Matrix[] = [];
	let ctm: Matrix = [1, 0, 0, 1, 0, 0];
	const place = (minX: number, minY: number, maxX: number, maxY: number, image = false, filled = false) => {
		const corners = [apply(ctm, minX, minY), apply(ctm, maxX, minY), apply(ctm, minX, maxY), apply(ctm, maxX, maxY)];
		const xs = corners.map((c) => c[0] - x0);
		const ys = corners.map((c) => height - (c[1] - y0));
		const box = {
			x: Math.min(...xs),
			y: Math.min(...ys),
			width: Math.max(...xs) - Math.min(...xs),
			height: Math.max(...ys) - Math.min(...ys),
		};
		if (!image && Math.min(box.width, box.height) < 3 && Math.max(box.width, box.height) >= 20) rules.push(box);
		else if (box.width >= 40 && box.height >= 40 && box.width * box.height < width * height * 0.5) {
			out.push(box);
			if (image) images.push(box);
		} else if ((filled || !image) && Math.min(box.width, box.height) >= 3 && Math.min(box.width, box.height) < 40)
			(filled ? fills : frames).push(box);
	};
	ops.fnArray.forEach((fn, i) => {
		const args = ops.argsArray[i];
		if (fn === OPS.save) stack.push(ctm);
		else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
		else if (fn === OPS.transform) ctm = multiply(ctm, args as unknown as Matrix);
		else if (fn === OPS.paintFormXObjectBegin && Array.isArray(args[0])) {
			stack.push(ctm);
			ctm = multiply(ctm, args[0] as Matrix);
		} else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
		else if (IMAGES.includes(fn)) place(0, 0, 1, 1, true);
		else if (fn === OPS.constructPath && PAINTS.includes(args[0] as number)) {
			const minMax = args[2] as ArrayLike<number> | undefined;
			if (minMax && minMax.length === 4 && Number.isFinite(minMax[0]))
				place(minMax[0], minMax[1], minMax[2], minMax[3], false, FILLS.includes(args[0] as number));
		}
	});
	return { pictures: out, images, rules, fills, frames };
}

function apply(m: Matrix, x: number, y: number): [number, number] {
	return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

function multiply(m: Matrix, n: Matrix): Matrix {
	return [
		n[0] * m[0] + n[1] * m[2],
		n[0] * m[1] + n[1] * m[3],
		n[2] * m[0] + n[3] * m[2],
		n[2] * m[1] + n[3] * m[3],
		n[4] * m[0] + n[5] * m[2] + m[4],
		n[4] * m[1] + n[5] * m[3] + m[5],
	];
}
