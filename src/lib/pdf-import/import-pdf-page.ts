import { ImportError, isImportError } from '../importer/errors.ts';
import { itemFiles, type PageImport, type PageOptions } from '../importer/import-page.ts';
import { reviewReasons } from '../importer/review-reasons.ts';
import { lineSpan } from '../importer/warnings.ts';
import { facsimileOf, imageName, pdfName } from './facsimile.ts';
import { layoutSplit, type LayoutPage } from './layout-split.ts';
import { openPdf, readPdfPage, type PdfDocument } from './read-pdf.ts';
import { renderPage } from './render-page.ts';

/**
 * Opens a page PDF and refuses one of several pages: a PDF page is imported as one printed page,
 * and a PDF of a whole edition should be split into one file per page first.
 */
async function openPagePdf(bytes: Uint8Array, where: string): Promise<PdfDocument> {
	const doc = await openPdf(bytes, where);
	if (doc.numPages !== 1) {
		await doc.loadingTask.destroy();
		throw new ImportError(
			'usage',
			`${where}: expects a PDF of one printed page but found ${doc.numPages} pages. Split it into one PDF per page named by page number (01.pdf, 02.pdf …) and import the folder.`,
		);
	}
	return doc;
}

/**
 * Runs one step of reading a PDF page; an error that is not the importer's own (a layout the
 * reader cannot follow, a drawing pdfjs cannot render) becomes an ImportError naming the file.
 */
async function step<T>(where: string, what: string, run: () => T | Promise<T>): Promise<T> {
	try {
		return await run();
	} catch (error) {
		if (isImportError(error)) throw error;
		throw new ImportError(
			'layout',
			`${where}: expects a page PDF whose ${what} the importer can read but it failed (${String((error as Error)?.message ?? error).split('\n')[0]}). Import the page's text dump instead, and report this PDF.`,
		);
	}
}

/** The layout split of a one-page PDF (no image rendered): what bench:split --layout scores. */
export async function readPdfLayout(bytes: Uint8Array, where: string): Promise<LayoutPage> {
	const doc = await openPagePdf(bytes, where);
	try {
		const content = await step(where, 'text and drawings', () => readPdfPage(doc, 1));
		return await step(where, 'layout', () => layoutSplit(content));
	} finally {
		await doc.loadingTask.destroy();
	}
}

/**
 * Imports one page PDF in memory: the items split from its layout, rendered as a dump's would
 * be (`source` cites the PDF and the lines of its text in reading order), the page image in
 * every width, the PDF kept beside the items, and the page's manifest entry with its facsimile
 * (images and each item's regions). Items the layout could not settle carry warnings
 * (`review`). Writes nothing.
 */
export async function importPdfPage(bytes: Uint8Array, options: PageOptions): Promise<PageImport> {
	const doc = await openPagePdf(bytes, options.source);
	try {
		const content = await step(options.source, 'text and drawings', () => readPdfPage(doc, 1));
		const parsed = await step(options.source, 'layout', () => layoutSplit(content));
		if (parsed.items.length === 0)
			throw new ImportError(
				'blank',
				`${options.source}: expects a page PDF with text but found no items in its text layer. A scanned page needs OCR first.`,
			);
		const pageNumber = parsed.header.pageNumber;
		if (pageNumber !== undefined && pageNumber !== options.page)
			parsed.warnings.push({
				code: 'page',
				line: parsed.furniture.find((f) => f.kind === 'page-header')?.line ?? 0,
				message: `the page header says page ${pageNumber} but --page is ${options.page}; check which is right`,
			});
		parsed.review.forEach((reasons, i) => {
			for (const reason of reasons)
				parsed.warnings.push({ code: 'review', line: parsed.items[i].firstLine, message: `item ${i + 1}: ${reason}` });
		});
		const reviews = reviewReasons(parsed).map((reasons, i) => [
			...reasons,
			...parsed.review[i]
				.filter((reason) => !reason.startsWith('the layout shows no headline'))
				.map((reason) => ({ code: 'layout', text: `版面未能确定：${reason}`, line: parsed.items[i].firstLine })),
		]);
		parsed.warnings.sort((a, b) => a.line - b.line);
		const images = await step(options.source, 'page image', () => renderPage(doc, 1, undefined, content.images));
		const pdf = pdfName(options.date, options.page);
		return {
			dir: `editions/${options.date}/${String(options.page).padStart(2, '0')}`,
			files: itemFiles(parsed.items, reviews, options, (item) => lineSpan(item.firstLine, item.lastLine)),
			entry: {
				number: options.page,
				name: options.pageName ?? parsed.header.pageName,
				banner: parsed.banner?.text,
				source: options.source,
				facsimile: JSON.stringify(facsimileOf(pdf, content, images, parsed.regions)),
			},
			parsed,
			reviews,
			text: parsed.text,
			encoding: 'pdf',
			assets: [
				{ name: pdf, content: bytes },
				...images.map((image) => ({ name: imageName(image.width), content: image.webp })),
			],
		};
	} finally {
		await doc.loadingTask.destroy();
	}
}
