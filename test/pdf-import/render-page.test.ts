import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { expect, test } from 'vitest';
import { openPdf } from '../../src/lib/pdf-import/read-pdf.ts';
import { IMAGE_BUDGET, renderPage } from '../../src/lib/pdf-import/render-page.ts';

// The densest page of the development corpus: small type over five columns, 1,600 × 2,087 px.
const DENSE = join(import.meta.dirname, '../../corpus/dev/dev-0003/page.pdf');

test('keeps the page image of a dense page within the budget at 1,600 px, and the smaller widths lossy', async () => {
	const doc = await openPdf(readFileSync(DENSE), DENSE);
	try {
		const images = await renderPage(doc, 1);
		expect(images.map((i) => i.width)).toEqual([1600, 480, 960]);
		const [top] = images;
		expect(top.webp.length).toBeLessThanOrEqual(IMAGE_BUDGET);
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
