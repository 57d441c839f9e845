// Apart from the PDF importer, so that telling a PDF from a text dump does not load pdfjs-dist,
// sharp and the canvas (the importer loads them only for a PDF).

/** Whether a path names a PDF (by its extension). @example isPdfPath('01.PDF') // true */
export function isPdfPath(path: string): boolean {
	return /\.pdf$/i.test(path);
}
