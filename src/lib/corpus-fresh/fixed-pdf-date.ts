/**
 * Chromium stamps each PDF with the time it printed it; the fresh corpus must come out the same
 * bytes on every run, so the stamps are overwritten with one fixed time of the same length (the
 * file's cross-reference offsets stay true).
 */

/** The PDF with its /CreationDate and /ModDate set to 2026-01-01 00:00:00 UTC. */
export function fixPdfDates(pdf: Uint8Array): Uint8Array {
	const text = Buffer.from(pdf).toString('latin1');
	const fixed = text.replace(/\/(CreationDate|ModDate) ?\(D:([^)]*)\)/g, (whole, _key: string, stamp: string) => {
		const constant = "20260101000000+00'00'".padEnd(stamp.length, '0').slice(0, stamp.length);
		return whole.replace(stamp, constant);
	});
	return Buffer.from(fixed, 'latin1');
}
