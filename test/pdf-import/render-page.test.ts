import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { expect, test } from 'vitest';
import { openPdf } from '../../src/lib/pdf-import/read-pdf.ts';
import { IMAGE_BUDGET, renderPage } from '../../src/lib/pdf-import/render-page.ts';

// The densest page of the development corpus: small type over five columns, 1,600 × 2,087 px.
const DENSE = join(import.meta.dirname, '../../corpus/dev/dev-0003/page.pdf');

// A page of ordinary density: lossy at every width.
const ORDINARY = join(import.meta.dirname, '../../corpus/dev/dev-0001/page.pdf');

/** Lossless WebP is a VP8L chunk, lossy a VP8 one. */
const lossless = (webp: Uint8Array) => Buffer.from(webp.subarray(12, 16)).toString('latin1') === 'VP8L';

test('keeps the page image of a dense page within the budget at 1,600 px, posterized down to the smallest width', async () => {
	const doc = await openPdf(readFileSync(DENSE), DENSE);
	try {
		const images = await renderPage(doc, 1);
		expect(images.map((i) => i.width)).toEqual([1600, 480, 960]);
		const [top, small, middle] = images;
		expect(top.webp.length).toBeLessThanOrEqual(IMAGE_BUDGET);
		// No width weighs more than a wider one: a mid-size screen never downloads more than a large one.
		expect(middle.webp.length).toBeLessThan(top.webp.length);
		expect(small.webp.length).toBeLessThan(middle.webp.length);
		expect([top, small, middle].map((i) => lossless(i.webp))).toEqual([true, false, true]);
		const meta = await sharp(top.webp).metadata();
		expect(meta).toMatchObject({ format: 'webp', width: 1600 });
		// The page is still a page: dark type on light paper, not a blank or black image.
		const { channels } = await sharp(top.webp).stats();
		expect(channels[0].mean).toBeGreaterThan(180);
		expect(channels[0].min).toBeLessThan(60);
	} finally {
		await doc.loadingTask.destroy();
	}
}, 120_000);

test('encodes a page of ordinary density lossy at every width, each lighter than the next wider', async () => {
	const doc = await openPdf(readFileSync(ORDINARY), ORDINARY);
	try {
		const [top, small, middle] = await renderPage(doc, 1);
		expect(top.webp.length).toBeLessThanOrEqual(IMAGE_BUDGET);
		expect([top, small, middle].map((i) => lossless(i.webp))).toEqual([false, false, false]);
		expect(small.webp.length).toBeLessThan(middle.webp.length);
		expect(middle.webp.length).toBeLessThan(top.webp.length);
	} finally {
		await doc.loadingTask.destroy();
	}
}, 120_000);
