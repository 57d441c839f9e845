/**
 * A PDF that Chromium printed, as latin1 text with the Chromium release it stamps masked
 * (`/Creator (… HeadlessChrome/156.0.0.0 …)`, `/Producer (Skia/PDF m156)`): a corpus generator
 * writes the same page whichever Chromium the machine has, and the release is the machine's, not
 * the generator's. A release whose number has another count of digits moves the cross-reference
 * offsets, and the pages then differ (as they should be regenerated). pdf.txt, compared byte for
 * byte beside it, still catches a release that lays the page out differently.
 * @example expect(chromiumNeutral(written) === chromiumNeutral(committed)).toBe(true)
 */
export function chromiumNeutral(pdf: Uint8Array): string {
	return Buffer.from(pdf)
		.toString('latin1')
		.replace(/HeadlessChrome\/\d+/g, 'HeadlessChrome/N')
		.replace(/Skia\/PDF m\d+/g, 'Skia/PDF mN');
}
