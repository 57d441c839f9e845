/**
 * Chromium stamps a PDF with the time it printed it; the corpus must come out the same on every
 * run, so the stamps are set to one fixed time of the same length (the byte offsets stay valid).
 */

/** The PDF bytes with every `D:YYYYMMDDHHmmSS` date set to 2000-01-01. */
export function normalizePdfDates(pdf: Uint8Array): Buffer {
	const text = Buffer.from(pdf).toString('latin1');
	return Buffer.from(text.replace(/D:\d{14}/g, 'D:20000101000000'), 'latin1');
}
