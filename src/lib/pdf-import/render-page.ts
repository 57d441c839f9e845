/**
 * The edge where a PDF page becomes pictures: pdfjs-dist draws it on an @napi-rs/canvas canvas
 * (prebuilt Skia from npm, no system library), sharp encodes it as WebP in each width.
 */
import { createCanvas } from '@napi-rs/canvas';
import sharp from 'sharp';
import type { PdfDocument } from './read-pdf.ts';

/** The widths, in pixels, the page image is written in. */
export const IMAGE_WIDTHS = [480, 960, 1600] as const;

/** The WebP quality tried first: text stays crisp at 1,600 px. */
const QUALITY = 60;
/** The most a page image at 1,600 px should weigh; a denser page is encoded once more at a lower quality (not under 30). */
export const IMAGE_BUDGET = 250_000;

/** One encoded page image. */
export interface PageImage {
	width: number;
	height: number;
	webp: Uint8Array;
}

/**
 * Draws page `number` once at the largest width and encodes it as WebP at every width of
 * `widths` (largest first, the others scaled down from the same drawing), at the quality that
 * keeps the largest within IMAGE_BUDGET.
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
	const encode = async (width: number, quality: number): Promise<PageImage> => {
		const { data, info } = await sharp(pixels, raw)
			.resize({ width })
			.removeAlpha()
			.webp({ quality, smartSubsample: true })
			.toBuffer({ resolveWithObject: true });
		return { width: info.width, height: info.height, webp: new Uint8Array(data) };
	};
	// The budget holds at 1,600 px; a wider largest image gets a budget grown with its area.
	const budget = IMAGE_BUDGET * (largest / 1600) ** 2;
	let quality = QUALITY;
	let top = await encode(largest, quality);
	// One more encode at most, at a quality estimated from the overshoot: a dense page's text costs
	// bytes at any quality, and each encode costs a quarter second.
	if (top.webp.length > budget) {
		quality = Math.max(30, Math.floor(quality * (budget / top.webp.length) ** 1.5));
		top = await encode(largest, quality);
	}
	const rest = await Promise.all(widths.filter((w) => w !== largest).map((width) => encode(width, quality)));
	return [top, ...rest];
}
