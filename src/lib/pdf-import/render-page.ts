/**
 * The edge where a PDF page becomes pictures: pdfjs-dist draws it on an @napi-rs/canvas canvas
 * (prebuilt Skia from npm, no system library), sharp encodes it as WebP in each width.
 */
import { createCanvas } from '@napi-rs/canvas';
import sharp from 'sharp';
import type { PdfDocument } from './read-pdf.ts';

/** The widths, in pixels, the page image is written in. */
export const IMAGE_WIDTHS = [480, 960, 1600] as const;

/** The WebP quality: text stays legible at 1,600 px and a page stays near 250 kB or under. */
const QUALITY = 60;

/** One encoded page image. */
export interface PageImage {
	width: number;
	height: number;
	webp: Uint8Array;
}

/**
 * Draws page `number` once at the largest width and encodes it as WebP at every width of
 * `widths` (largest first drawn, the others scaled down from it).
 */
export async function renderPage(
	doc: PdfDocument,
	number: number,
	widths: readonly number[] = IMAGE_WIDTHS,
): Promise<PageImage[]> {
	const page = await doc.getPage(number);
	const largest = Math.max(...widths);
	const viewport = page.getViewport({ scale: largest / page.getViewport({ scale: 1 }).width });
	const canvas = createCanvas(Math.round(viewport.width), Math.round(viewport.height));
	const context = canvas.getContext('2d');
	context.fillStyle = '#ffffff';
	context.fillRect(0, 0, canvas.width, canvas.height);
	await page.render({
		canvas: canvas as unknown as HTMLCanvasElement,
		canvasContext: context as unknown as CanvasRenderingContext2D,
		viewport,
	}).promise;
	const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
	const raw = { raw: { width: canvas.width, height: canvas.height, channels: 4 as const } };
	return Promise.all(
		[...widths]
			.sort((a, b) => b - a)
			.map(async (width) => {
				const { data, info } = await sharp(pixels, raw)
					.resize({ width })
					.removeAlpha()
					.webp({ quality: QUALITY, smartSubsample: true })
					.toBuffer({ resolveWithObject: true });
				return { width: info.width, height: info.height, webp: new Uint8Array(data) };
			}),
	);
}
